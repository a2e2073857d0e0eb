import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { contract } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { useAuthStore } from '../../stores/auth.js';
import { RecoverModal } from './RecoverModal.js';

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main style={{ minHeight: '100vh', background: '#f5f5f5', display: 'grid', placeItems: 'center', padding: 24 }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0 }}>
          支部台账
        </Typography.Title>
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}

interface AdminForm {
  name: string;
  password: string;
  confirm: string;
}

/** A fresh installation, or one from before accounts: its first user is the 管理员. */
export function CreateAdminPage() {
  const loggedIn = useAuthStore((s) => s.loggedIn);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: AdminForm) => {
    setBusy(true);
    setError(null);
    try {
      loggedIn(await call('auth.setupAdmin', { name: v.name, password: v.password }));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Frame title="首次使用：创建管理员账号">
      <Typography.Paragraph type="secondary">
        管理员可以做所有事，包括为其他人建账号。请牢记密码；忘记时要用“密钥备份”文件和它的口令找回。
      </Typography.Paragraph>
      <Form<AdminForm>
        layout="vertical"
        size="large"
        onFinish={(v) => void submit(v)}
        initialValues={{ name: '管理员' }}
      >
        <Form.Item name="name" label="用户名" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          required
          rules={[contractRule(contract['auth.setupAdmin'].input.shape.password)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_r, v) =>
                v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          创建并登录
        </Button>
      </Form>
    </Frame>
  );
}

interface LoginForm {
  name: string;
  password: string;
}

/** The login, and the lock screen: locked, it asks only for the password of whoever locked it. */
export function LoginPage() {
  const lockedName = useAuthStore((s) => s.lockedName);
  const dataLocked = useAuthStore((s) => s.dataLocked);
  const loggedIn = useAuthStore((s) => s.loggedIn);
  const [otherUser, setOtherUser] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const [form] = Form.useForm<LoginForm>();
  const locked = lockedName !== null && !otherUser;

  const submit = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      loggedIn(await call('auth.login', { name: locked ? lockedName : v.name, password: v.password }));
    } catch (err) {
      setError(failureMessage(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Frame title={locked ? '已锁定' : '登录'}>
      {dataLocked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="数据已加密，请登录以打开"
          description="本机不能直接打开这份数据（设为了“仅凭密码打开”，或数据是从别的电脑拷来的）。用任一账号登录后即可使用。"
        />
      )}
      {locked && (
        <Typography.Paragraph style={{ fontSize: 16 }}>
          {lockedName}，请输入密码解锁。已保存的记录不受影响。
        </Typography.Paragraph>
      )}
      <Form<LoginForm> form={form} layout="vertical" size="large" onFinish={(v) => void submit(v)}>
        {!locked && (
          <Form.Item name="name" label="用户名" rules={[{ required: true, message: '请填写用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
        )}
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus={locked} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {locked ? '解锁' : '登录'}
        </Button>
      </Form>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 16 }}>
        {locked ? (
          <Button type="link" onClick={() => setOtherUser(true)}>
            换一个账号登录
          </Button>
        ) : (
          <span />
        )}
        {/* The key backup resets a password in the open data; it cannot open data still encrypted. */}
        {!dataLocked && (
          <Button type="link" onClick={() => setRecovering(true)}>
            忘记管理员密码？
          </Button>
        )}
      </div>
      <RecoverModal open={recovering} onClose={() => setRecovering(false)} />
    </Frame>
  );
}
