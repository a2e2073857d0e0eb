import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { formatYuan, type ArrearsLevel, type ArrearsRow } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';
import { monthRuns } from './months.js';

const LEVELS: Record<ArrearsLevel, { label: string; color?: string }> = {
  serious: { label: '满 6 个月', color: 'red' },
  warning: { label: '满 3 个月', color: 'orange' },
  none: { label: '欠交' },
};
const ORDER: ArrearsLevel[] = ['serious', 'warning', 'none'];

interface ArrearsTabProps {
  arrears: ArrearsRow[] | null;
  onPay: (memberId: string) => void;
}

/** 欠交: members behind with their 党费 as of last month, the longest unpaid streak first. */
export function ArrearsTab({ arrears, onPay }: ArrearsTabProps) {
  const readOnly = useReadOnly('dues');
  const columns: TableColumnsType<ArrearsRow> = [
    {
      title: '姓名',
      key: 'name',
      width: 100,
      render: (_: unknown, r) => <Link to={`/members/${r.memberId}`}>{r.name}</Link>,
    },
    {
      title: '情况',
      key: 'level',
      width: 120,
      filters: ORDER.map((l) => ({ value: l, text: LEVELS[l].label })),
      onFilter: (l, r) => r.level === l,
      render: (_: unknown, r) => <Tag color={LEVELS[r.level].color}>{LEVELS[r.level].label}</Tag>,
    },
    {
      title: '连续未交',
      key: 'streak',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.consecutiveUnpaid - b.consecutiveUnpaid,
      render: (_: unknown, r) => (r.consecutiveUnpaid > 0 ? `${r.consecutiveUnpaid} 个月` : '—'),
    },
    { title: '未交足的月份', key: 'months', render: (_: unknown, r) => monthRuns(r.unpaidMonths) },
    {
      title: '欠交金额（元）',
      key: 'owed',
      width: 160,
      align: 'right',
      sorter: (a, b) => a.owed - b.owed,
      render: (_: unknown, r) => formatYuan(r.owed),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_: unknown, r) => <Button onClick={() => onPay(r.memberId)}>登记交纳</Button>,
    },
  ];

  return (
    <div style={stack(12)}>
      <Alert
        type="warning"
        showIcon
        title="党员连续 6 个月不交纳党费又没有正当理由的，按自行脱党处理（党章第九条）。连续 3 个月未交即提醒，请及时了解情况、督促交纳。"
      />
      <Table<ArrearsRow>
        rowKey="memberId"
        size="middle"
        columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
        dataSource={arrears ?? []}
        loading={arrears === null}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        rowClassName={(r) => (r.level === 'serious' ? 'row-overdue' : '')}
        locale={{ emptyText: '截至上月，没有欠交党费的党员' }}
      />
    </div>
  );
}
