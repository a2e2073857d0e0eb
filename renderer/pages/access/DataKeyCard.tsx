import { App, Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DataKeyStatus } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

/** 数据加密: whether this PC opens the data by itself, or only an account's password does. */
export function DataKeyCard({ version }: { version: number }) {
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<DataKeyStatus | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    call('users.dataKeyStatus', {}).then(
      (s) => {
        if (current) setStatus(s);
      },
      (err: unknown) => void message.error(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [version, message]);

  if (!status?.encrypted) return null;

  const set = async (passwordOnly: boolean) => {
    setBusy(true);
    try {
      setStatus(await call('users.setPasswordOnly', { passwordOnly }));
      void message.success(passwordOnly ? '已设为仅凭密码打开数据' : '已恢复本机免密打开');
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const confirmPasswordOnly = () =>
    modal.confirm({
      title: '仅凭密码打开数据？',
      content: (
        <>
          <Typography.Paragraph>
            之后每次启动，都要先用“能打开数据的账号”之一的密码登录，数据才会解密打开；数据文件被拷走，没有密码也打不开。命令行工具需先运行
            zhibu unlock。
          </Typography.Paragraph>
          <Typography.Paragraph strong>
            请牢记密码：能打开数据的账号都忘了密码时，数据无法找回（“密钥备份”也不能代替）。
          </Typography.Paragraph>
        </>
      ),
      okText: '仅凭密码打开',
      cancelText: '取消',
      onOk: () => set(true),
    });

  return (
    <Card title="数据加密">
      <Space direction="vertical">
        {status.opensWithoutPassword ? (
          <Typography.Text>
            当前：<Typography.Text strong>本机免密打开</Typography.Text>
            ——数据文件已加密，密钥由这台电脑（当前系统用户）的{status.localLabel}
            保护：在这台电脑上启动时自动解密，再用账号登录；数据文件被拷到别处则打不开。
          </Typography.Text>
        ) : (
          <Typography.Text>
            当前：<Typography.Text strong>仅凭密码打开数据</Typography.Text>
            ——每次启动都要先用账号密码登录才能解密数据，命令行工具需先运行 zhibu unlock。
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          能打开数据的账号：{status.accountsWithPassword.join('、') || '（无，请重新登录一次）'}
        </Typography.Text>
        {status.opensWithoutPassword ? (
          <Button loading={busy} onClick={confirmPasswordOnly}>
            改为仅凭密码打开数据
          </Button>
        ) : (
          <Button loading={busy} onClick={() => void set(false)}>
            恢复本机免密打开
          </Button>
        )}
      </Space>
    </Card>
  );
}
