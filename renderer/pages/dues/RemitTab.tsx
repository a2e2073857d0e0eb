import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatYuan, type DuesRemittance, type RemittanceSummary } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';
import { methodLabel, yuan } from './common.js';
import { RemitModal } from './RemitModal.js';

const columns: TableColumnsType<DuesRemittance> = [
  {
    title: '上缴日期',
    dataIndex: 'remittedOn',
    width: 116,
    defaultSortOrder: 'descend',
    sorter: (a, b) => a.remittedOn.localeCompare(b.remittedOn),
  },
  { title: '所属期间', dataIndex: 'periodLabel', width: 160 },
  { title: '交纳人数', dataIndex: 'membersCount', width: 90, align: 'right' },
  {
    title: '金额（元）',
    key: 'amount',
    width: 120,
    align: 'right',
    render: (_: unknown, r) => formatYuan(r.amount),
  },
  { title: '方式', key: 'method', width: 64, render: (_: unknown, r) => methodLabel(r.method) },
  { title: '收据编号', dataIndex: 'receiptNo', width: 120 },
  { title: '经手人', dataIndex: 'handler', width: 84 },
  { title: '接收单位', dataIndex: 'receiver', width: 200, ellipsis: true },
  { title: '备注', dataIndex: 'note', ellipsis: true },
];

/** 上缴: remittances to the upper level in the year on screen; the balance is of all years. */
export function RemitTab({ year, remits }: { year: number; remits: RemittanceSummary | null }) {
  const navigate = useNavigate();
  const readOnly = useReadOnly('dues');
  const [adding, setAdding] = useState(false);
  const ofYear = (remits?.remittances ?? []).filter((r) => r.remittedOn.startsWith(String(year)));
  const total = ofYear.reduce((sum, r) => sum + r.amount, 0);

  return (
    <div style={stack(12)}>
      <Space wrap size={12}>
        {!readOnly && (
          <Button type="primary" size="large" onClick={() => setAdding(true)}>
            登记上缴
          </Button>
        )}
        <Button size="large" onClick={() => void navigate(`/print/dues-remit?year=${year}`)}>
          打印上缴登记表
        </Button>
        <Typography.Text style={{ fontSize: 16 }}>
          {year} 年上缴 {ofYear.length} 次，共 {yuan(total)}
        </Typography.Text>
      </Space>
      <Table<DuesRemittance>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={ofYear}
        loading={remits === null}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '这一年还没有上缴记录' }}
      />
      {adding && <RemitModal onClose={() => setAdding(false)} />}
    </div>
  );
}
