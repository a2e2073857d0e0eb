import { Steps, Typography } from 'antd';
import { useState } from 'react';
import type { Mode } from '../../../electron/api/index.js';
import { ModeChoice } from './ModeChoice.js';
import { SetupForm } from './SetupForm.js';

/** First run: choose how this computer is used, then describe the organisation. */
export function SetupPage() {
  const [mode, setMode] = useState<Mode | null>(null);

  return (
    <main style={{ minHeight: '100vh', boxSizing: 'border-box', background: '#f5f5f5', padding: '32px 24px' }}>
      <div style={{ maxWidth: 900, margin: '0 auto' }}>
        <Typography.Title level={2} style={{ textAlign: 'center' }}>
          欢迎使用支部台账
        </Typography.Title>
        <Steps
          current={mode === null ? 0 : 1}
          items={[{ title: '选择使用方式' }, { title: '填写本组织信息' }]}
          style={{ margin: '8px auto 28px', maxWidth: 560 }}
        />
        {mode === null ? (
          <>
            <Typography.Paragraph style={{ fontSize: 18, textAlign: 'center' }}>
              这台电脑由谁使用？请点击下面的一项：
            </Typography.Paragraph>
            <ModeChoice onChoose={setMode} />
          </>
        ) : (
          <SetupForm mode={mode} onBack={() => setMode(null)} />
        )}
      </div>
    </main>
  );
}
