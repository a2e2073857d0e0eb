import { Alert, App, Button, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { contract } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { readBase64 } from '../../components/readBase64.js';

interface RecoverForm {
  name: string;
  passphrase: string;
  newPassword: string;
}

/** A forgotten 管理员 password: the key backup (.zbkey) and its passphrase prove who owns this installation. */
export function RecoverModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: RecoverForm) => {
    if (!file) {
      setError('请选择密钥备份文件（.zbkey）');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('auth.recover', { ...v, keyBackupBase64: await readBase64(file) });
      void message.success('管理员密码已重设，请用新密码登录');
      onClose();
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="找回管理员密码" open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        需要在“数据交换”页做过的“密钥备份”文件和当时设的口令。
      </Typography.Paragraph>
      <Form<RecoverForm> layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label="管理员用户名" rules={[{ required: true, message: '请填写管理员用户名' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="密钥备份文件" required>
          <Upload
            accept=".zbkey"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button>{file ? file.name : '选择文件'}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="passphrase" label="密钥备份口令" rules={[{ required: true, message: '请填写口令' }]}>
          <Input.Password />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          required
          rules={[contractRule(contract['auth.recover'].input.shape.newPassword)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy} block>
          重设密码
        </Button>
      </Form>
    </Modal>
  );
}
