import { App, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ConflictLine, PeerStatus } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { lostValues, recordCaption } from './conflictValues.js';
import { localTime } from '../../components/localTime.js';

function ConflictItem({ conflict, peerName }: { conflict: ConflictLine; peerName: string }) {
  const resolve = useExchangeStore((s) => s.resolveConflict);
  const [busy, setBusy] = useState<'current' | 'other' | null>(null);
  const { message } = App.useApp();
  const deleted = typeof conflict.lost.deleted_at === 'string';

  const run = async (keep: 'current' | 'other') => {
    setBusy(keep);
    try {
      await resolve(conflict.id, keep);
      void message.success(keep === 'current' ? '已保留当前版本' : '已改用另一版本');
    } catch (err) {
      void message.error(failureMessage(err));
      setBusy(null);
    }
  };

  return (
    <Card
      type="inner"
      title={recordCaption(conflict.table, conflict.lost)}
      extra={
        <Typography.Text type="secondary">
          与{peerName}的数据包冲突 · {localTime(conflict.created)}
        </Typography.Text>
      }
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        下面是<strong>未采用的另一版本</strong>
        {deleted && (
          <Tag color="red" style={{ marginLeft: 8 }}>
            另一版本删除了这条记录
          </Tag>
        )}
        ；当前版本请在相应页面查看。
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={lostValues(conflict.table, conflict.lost).map((v, i) => ({ key: i, label: v.label, children: v.value }))}
      />
      <Space style={{ marginTop: 12 }}>
        <Popconfirm
          title="保留当前版本？"
          description="另一版本将被丢弃。"
          okText="保留当前版本"
          cancelText="取消"
          onConfirm={() => void run('current')}
        >
          <Button loading={busy === 'current'} disabled={busy !== null}>
            保留当前版本
          </Button>
        </Popconfirm>
        <Popconfirm
          title="改用另一版本？"
          description={
            deleted
              ? '这条记录将被删除，下次交换时对方也会收到。'
              : '当前版本将被上面的内容替换，下次交换时对方也会收到。'
          }
          okText="改用另一版本"
          cancelText="取消"
          onConfirm={() => void run('other')}
        >
          <Button type="primary" ghost loading={busy === 'other'} disabled={busy !== null}>
            改用另一版本
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/**
 * 待处理冲突: both sides changed the same record between exchanges. The newer change has
 * already been applied; the one that lost is kept here until someone decides.
 */
export function ConflictsCard({ conflicts, peers }: { conflicts: ConflictLine[]; peers: PeerStatus[] }) {
  const names = new Map(peers.map((p) => [p.code, p.name]));
  return (
    <Card title={`待处理冲突（${conflicts.length}）`}>
      {conflicts.length === 0 ? (
        <Typography.Text type="secondary">没有待处理的冲突。</Typography.Text>
      ) : (
        <div style={stack(12)}>
          <Typography.Paragraph style={{ margin: 0, fontSize: 16 }}>
            两边在两次交换之间改了同一条记录。程序已自动采用较晚的修改（当前版本）；请核对另一版本，决定保留哪一个。
          </Typography.Paragraph>
          {conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} peerName={names.get(c.peer) ?? c.peer} />
          ))}
        </div>
      )}
    </Card>
  );
}
