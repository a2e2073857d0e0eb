import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { ACTIVITY_SHORT, type ParticipationRow } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Loaded {
  year: number;
  rows: ParticipationRow[] | null;
  error: string | null;
}

const rate = (r: ParticipationRow) => (r.expected ? r.present / r.expected : 1);

const columns: TableColumnsType<ParticipationRow> = [
  { title: '姓名', dataIndex: 'name', width: 110, sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
  {
    title: '党小组',
    dataIndex: 'groupName',
    width: 140,
    sorter: (a, b) => a.groupName.localeCompare(b.groupName, 'zh-CN'),
  },
  { title: '应参加', dataIndex: 'expected', width: 100, sorter: (a, b) => a.expected - b.expected },
  { title: '出席', dataIndex: 'present', width: 90, sorter: (a, b) => a.present - b.present },
  { title: '请假', dataIndex: 'leave', width: 90, sorter: (a, b) => a.leave - b.leave },
  { title: '缺席', dataIndex: 'absent', width: 90, sorter: (a, b) => a.absent - b.absent },
  {
    title: '出席率',
    key: 'rate',
    width: 110,
    sorter: (a, b) => rate(a) - rate(b),
    render: (_: unknown, r) => `${Math.round(rate(r) * 100)}%`,
  },
  {
    title: '请假、缺席及原因',
    key: 'missed',
    render: (_: unknown, r) => (r.missed.length === 0 ? '—' : `${r.missed.length} 次，点左侧“+”展开`),
  },
];

function Missed({ row }: { row: ParticipationRow }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
      {row.missed.map((m, i) => (
        <li key={i}>
          {m.heldOn} {ACTIVITY_SHORT[m.kind]}“{m.title}”：
          <Tag color={m.status === 'leave' ? 'gold' : 'red'}>{m.status === 'leave' ? '请假' : '缺席'}</Tag>
          {m.reason || '未写原因'}
        </li>
      ))}
    </ul>
  );
}

/** 党员参加组织生活情况: per member for the year, sortable, with each leave and absence. */
export function ParticipationTab({ year }: { year: number }) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    call('compliance.participation', { year }).then(
      (rows) => current && setLoaded({ year, rows, error: null }),
      (err: unknown) => current && setLoaded({ year, rows: null, error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [year, attempt]);

  const mine = loaded?.year === year ? loaded : null;
  if (mine?.error)
    return (
      <Alert
        type="error"
        showIcon
        title={mine.error}
        action={<Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>}
      />
    );
  return (
    <Table<ParticipationRow>
      rowKey="memberId"
      size="middle"
      columns={columns}
      dataSource={mine?.rows ?? []}
      loading={mine === null}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      expandable={{ expandedRowRender: (r) => <Missed row={r} />, rowExpandable: (r) => r.missed.length > 0 }}
      locale={{ emptyText: `${year} 年还没有登记出席情况的会议` }}
    />
  );
}
