import { App, Button, Card, Image, Popconfirm, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { ATTACHMENT_MIMES, MAX_ATTACHMENT_BYTES, type AttachmentInfo } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { readBase64 } from '../../components/readBase64.js';

type Mime = (typeof ATTACHMENT_MIMES)[number];
const isMime = (t: string): t is Mime => (ATTACHMENT_MIMES as readonly string[]).includes(t);
const THUMB = 120;

interface AttachmentsCardProps {
  meetingId: string;
  attachments: AttachmentInfo[];
  /** Adding is allowed only while the setting is on; existing files stay visible either way. */
  enabled: boolean;
  onChanged: () => void;
}

/** 附件: photos and scanned sign-in sheets of a saved record (an optional feature). */
export function AttachmentsCard({ meetingId, attachments, enabled, onChanged }: AttachmentsCardProps) {
  const [uploading, setUploading] = useState(false);
  const { message } = App.useApp();

  const add = async (file: File) => {
    if (!isMime(file.type)) return void message.error('只能添加 JPG、PNG 图片或 PDF 文件');
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(`“${file.name}”超过 5 MB，请缩小后再添加`);
    setUploading(true);
    try {
      await call('attachments.add', {
        meetingId,
        fileName: file.name,
        mime: file.type,
        base64: await readBase64(file),
      });
      void message.success(`已添加 ${file.name}`);
      onChanged();
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setUploading(false);
    }
  };

  const remove = async (a: AttachmentInfo) => {
    try {
      await call('attachments.remove', { id: a.id });
      void message.success(`已删除 ${a.fileName}`);
      onChanged();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  return (
    <Card
      title="附件（照片、签到表）"
      extra={
        enabled && (
          <Upload
            accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void add(file);
              // Sent through the contract, never by the Upload component's own request.
              return false;
            }}
          >
            <Button type="primary" loading={uploading}>
              添加照片或扫描件
            </Button>
          </Upload>
        )
      }
    >
      {attachments.length === 0 ? (
        <Typography.Text type="secondary">
          {enabled ? '可添加会议照片或签到表扫描件（JPG、PNG、PDF，每个不超过 5 MB）。' : '没有附件。'}
        </Typography.Text>
      ) : (
        <Space wrap size={16} align="start">
          {attachments.map((a) => (
            <Space key={a.id} orientation="vertical" size={4} style={{ width: THUMB }}>
              <Thumbnail attachment={a} />
              <Typography.Text ellipsis={{ tooltip: a.fileName }} style={{ width: THUMB }}>
                {a.fileName}
              </Typography.Text>
              {enabled && (
                <Popconfirm
                  title={`删除“${a.fileName}”？`}
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(a)}
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ))}
        </Space>
      )}
    </Card>
  );
}

const box = {
  width: THUMB,
  height: THUMB,
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  background: '#fafafa',
} as const;

/** An image as a picture (click to enlarge); a PDF as a tile that downloads it. */
function Thumbnail({ attachment: a }: { attachment: AttachmentInfo }) {
  const [src, setSrc] = useState<string | null>(null);
  const { message } = App.useApp();
  const image = a.mime !== 'application/pdf';

  useEffect(() => {
    if (!image) return;
    let current = true;
    call('attachments.get', { id: a.id }).then(
      (data) => current && setSrc(`data:${data.mime};base64,${data.base64}`),
      () => current && setSrc(''),
    );
    return () => {
      current = false;
    };
  }, [a.id, image]);

  const download = async () => {
    try {
      const data = await call('attachments.get', { id: a.id });
      downloadBase64(data.fileName, data.base64, data.mime);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  if (!image)
    return (
      <button
        type="button"
        style={{ ...box, cursor: 'pointer', flexDirection: 'column', gap: 4 }}
        onClick={() => void download()}
      >
        <span style={{ fontSize: 28, fontWeight: 700, color: '#b5121b' }}>PDF</span>
        <span style={{ fontSize: 13 }}>点击下载</span>
      </button>
    );
  if (src === null) return <div style={box}>读取中…</div>;
  if (src === '') return <div style={box}>无法显示</div>;
  return (
    <Image src={src} alt={a.fileName} width={THUMB} height={THUMB} style={{ objectFit: 'cover', borderRadius: 6 }} />
  );
}
