import { Alert, Button, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { stack } from '../../components/stack.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { BranchSide } from './BranchSide.js';
import { ConflictsCard } from './ConflictsCard.js';
import { OwnFingerprintCard } from './Fingerprint.js';
import { HistoryCard } from './HistoryCard.js';
import { KeyBackupCard } from './KeyBackupCard.js';
import { OfficeSide } from './OfficeSide.js';

/**
 * 数据交换: branches without a network send encrypted, signed bundles (.zbx) to their office
 * on a USB stick and receive bundles back. One page for both sides, chosen by this
 * installation's mode.
 */
export function ExchangePage() {
  const status = useExchangeStore((s) => s.status);
  const error = useExchangeStore((s) => s.error);
  const load = useExchangeStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (error && !status)
    return <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />;
  if (!status) return <Spin size="large" />;
  return (
    <div style={{ ...stack(16), maxWidth: 1200 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        数据交换
      </Typography.Title>
      {error && (
        <Alert type="warning" showIcon title={error} action={<Button onClick={() => void load()}>刷新</Button>} />
      )}
      <OwnFingerprintCard fingerprint={status.fingerprint} code={status.code} />
      {status.mode === 'office' ? <OfficeSide status={status} /> : <BranchSide status={status} />}
      <section aria-label="待处理冲突">
        <ConflictsCard conflicts={status.conflicts} peers={status.peers} />
      </section>
      <section aria-label="收发记录">
        <HistoryCard history={status.history} peers={status.peers} />
      </section>
      <KeyBackupCard />
    </div>
  );
}
