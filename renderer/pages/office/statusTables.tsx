import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  ACTIVITY_KINDS,
  ACTIVITY_SHORT,
  formatYuan,
  type ActivityKind,
  type BranchStatusRow,
} from '../../../electron/api/index.js';

function kindsOf(rows: readonly BranchStatusRow[]): ActivityKind[] {
  const seen = new Set(rows.flatMap((r) => r.status?.orgLife.activities.map((a) => a.kind) ?? []));
  return ACTIVITY_KINDS.filter((k) => seen.has(k));
}

/** 三会一课 and the other required activities per branch: periods held of periods owed so far. */
interface StatusTableProps {
  rows: readonly BranchStatusRow[];
  /** The day the figures stand on. */
  asOf: string;
}

export function ActivityTable({ rows, asOf }: StatusTableProps) {
  const kinds = kindsOf(rows);
  const columns: TableColumnsType<BranchStatusRow> = [
    { title: '支部', dataIndex: 'name', width: 230, fixed: 'left' },
    ...kinds.map((k) => ({
      title: ACTIVITY_SHORT[k],
      key: k,
      width: 90,
      align: 'center' as const,
      render: (_: unknown, r: BranchStatusRow) => {
        const a = r.status?.orgLife.activities.find((x) => x.kind === k);
        if (!a) return '—';
        return (
          <Typography.Text type={a.overdue > 0 ? 'danger' : undefined}>{`${a.done}/${a.required}`}</Typography.Text>
        );
      },
    })),
    {
      title: '本年逾期',
      key: 'overdue',
      width: 90,
      align: 'right',
      sorter: (a, b) => (a.status?.orgLife.overdueYear ?? 0) - (b.status?.orgLife.overdueYear ?? 0),
      render: (_: unknown, r) => r.status?.orgLife.overdueYear ?? '—',
    },
    {
      title: '谈心谈话',
      key: 'talks',
      width: 90,
      align: 'center',
      render: (_: unknown, r) => (r.status ? `${r.status.orgLife.talksDone}/${r.status.orgLife.talksRequired}` : '—'),
    },
    {
      title: '补录',
      key: 'late',
      width: 70,
      align: 'right',
      render: (_: unknown, r) => r.status?.orgLife.lateRecords ?? '—',
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        已开展/应开展（截至 {asOf}，按各支部自己的频次设置计算；党小组会为各小组合计）
      </Typography.Paragraph>
      <Table<BranchStatusRow>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={[...rows]}
        scroll={{ x: 1100 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true }}
      />
    </>
  );
}

const money = (f: number | undefined) => (f === undefined ? '—' : formatYuan(f));

/** 党费 per branch in the day's year up to the day: due, collected, remitted, and still held. */
export function DuesTable({ rows, asOf }: StatusTableProps) {
  const sum = (k: 'due' | 'collected' | 'remitted' | 'unremitted') =>
    rows.reduce((n, r) => n + (r.status?.dues[k] ?? 0), 0);
  const columns: TableColumnsType<BranchStatusRow> = [
    { title: '支部', dataIndex: 'name', width: 230 },
    ...(['due', 'collected', 'remitted', 'unremitted'] as const).map((k) => ({
      title: { due: '应交（元）', collected: '实收（元）', remitted: '已上缴（元）', unremitted: '未上缴（元）' }[k],
      key: k,
      width: 120,
      align: 'right' as const,
      sorter: (a: BranchStatusRow, b: BranchStatusRow) => (a.status?.dues[k] ?? 0) - (b.status?.dues[k] ?? 0),
      render: (_: unknown, r: BranchStatusRow) => money(r.status?.dues[k]),
    })),
    {
      title: '欠交3月+',
      key: 'w',
      width: 90,
      align: 'right',
      render: (_: unknown, r) => r.status?.dues.warning ?? '—',
    },
    {
      title: '欠交6月+',
      key: 's',
      width: 90,
      align: 'right',
      render: (_: unknown, r) => r.status?.dues.serious ?? '—',
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        {asOf.slice(0, 4)} 年 1 月 1 日至 {asOf}（应交为已过月份之和；未上缴为历年累计结存）
      </Typography.Paragraph>
      <Table<BranchStatusRow>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={[...rows]}
        pagination={{ defaultPageSize: 50, showSizeChanger: true }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {(['due', 'collected', 'remitted', 'unremitted'] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right">
                {formatYuan(sum(k))}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={5} />
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
