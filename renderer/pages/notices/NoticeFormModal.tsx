import { App, Button, Col, Form, Input, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  MAX_NOTICE_FILES,
  noticeInput,
  type Input as OpInput,
  type NoticeDetail,
} from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { readBase64 } from '../../components/readBase64.js';
import { checkFile, FILE_ACCEPT, FILE_HINT, type PickedFile } from './files.js';
import { RecipientsField } from './RecipientsField.js';

type NoticeValues = OpInput<'notices.save'>;

const shape = noticeInput.shape;
const FIELDS = Object.keys(shape);
const rule = (field: keyof typeof shape) => [contractRule(shape[field])];

interface NoticeFormModalProps {
  /** The notice being changed; absent when writing a new one. */
  notice?: NoticeDetail;
  branches: { code: string; name: string }[];
  /** Called with the saved notice (a new one opens at once, so its progress can be followed). */
  onSaved: (id: string) => void;
  onClose: () => void;
}

/** 新建通知: title, due date, recipients, text and files in one dialog. */
export function NoticeFormModal({ notice, branches, onSaved, onClose }: NoticeFormModalProps) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const initial: Partial<NoticeValues> = notice
    ? { title: notice.title, body: notice.body, dueOn: notice.dueOn, recipients: notice.recipients }
    : { title: '', body: '', dueOn: null, recipients: '*' };

  const pick = (file: File) => {
    const picked = checkFile(file);
    if (typeof picked === 'string') return void message.error(picked);
    setFiles((fs) => (fs.length >= MAX_NOTICE_FILES ? fs : [...fs, picked]));
  };

  // The notice is saved first; each file is then its own small write, so one unreadable
  // file does not lose the notice (it can be added again in the notice's details).
  const save = async (values: NoticeValues) => {
    const saved = await call('notices.save', { ...values, id: notice?.id });
    const failed: string[] = [];
    for (const f of files) {
      try {
        await call('notices.addFile', {
          noticeId: saved.id,
          fileName: f.file.name,
          mime: f.mime,
          base64: await readBase64(f.file),
        });
      } catch (err) {
        failed.push(`${f.file.name}：${failureMessage(err)}`);
      }
    }
    if (failed.length > 0) void message.warning(`通知已保存，但以下附件没有添加成功：${failed.join('；')}`, 8);
    onSaved(saved.id);
  };

  return (
    <FormModal<NoticeValues>
      title={notice ? '修改通知' : '新建通知'}
      okText={notice ? '保存' : '发布通知'}
      width={860}
      fields={FIELDS}
      initialValues={initial}
      onSave={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="title" label="通知标题" required rules={rule('title')}>
            <Input maxLength={60} showCount placeholder="如：关于开展 2026 年度民主评议党员工作的通知" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="dueOn" label="办理期限（可不填）" rules={rule('dueOn')}>
            <IsoDatePicker allowFuture />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="recipients" label="发给" required rules={rule('recipients')}>
            <RecipientsField branches={branches} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="body" label="通知正文" rules={rule('body')}>
            <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        {!notice && (
          <Col span={24}>
            <Form.Item label="附件（可不添加）" extra={FILE_HINT}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Upload
                  accept={FILE_ACCEPT}
                  multiple
                  showUploadList={false}
                  beforeUpload={(file) => {
                    pick(file);
                    return false;
                  }}
                >
                  <Button disabled={files.length >= MAX_NOTICE_FILES}>选择文件</Button>
                </Upload>
                {files.map((f, i) => (
                  <Space key={`${f.file.name}-${i}`}>
                    <Typography.Text>{f.file.name}</Typography.Text>
                    <Button type="link" danger onClick={() => setFiles((fs) => fs.filter((_, j) => j !== i))}>
                      移除
                    </Button>
                  </Space>
                ))}
              </Space>
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
