import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { contract, ROLE_LABELS, USER_ROLES, type UserInfo, type UserRole } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { useAuthStore } from '../../stores/auth.js';
import { DataKeyCard } from './DataKeyCard.js';

const ROLE_OPTIONS = [...USER_ROLES].reverse().map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const ROLE_HELP: Record<UserRole, string> = {
  admin: '所有功能，包括账号管理、设置、密钥和操作记录',
  clerk: '录入和修改全部记录',
  treasurer: '登记党费；其他记录只能查看',
  viewer: '只能查看和打印',
};

interface NewUser {
  name: string;
  role: UserRole;
  password: string;
}

const USER_FIELDS = ['name', 'role', 'password'] as const;
const createShape = contract['users.create'].input.shape;
const resetShape = contract['users.resetPassword'].input.shape;

function PasswordModal({ user, onClose }: { user: UserInfo; onClose: () => void }) {
  return (
    <FormModal<{ password: string }>
      title={`重设密码：${user.name}`}
      fields={['password']}
      initialValues={{}}
      onSave={async (v) => {
        await call('users.resetPassword', { id: user.id, password: v.password });
      }}
      onClose={onClose}
    >
      <Form.Item name="password" label="新密码" required rules={[contractRule(resetShape.password)]}>
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
    </FormModal>
  );
}

/** 账号管理 (管理员 only): who may use this computer, and what each may do. */
export function UsersPage() {
  const { message } = App.useApp();
  const me = useAuthStore((s) => s.user);
  const idleMinutes = useAuthStore((s) => s.idleMinutes);
  const [users, setUsers] = useState<UserInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<UserInfo | null>(null);

  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  useEffect(() => {
    let current = true;
    call('users.list', {}).then(
      (list) => {
        if (current) setUsers(list);
      },
      (err: unknown) => {
        if (current) setError(failureMessage(err));
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  const change = async (u: UserInfo, patch: Partial<Pick<UserInfo, 'role' | 'disabled'>>) => {
    try {
      await call('users.update', { id: u.id, role: patch.role ?? u.role, disabled: patch.disabled ?? u.disabled });
      load();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const add = async (v: NewUser) => {
    await call('users.create', v);
    load();
  };

  const saveIdle = async (minutes: number | null) => {
    if (!minutes) return;
    try {
      await call('users.setIdleMinutes', { minutes });
      useAuthStore.setState({ idleMinutes: minutes });
      void message.success(`无操作 ${minutes} 分钟后自动锁定`);
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        账号管理
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      <Card
        title="账号"
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            新增账号
          </Button>
        }
      >
        <Table<UserInfo>
          rowKey="id"
          dataSource={users}
          pagination={false}
          columns={[
            {
              title: '用户名',
              dataIndex: 'name',
              render: (n: string, u) => (
                <Space>
                  {n}
                  {u.id === me?.id && <Tag color="blue">当前登录</Tag>}
                </Space>
              ),
            },
            {
              title: '角色',
              dataIndex: 'role',
              render: (r: UserRole, u) => (
                <Select
                  aria-label={`${u.name}的角色`}
                  value={r}
                  options={ROLE_OPTIONS}
                  style={{ width: 140 }}
                  onChange={(role) => void change(u, { role })}
                />
              ),
            },
            { title: '可以做什么', dataIndex: 'role', render: (r: UserRole) => ROLE_HELP[r] },
            {
              title: '启用',
              dataIndex: 'disabled',
              render: (d: boolean, u) => (
                <Switch
                  aria-label={`${u.name}启用`}
                  checked={!d}
                  checkedChildren="启用"
                  unCheckedChildren="停用"
                  onChange={(on) => void change(u, { disabled: !on })}
                />
              ),
            },
            {
              title: '操作',
              key: 'ops',
              render: (_: unknown, u) => (
                <Button type="link" onClick={() => setResetting(u)}>
                  重设密码
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title="自动锁定">
        <Space>
          无操作
          <InputNumber
            aria-label="自动锁定分钟数"
            min={1}
            max={240}
            defaultValue={idleMinutes}
            onBlur={(e) => void saveIdle(Number(e.target.value))}
          />
          分钟后自动锁定，需要重新输入密码。
        </Space>
      </Card>
      <DataKeyCard version={version} />
      {adding && (
        <FormModal<NewUser>
          title="新增账号"
          fields={USER_FIELDS}
          initialValues={{ role: 'viewer' }}
          onSave={add}
          onClose={() => setAdding(false)}
        >
          <Form.Item name="name" label="用户名" required rules={[contractRule(createShape.name)]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item
            name="role"
            label="角色"
            required
            rules={[contractRule(createShape.role)]}
            extra="书记/委员录入全部记录；党费经手人只登记党费；只读只能查看和打印"
          >
            <Select options={ROLE_OPTIONS} />
          </Form.Item>
          <Form.Item name="password" label="初始密码" required rules={[contractRule(createShape.password)]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </FormModal>
      )}
      {resetting && <PasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </Space>
  );
}
