import { Button, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { formatYuan, type DuesPayment } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';
import { methodLabel } from './common.js';
import { CorrectModal } from './CorrectModal.js';
import { spanLabel } from './months.js';
import { VoluntaryModal } from './VoluntaryModal.js';

const KIND_TAGS: Record<DuesPayment['kind'], { label: string; color?: string }> = {
  regular: { label: '交纳' },
  voluntary: { label: '自愿多交', color: 'gold' },
  correction: { label: '更正', color: 'blue' },
};

interface PaymentsTabProps {
  payments: DuesPayment[] | null;
  onPay: () => void;
}

/** 交纳记录: every payment of the year as entered; a mistake is corrected by a new entry. */
export function PaymentsTab({ payments, onPay }: PaymentsTabProps) {
  const readOnly = useReadOnly('dues');
  const [correcting, setCorrecting] = useState<DuesPayment | null>(null);
  const [voluntary, setVoluntary] = useState(false);
  const [text, setText] = useState('');
  const list = useMemo(() => payments ?? [], [payments]);
  const byId = useMemo(() => new Map(list.map((p) => [p.id, p])), [list]);
  const corrected = useMemo(() => new Set(list.map((p) => p.correctsId).filter(Boolean)), [list]);
  const shown = text.trim() ? list.filter((p) => p.memberName.includes(text.trim())) : list;

  const columns: TableColumnsType<DuesPayment> = [
    {
      title: '交纳日期',
      dataIndex: 'paidOn',
      width: 116,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.paidOn.localeCompare(b.paidOn),
    },
    { title: '姓名', dataIndex: 'memberName', width: 90 },
    {
      title: '类型',
      key: 'kind',
      width: 150,
      filters: Object.entries(KIND_TAGS).map(([value, t]) => ({ value, text: t.label })),
      onFilter: (k, p) => p.kind === k,
      render: (_: unknown, p) => (
        <Space size={4} wrap>
          <Tag color={KIND_TAGS[p.kind].color}>{KIND_TAGS[p.kind].label}</Tag>
          {p.fullRemit && <Tag color="red">全额上缴</Tag>}
          {corrected.has(p.id) && <Tag>已更正</Tag>}
        </Space>
      ),
    },
    {
      title: '所属月份',
      key: 'months',
      width: 170,
      render: (_: unknown, p) => (p.kind === 'voluntary' ? '—' : spanLabel(p.fromMonth, p.toMonth)),
    },
    {
      title: '金额（元）',
      key: 'amount',
      width: 110,
      align: 'right',
      render: (_: unknown, p) => (
        <span style={p.amount < 0 ? { color: '#cf1322' } : undefined}>{formatYuan(p.amount)}</span>
      ),
    },
    { title: '方式', key: 'method', width: 64, render: (_: unknown, p) => methodLabel(p.method) },
    { title: '经手人', dataIndex: 'handler', width: 84 },
    { title: '票据号', dataIndex: 'receiptNo', width: 110 },
    {
      title: '备注',
      key: 'note',
      ellipsis: true,
      render: (_: unknown, p) => {
        const original = p.correctsId ? byId.get(p.correctsId) : undefined;
        const prefix = original ? `更正 ${original.paidOn} 的记录：` : '';
        return `${prefix}${p.note}`;
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, p) =>
        p.kind === 'correction' ? null : <Button onClick={() => setCorrecting(p)}>更正</Button>,
    },
  ];

  return (
    <div style={stack(12)}>
      <Space wrap size={12}>
        {!readOnly && (
          <>
            <Button type="primary" size="large" onClick={onPay}>
              登记交纳
            </Button>
            <Button size="large" onClick={() => setVoluntary(true)}>
              自愿多交
            </Button>
          </>
        )}
        <Input.Search
          aria-label="按姓名查找"
          placeholder="按姓名查找"
          allowClear
          size="large"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 220 }}
        />
        {!readOnly && (
          <Typography.Text type="secondary">登记错了请点“更正”：新增一条更正记录，原记录保留</Typography.Text>
        )}
      </Space>
      <Table<DuesPayment>
        rowKey="id"
        size="middle"
        columns={readOnly ? columns.filter((c) => c.key !== 'actions') : columns}
        dataSource={shown}
        loading={payments === null}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '这一年还没有交纳记录' }}
      />
      {correcting && <CorrectModal payment={correcting} onClose={() => setCorrecting(null)} />}
      {voluntary && <VoluntaryModal onClose={() => setVoluntary(false)} />}
    </div>
  );
}
