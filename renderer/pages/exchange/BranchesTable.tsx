import { Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { PeerStatus } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { FingerprintText } from './Fingerprint.js';
import type { Exported } from './useExport.js';

export type Notice = { type: 'success' | 'error'; title: string; description?: string };
export type ExportRun = (input: { peer?: string; full: boolean }) => Promise<Exported>;

const GREY = 'rgba(0,0,0,0.45)';

/** Per-branch 导出 and 导出全部数据; a branch's keys arrive with its first bundle, not before. */
function ExportButtons(props: { peer: PeerStatus; run: ExportRun; onNotice: (n: Notice) => void }) {
  const { peer, onNotice } = props;
  const [busy, setBusy] = useState<'delta' | 'full' | null>(null);

  const run = async (full: boolean) => {
    setBusy(full ? 'full' : 'delta');
    try {
      const bundle = await props.run({ peer: peer.code, full });
      onNotice({
        type: 'success',
        title: `已导出给${peer.name}的第 ${bundle.seq} 号数据包（${bundle.full ? '全部数据，' : ''}${bundle.rows} 条记录）`,
        description: bundle.path
          ? `已保存到 ${bundle.path}：请把 U 盘交给该支部，在其“数据交换”中导入。`
          : `文件 ${bundle.fileName}：请拷到 U 盘交给该支部，在其“数据交换”中导入。`,
      });
    } catch (err) {
      onNotice({ type: 'error', title: `没能导出给${peer.name}的数据包`, description: failureMessage(err) });
    } finally {
      setBusy(null);
    }
  };

  if (!peer.keysKnown)
    return (
      <Tooltip title="收到该支部的第一个数据包后，才能给它导出">
        <Button disabled>导出</Button>
      </Tooltip>
    );
  return (
    <Space orientation="vertical" align="start" size={0}>
      <Button loading={busy === 'delta'} disabled={busy !== null} onClick={() => void run(false)}>
        导出
      </Button>
      <Popconfirm
        title="导出全部数据？"
        description="用于支部重装电脑后恢复数据：包含本机保存的该支部的全部记录。"
        okText="导出全部数据"
        cancelText="取消"
        onConfirm={() => void run(true)}
      >
        <Button type="link" style={{ padding: 0 }} loading={busy === 'full'} disabled={busy !== null}>
          导出全部数据（用于支部恢复）
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** 停用: the branch's bundles are refused and none is sent to it; 重新登记 brings it back. */
function RevokeButton({ peer, onNotice }: { peer: PeerStatus; onNotice: (n: Notice) => void }) {
  const load = useExchangeStore((s) => s.load);
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    try {
      await call('exchange.revokeBranch', { code: peer.code, confirm: true });
      onNotice({
        type: 'success',
        title: `已停用${peer.name}`,
        description: '不再接收它的数据包，也不再向它导出，并已从全县支部名录中去掉。如需恢复，请重新登记。',
      });
    } catch (err) {
      onNotice({ type: 'error', title: `没能停用${peer.name}`, description: failureMessage(err) });
    } finally {
      setBusy(false);
      await load();
    }
  };
  return (
    <Popconfirm
      title={`停用${peer.name}？`}
      description="停用后不再接收该支部的数据包，也不再向它导出（例如支部撤并、电脑丢失）。可以重新登记恢复。"
      okText="停用"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onConfirm={() => void revoke()}
    >
      <Button type="link" danger style={{ padding: 0 }} loading={busy}>
        停用
      </Button>
    </Popconfirm>
  );
}

export function BranchesTable(props: {
  branches: PeerStatus[];
  run: ExportRun;
  onNotice: (n: Notice) => void;
  onEnrolAgain: (p: PeerStatus) => void;
}) {
  return (
    <Table<PeerStatus>
      aria-label="已登记的支部"
      rowKey="code"
      size="middle"
      dataSource={props.branches}
      pagination={props.branches.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: '还没有登记支部' }}
      scroll={{ x: 1000 }}
      onRow={(p) => (p.revoked ? { style: { color: GREY, background: '#fafafa' } } : {})}
      columns={[
        {
          title: '支部名称',
          dataIndex: 'name',
          render: (name: string, p) => (
            <span>
              {name}
              {p.revoked && (
                <Tag style={{ marginLeft: 8 }} color="default">
                  已停用
                </Tag>
              )}
            </span>
          ),
        },
        { title: '代码', dataIndex: 'code', width: 110 },
        {
          title: '密钥',
          key: 'keys',
          width: 230,
          render: (_, p) =>
            p.keysKnown && p.fingerprint ? (
              <div>
                <Tag color={p.revoked ? 'default' : 'green'}>已收到</Tag>
                <div style={{ marginTop: 4 }}>
                  <FingerprintText value={p.fingerprint} />
                </div>
              </div>
            ) : (
              <Tag color={p.revoked ? 'default' : 'orange'}>等待第一个数据包</Tag>
            ),
        },
        {
          title: '已收到',
          dataIndex: 'lastReceived',
          width: 100,
          render: (n: number) => (n > 0 ? `第 ${n} 号` : '—'),
        },
        {
          title: '已发出',
          key: 'sent',
          width: 120,
          render: (_, p) =>
            p.lastSent > 0 ? (
              <div>
                第 {p.lastSent} 号
                <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>
                  {p.acknowledged > 0 ? `对方已收到第 ${p.acknowledged} 号` : '对方尚未确认'}
                </div>
              </div>
            ) : (
              '—'
            ),
        },
        {
          title: '操作',
          key: 'actions',
          width: 250,
          render: (_, p) => (
            <Space orientation="vertical" align="start" size={0}>
              {!p.revoked && <ExportButtons peer={p} run={props.run} onNotice={props.onNotice} />}
              <Button type="link" style={{ padding: 0 }} onClick={() => props.onEnrolAgain(p)}>
                重新登记
              </Button>
              {!p.revoked && <RevokeButton peer={p} onNotice={props.onNotice} />}
            </Space>
          ),
        },
      ]}
    />
  );
}
