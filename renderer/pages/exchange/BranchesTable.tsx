import { App, Button, Dropdown, Input, Segmented, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { bundleContents, type PeerStatus } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { useExchangeStore } from '../../stores/exchange.js';
import {
  byLastReceived,
  isBehind,
  matchesFilter,
  matchesSearch,
  STALE_AFTER_DAYS,
  whenText,
  type BranchFilter,
} from './branchRows.js';
import { FingerprintText } from './Fingerprint.js';
import type { Exported } from './useExport.js';

export type Notice = { type: 'success' | 'error' | 'warning'; title: string; description?: ReactNode };
export type ExportRun = (input: { peer?: string; full: boolean }) => Promise<Exported>;

const GREY = 'rgba(0,0,0,0.45)';
const RED = '#cf1322';
const PAGE_SIZE = 50;

/** 导出 and 更多 (导出全部数据, 重新登记, 停用) on one line; a stopped branch only gets 重新登记. */
function Actions(props: {
  peer: PeerStatus;
  run: ExportRun;
  onNotice: (n: Notice) => void;
  onEnrolAgain: (p: PeerStatus) => void;
}) {
  const { peer, onNotice } = props;
  const { modal } = App.useApp();
  const load = useExchangeStore((s) => s.load);
  const [busy, setBusy] = useState(false);

  const exportNow = async (full: boolean) => {
    setBusy(true);
    try {
      const bundle = await props.run({ peer: peer.code, full });
      onNotice({
        type: 'success',
        title: `已导出给${peer.name}的第 ${bundle.seq} 号数据包（${bundleContents(bundle)}）`,
        description: bundle.path
          ? `已保存到 ${bundle.path}：请把 U 盘交给该支部，在其“数据交换”中导入。`
          : `文件 ${bundle.fileName}：请拷到 U 盘交给该支部，在其“数据交换”中导入。`,
      });
    } catch (err) {
      onNotice({ type: 'error', title: `没能导出给${peer.name}的数据包`, description: failureMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
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
      await load();
    }
  };

  const confirmFull = () =>
    modal.confirm({
      title: `给${peer.name}导出全部数据？`,
      content: '用于支部重装电脑后恢复数据：包含本机保存的该支部的全部记录。',
      okText: '导出全部数据',
      cancelText: '取消',
      onOk: () => exportNow(true),
    });
  const confirmRevoke = () =>
    modal.confirm({
      title: `停用${peer.name}？`,
      content: '停用后不再接收该支部的数据包，也不再向它导出（例如支部撤并、电脑丢失）。可以重新登记恢复。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: revoke,
    });

  if (peer.revoked)
    return (
      <Button size="small" onClick={() => props.onEnrolAgain(peer)}>
        重新登记
      </Button>
    );
  return (
    <Space size={4} wrap={false}>
      {peer.keysKnown ? (
        <Button size="small" loading={busy} onClick={() => void exportNow(false)}>
          导出
        </Button>
      ) : (
        <Tooltip title="收到该支部的第一个数据包后，才能给它导出">
          <Button size="small" disabled>
            导出
          </Button>
        </Tooltip>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'full', label: '导出全部数据（用于支部恢复）', disabled: !peer.keysKnown || busy },
            { key: 'again', label: '重新登记' },
            { type: 'divider' },
            { key: 'revoke', label: '停用', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'full') confirmFull();
            else if (key === 'again') props.onEnrolAgain(peer);
            else if (key === 'revoke') confirmRevoke();
          },
        }}
      >
        <Button size="small" aria-label={`更多操作：${peer.name}`}>
          更多 ▾
        </Button>
      </Dropdown>
    </Space>
  );
}

/** `2026-11-23 · 3 天前` on one line; red when `alarm`. */
function When({ iso, alarm, never }: { iso: string | null; alarm: boolean; never: string }) {
  if (!iso) return <span style={{ color: alarm ? RED : GREY }}>{never}</span>;
  const w = whenText(iso);
  return (
    <span style={{ whiteSpace: 'nowrap', color: alarm ? RED : undefined }}>
      {w.date}
      <span style={{ color: alarm ? RED : GREY, marginLeft: 8 }}>{w.ago}</span>
    </span>
  );
}

/** Keys and what is waiting: one line per branch. */
function State({ p }: { p: PeerStatus }) {
  if (!p.keysKnown || !p.fingerprint) return <Tag color={p.revoked ? 'default' : 'orange'}>等待第一个数据包</Tag>;
  const unconfirmed = p.lastSent > p.acknowledged;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tooltip title="已收到该支部的密钥；指纹请与支部电话核对">
        <Tag color={p.revoked ? 'default' : 'green'}>已收到</Tag>
      </Tooltip>
      <span style={{ fontSize: 13, color: GREY }}>
        <FingerprintText value={p.fingerprint} />
      </span>
      {!p.revoked && p.sendDue === 'data' && (
        <Tag color="blue" style={{ marginLeft: 8 }}>
          有新数据待发
        </Tag>
      )}
      {!p.revoked && p.sendDue === 'receipt' && (
        <Tooltip title="收到了该支部新的数据包，还没有给它回一个数据包（确认收到）">
          <Tag color="gold" style={{ marginLeft: 8 }}>
            待回执
          </Tag>
        </Tooltip>
      )}
      {!p.revoked && p.sendDue === null && unconfirmed && (
        <Tooltip
          title={`已发出第 ${p.lastSent} 号，对方${p.acknowledged > 0 ? `已确认到第 ${p.acknowledged} 号` : '尚未确认'}`}
        >
          <Tag style={{ marginLeft: 8 }}>待对方确认</Tag>
        </Tooltip>
      )}
    </span>
  );
}

