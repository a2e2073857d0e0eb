import { Alert, Button, Card, Empty, Segmented, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { TableColumnsType } from 'antd';
import {
  GENDER_LABELS,
  OFFICE_STEP_SHORT,
  OFFICE_STEPS,
  type OfficeStep,
  type PendingApproval,
  type RecordedApproval,
} from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { StageTag } from '../development/StageTag.js';
import { ApprovalModal } from './ApprovalModal.js';
import { usePending } from './usePending.js';

const ALL = '';

function LimitCell({ item }: { item: PendingApproval }): ReactNode {
  const tags: ReactNode[] = [];
  if (item.check)
    tags.push(
      <Tooltip key="check" title={item.check.message}>
        <Tag color={item.check.level === 'flag' ? 'red' : 'gold'}>
          {item.check.level === 'flag' ? '已超时限' : `${item.check.dueOn ?? ''} 前办理`}
        </Tag>
      </Tooltip>,
    );
  if (item.notBefore) tags.push(<Tag key="ends">预备期满 {item.notBefore}</Tag>);
  return tags.length > 0 ? (
    <Space size={4} wrap>
      {tags}
    </Space>
  ) : (
    '—'
  );
}

function columns(onRecord: (p: PendingApproval) => void): TableColumnsType<PendingApproval> {
  return [
    { title: '支部', dataIndex: 'branchName', width: 150 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '性别', dataIndex: 'gender', width: 70, render: (g: PendingApproval['gender']) => GENDER_LABELS[g] },
    { title: '阶段', dataIndex: 'stage', width: 120, render: (_: unknown, p) => <StageTag stage={p.stage} /> },
    {
      title: '待办事项',
      dataIndex: 'step',
      width: 130,
      render: (s: OfficeStep) => <Typography.Text strong>{OFFICE_STEP_SHORT[s]}</Typography.Text>,
    },
    { title: '上一步完成', dataIndex: 'since', width: 120 },
    {
      title: '已等待',
      dataIndex: 'waitingDays',
      width: 90,
      sorter: (a, b) => a.waitingDays - b.waitingDays,
      render: (d: number) => `${d} 天`,
    },
    { title: '时限', key: 'limit', render: (_: unknown, p) => <LimitCell item={p} /> },
    {
      title: '操作',
      key: 'action',
      width: 90,
      render: (_: unknown, p) => (
        <Button type="primary" onClick={() => onRecord(p)}>
          登记
        </Button>
      ),
    },
  ];
}

const RECENT_COLUMNS: TableColumnsType<RecordedApproval> = [
  { title: '姓名', dataIndex: 'name', width: 90 },
  { title: '支部', dataIndex: 'branchName', width: 180 },
  { title: '事项', dataIndex: 'step', width: 130, render: (s: OfficeStep) => OFFICE_STEP_SHORT[s] },
  { title: '日期', dataIndex: 'date', width: 120 },
];

/** What the office recorded lately, so an item that left the queue can still be found. */
function RecentCard({ recent }: { recent: RecordedApproval[] }) {
  return (
    <Card title="最近办理（30 天内）" size="small">
      <Table<RecordedApproval>
        size="small"
        rowKey="stepId"
        columns={RECENT_COLUMNS}
        dataSource={recent}
        pagination={recent.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description="30 天内没有办理过备案、预审或审批" /> }}
      />
    </Card>
  );
}

/** 发展党员审批: every branch's people waiting for the office's 备案, 预审 or 审批. */
export function ApprovalsPage() {
  const { list, recent, error, reload } = usePending();
  const [branch, setBranch] = useState(ALL);
  const [step, setStep] = useState<OfficeStep | typeof ALL>(ALL);
  const [recording, setRecording] = useState<PendingApproval | null>(null);

  const branches = useMemo(() => {
    const seen = new Map<string, { name: string; count: number }>();
    for (const p of list ?? [])
      seen.set(p.branchCode, { name: p.branchName, count: (seen.get(p.branchCode)?.count ?? 0) + 1 });
    return [...seen].map(([code, b]) => ({ value: code, label: `${b.name}（${b.count}）` }));
  }, [list]);
  const inBranch = (list ?? []).filter((p) => branch === ALL || p.branchCode === branch);
  const shown = inBranch.filter((p) => step === ALL || p.step === step);
  const count = (s: OfficeStep) => inBranch.filter((p) => p.step === s).length;

  const title = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      发展党员审批
    </Typography.Title>
  );
  if (!list)
    return (
      <div style={stack(16)}>
        {title}
        {error ? (
          <Alert type="error" showIcon title={error} action={<Button onClick={reload}>重试</Button>} />
        ) : (
          <Spin size="large" />
        )}
      </div>
    );
  return (
    <div style={stack(16)}>
      {title}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        各支部导入的数据中，前一步已完成、等待上级党委备案、预审或审批的发展党员。登记后随下一次导出的数据包发回该支部：审批后该同志自动编入支部花名册为预备党员，审批转正后成为正式党员。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      <Card>
        <Space wrap size={16} style={{ marginBottom: 16 }}>
          <Select
            aria-label="支部"
            value={branch}
            onChange={setBranch}
            style={{ minWidth: 220 }}
            options={[{ value: ALL, label: `全部支部（${list.length}）` }, ...branches]}
          />
          <Segmented<OfficeStep | typeof ALL>
            value={step}
            onChange={setStep}
            options={[
              { value: ALL, label: `全部（${inBranch.length}）` },
              ...OFFICE_STEPS.map((s) => ({ value: s, label: `${OFFICE_STEP_SHORT[s]}（${count(s)}）` })),
            ]}
          />
        </Space>
        <Table<PendingApproval>
          rowKey={(p) => `${p.personId}:${p.step}`}
          columns={columns(setRecording)}
          dataSource={shown}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description="没有等待办理的备案、预审或审批" /> }}
        />
      </Card>
      <RecentCard recent={recent} />
      {recording && <ApprovalModal item={recording} onClose={() => setRecording(null)} onSaved={reload} />}
    </div>
  );
}
