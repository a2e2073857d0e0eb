import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AttachmentInfo } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { readBase64 } from '../../components/readBase64.js';
import { checkFile, FILE_ACCEPT, FILE_HINT } from './files.js';
import { sizeText } from './labels.js';

interface NoticeFilesProps {
  noticeId: string;
  attachments: AttachmentInfo[];
  /** The office adds and removes files; a branch only downloads them. */
  editable: boolean;
  onChanged?: () => void;
}

/** 附件 of a notice: each one a big 下载 button; the office can add and remove them. */
export function NoticeFiles({ noticeId, attachments, editable, onChanged }: NoticeFilesProps) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(0);

  const add = async (file: File) => {
    const picked = checkFile(file);
    if (typeof picked === 'string') return void message.error(picked);
    setUploading((n) => n + 1);
    try {
      await call('notices.addFile', {
        noticeId,
        fileName: file.name,
        mime: picked.mime,
        base64: await readBase64(file),
      });
      void message.success(`已添加 ${file.name}`);
      onChanged?.();
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const download = async (a: AttachmentInfo) => {
    try {
      const data = await call('attachments.get', { id: a.id });
      downloadBase64(data.fileName, data.base64, data.mime);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const remove = async (a: AttachmentInfo) => {
    try {
      await call('notices.removeFile', { id: a.id });
      void message.success(`已删除 ${a.fileName}`);
      onChanged?.();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  if (!editable && attachments.length === 0) return null;
  return (
    <section aria-label="附件">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          附件（{attachments.length}）
        </Typography.Title>
        {editable && (
          <Upload
            accept={FILE_ACCEPT}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void add(file);
              // Sent through the contract, never by the Upload component's own request.
              return false;
            }}
          >
            <Button loading={uploading > 0}>添加附件</Button>
          </Upload>
        )}
        {editable && <Typography.Text type="secondary">{FILE_HINT}</Typography.Text>}
      </Space>
      {attachments.length > 0 && (
        <List
          bordered
          dataSource={attachments}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button key="download" type="primary" ghost onClick={() => void download(a)}>
                  下载
                </Button>,
                ...(editable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={`删除附件“${a.fileName}”？`}
                        description="已收到的支部处也会随之删除。"
                        okText="删除"
                        cancelText="取消"
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(a)}
                      >
                        <Button danger>删除</Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <Typography.Text>{a.fileName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {sizeText(a.size)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