const FILTER_LABELS: Record<BranchFilter, string> = {
  all: '全部',
  stale: `超过${STALE_AFTER_DAYS}天未报送`,
  never: '从未报送',
  revoked: '已停用',
};

export function BranchesTable(props: {
  branches: PeerStatus[];
  run: ExportRun;
  onNotice: (n: Notice) => void;
  onEnrolAgain: (p: PeerStatus) => void;
}) {
  const { branches } = props;
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<BranchFilter>('all');
  const [oldestFirst, setOldestFirst] = useState(false);
  const [page, setPage] = useState(1);

  const counts = useMemo(() => {
    const c = { all: 0, stale: 0, never: 0, revoked: 0 } as Record<BranchFilter, number>;
    for (const p of branches) for (const f of Object.keys(c) as BranchFilter[]) if (matchesFilter(p, f)) c[f] += 1;
    return c;
  }, [branches]);

  const rows = useMemo(() => {
    const shown = branches.filter((p) => matchesFilter(p, filter) && matchesSearch(p, search));
    return oldestFirst ? [...shown].sort(byLastReceived) : shown;
  }, [branches, filter, search, oldestFirst]);

  return (
    <div>
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="搜索支部"
          placeholder="搜索支部名称或代码"
          allowClear
          style={{ width: 260 }}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
        <Segmented<BranchFilter>
          aria-label="筛选支部"
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={(Object.keys(FILTER_LABELS) as BranchFilter[]).map((f) => ({
            value: f,
            label: `${FILTER_LABELS[f]}（${counts[f]}）`,
          }))}
        />
        <Button
          type={oldestFirst ? 'primary' : 'default'}
          aria-pressed={oldestFirst}
          onClick={() => {
            setOldestFirst(!oldestFirst);
            setPage(1);
          }}
        >
          最久未报送的排前
        </Button>
      </Space>
      <Table<PeerStatus>
        aria-label="已登记的支部"
        rowKey="code"
        size="small"
        sticky
        dataSource={rows}
        pagination={
          rows.length > PAGE_SIZE
            ? {
                pageSize: PAGE_SIZE,
                current: page,
                onChange: setPage,
                showSizeChanger: false,
                showTotal: (n) => `共 ${n} 个`,
              }
            : false
        }
        locale={{ emptyText: branches.length === 0 ? '还没有登记支部' : '没有符合条件的支部' }}
        scroll={{ x: 1050 }}
        onRow={(p) => (p.revoked ? { style: { color: GREY, background: '#fafafa' } } : {})}
        onChange={(_pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setOldestFirst(s?.order === 'ascend');
        }}
        columns={[
          {
            title: '支部',
            key: 'name',
            render: (_, p) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {p.name}
                <span style={{ color: GREY, marginLeft: 8, fontSize: 14 }}>{p.code}</span>
                {p.revoked && (
                  <Tag style={{ marginLeft: 8 }} color="default">
                    已停用
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: '最近收到',
            key: 'received',
            width: 190,
            sorter: byLastReceived,
            sortOrder: oldestFirst ? 'ascend' : null,
            sortDirections: ['ascend'],
            showSorterTooltip: { title: '最久未报送的排前' },
            render: (_, p) => <When iso={p.lastReceivedAt} alarm={isBehind(p)} never="从未收到" />,
          },
          {
            title: '最近发出',
            key: 'sent',
            width: 170,
            render: (_, p) => <When iso={p.lastSentAt} alarm={false} never="—" />,
          },
          {
            title: '密钥 / 待办',
            key: 'state',
            width: 380,
            render: (_, p) => <State p={p} />,
          },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            fixed: 'right',
            render: (_, p) => (
              <Actions peer={p} run={props.run} onNotice={props.onNotice} onEnrolAgain={props.onEnrolAgain} />
            ),
          },
        ]}
      />
    </div>
  );
}
