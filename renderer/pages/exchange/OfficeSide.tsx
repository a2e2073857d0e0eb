import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { BundleFile, ExchangeStatus, PeerStatus } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { EnrolModal } from './EnrolModal.js';
import { saveFile } from './files.js';
import { FingerprintText } from './Fingerprint.js';
import { ImportCard } from './ImportCard.js';

type Notice = { type: 'success' | 'error'; title: string; description?: string };

/** Per-branch 导出 and 导出全部数据; a branch's keys arrive with its first bundle, not before. */
function ExportButtons({ peer, onNotice }: { peer: PeerStatus; onNotice: (n: Notice) => void }) {
  const exportBundle = useExchangeStore((s) => s.exportBundle);
  const [busy, setBusy] = useState<'delta' | 'full' | null>(null);

  const run = async (full: boolean) => {
    setBusy(full ? 'full' : 'delta');
    try {
      const bundle = await exportBundle({ peer: peer.code, full });
      saveFile(bundle);
      onNotice({
        type: 'success',
        title: `已导出给${peer.name}的第 ${bundle.seq} 号数据包（${bundle.full ? '全部数据，' : ''}${bundle.rows} 条记录）`,
        description: `文件 ${bundle.fileName}：请拷到 U 盘交给该支部，在其“数据交换”中导入。`,
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

function BranchesTable(props: {
  branches: PeerStatus[];
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
      columns={[
        { title: '支部名称', dataIndex: 'name' },
        { title: '代码', dataIndex: 'code', width: 110 },
        {
          title: '密钥',
          key: 'keys',
          width: 230,
          render: (_, p) =>
            p.keysKnown && p.fingerprint ? (
              <div>
                <Tag color="green">已收到</Tag>
                <div style={{ marginTop: 4 }}>
                  <FingerprintText value={p.fingerprint} />
                </div>
              </div>
            ) : (
              <Tag color="orange">等待第一个数据包</Tag>
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
              <ExportButtons peer={p} onNotice={props.onNotice} />
              <Button type="link" style={{ padding: 0 }} onClick={() => props.onEnrolAgain(p)}>
                重新登记
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 数据交换 for the office: enrol branches, then collect their bundles and send bundles back. */
export function OfficeSide({ status }: { status: ExchangeStatus }) {
  const [enrolling, setEnrolling] = useState<{ name?: string; code?: string; again?: boolean } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const branches = status.peers.filter((p) => p.role === 'branch');

  const enrolled = (file: BundleFile, name: string) => {
    setNotice({
      type: 'success',
      title: `已生成${name}的登记文件：${file.fileName}`,
      description:
        '请把这个文件拷到 U 盘交给该支部，由支部在“数据交换”中导入；然后与支部电话核对双方的密钥指纹。登记文件只能用一次。',
    });
  };

  return (
    <div style={stack(16)}>
      <section aria-label="已登记的支部">
        <Card
          title={`已登记的支部（${branches.length}）`}
          extra={
            <Button type="primary" size="large" onClick={() => setEnrolling({})}>
              登记支部
            </Button>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 16 }}>
            先“登记支部”生成登记文件交给支部；支部导入后发来第一个数据包，这里就显示“已收到”和该支部的指纹，请电话核对。
          </Typography.Paragraph>
          {notice && (
            <Alert
              style={{ marginBottom: 16 }}
              type={notice.type}
              showIcon
              closable={{ onClose: () => setNotice(null) }}
              title={notice.title}
              description={notice.description}
            />
          )}
          <BranchesTable
            branches={branches}
            onNotice={setNotice}
            onEnrolAgain={(p) => setEnrolling({ name: p.name, code: p.code, again: true })}
          />
        </Card>
      </section>
      <ImportCard
        multiple
        hint="各支部交来的数据包（.zbx）可以一次全部选中导入，每个文件单独核对、单独导入；同一个数据包重复导入会提示已导入过，不会重复记录。"
      />
      {enrolling && <EnrolModal initial={enrolling} onEnrolled={enrolled} onClose={() => setEnrolling(null)} />}
    </div>
  );
}
