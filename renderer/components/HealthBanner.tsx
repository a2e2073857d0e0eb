import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { HealthFinding } from '../../electron/api/index.js';
import { call } from '../api.js';
import { useOrgStore } from '../stores/org.js';

/** How often to ask while the start-up check is still running (it runs after the window shows). */
const POLL_MS = 2000;

/** The start-up check's findings (zhibu verify), on the home page (a branch's 首页, an office's 总览): nothing when the file is sound. */
export function HealthBanner() {
  const office = useOrgStore((s) => s.profile?.mode) === 'office';
  const [findings, setFindings] = useState<HealthFinding[]>([]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const h = await call('app.health', {});
        if (stopped) return;
        if (h.state === 'pending') timer = setTimeout(() => void ask(), POLL_MS);
        else setFindings(h.findings);
      } catch {
        // Without an answer there is nothing to show; the other pages report the connection.
      }
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (findings.length === 0) return null;
  const damaged = findings.some((f) => f.check === 'integrity' || f.check === 'references');
  return (
    <Alert
      type={damaged ? 'error' : 'warning'}
      showIcon
      role="alert"
      title="数据文件检查发现问题"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {findings.map((f) => (
            <li key={f.message}>{f.message}</li>
          ))}
          {damaged && <li>建议到“{office ? '备份与恢复' : '设置 → 备份与恢复'}”恢复最近一份完好的备份。</li>}
        </ul>
      }
      action={damaged ? <Link to="/settings">恢复备份</Link> : undefined}
      style={{ fontSize: 16 }}
    />
  );
}
