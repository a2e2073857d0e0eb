import { Alert, Button, Descriptions, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { AppInfo } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

const SHELL_LABELS: Record<AppInfo['shell'], string> = { desktop: '桌面版', web: '浏览器版' };

/** Version and where the data lives: what a helper on the phone asks for first. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const show = async () => {
    setOpen(true);
    setError(null);
    try {
      setInfo(await call('app.info', {}));
    } catch (err) {
      setError(failureMessage(err));
    }
  };

  return (
    <>
      <Button type="text" onClick={() => void show()}>
        关于
      </Button>
      <Modal title="关于支部台账" open={open} onCancel={() => setOpen(false)} footer={null} width={640}>
        {error && <Alert type="error" title={error} showIcon />}
        {!error && !info && <Spin />}
        {!error && info && (
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 140 } }}>
            <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
            <Descriptions.Item label="运行方式">{SHELL_LABELS[info.shell]}</Descriptions.Item>
            <Descriptions.Item label="数据文件">
              <Typography.Text copyable>{info.databasePath}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="数据格式版本">{info.schemaVersion}</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </>
  );
}
