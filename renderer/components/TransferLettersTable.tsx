import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { TransferLetter } from '../../electron/api/index.js';
import { useReadOnly } from '../stores/lens.js';
import { ReceiptButton } from './ReceiptButton.js';

interface TransferLettersTableProps {
  letters: TransferLetter[];
  /** Off on a member's own page, where the name is the page's title. */
  showMember?: boolean;
  onChanged: () => void;
}

function ReceiptCell({ t, onChanged }: { t: TransferLetter; onChanged: () => void }) {
  const readOnly = useReadOnly();
  if (t.direction === 'in') return <Typography.Text type="secondary">—</Typography.Text>;
  if (t.receiptOn) return <span>{t.receiptOn} 收到</span>;
  if (t.relay?.status === 'declined')
    return (
      <div style={{ display: 'grid', gap: 6, justifyItems: 'start' }}>
        <Tag color="red">对方已退回</Tag>
        <Typography.Text type="secondary">{t.relay.answerNote}</Typography.Text>
      </div>
    );
  if (t.relay) return <Tag color="blue">已经上级党委转给对方，待对方确认</Tag>;
  return (
    <div style={{ display: 'grid', gap: 6, justifyItems: 'start' }}>
      {t.overdue ? <Tag color="red">超过 3 个月未收到</Tag> : <Tag color="orange">待回执</Tag>}
      {!readOnly && <ReceiptButton letter={t} onSaved={onChanged} />}
    </div>
  );
}

/** 组织关系介绍信, in and out; an out-letter without 回执 after 3 months is marked red. */
export function TransferLettersTable({ letters, showMember = true, onChanged }: TransferLettersTableProps) {
  const columns: TableColumnsType<TransferLetter> = [
    {
      title: '方向',
      dataIndex: 'direction',
      width: 80,
      render: (d: TransferLetter['direction']) => (d === 'in' ? <Tag color="green">转入</Tag> : <Tag>转出</Tag>),
    },
    ...(showMember
      ? [
          {
            title: '姓名',
            dataIndex: 'memberName',
            width: 100,
            render: (name: string, t: TransferLetter) => <Link to={`/members/${t.memberId}`}>{name}</Link>,
          },
        ]
      : []),
    { title: '开具日期', dataIndex: 'issuedOn', width: 120, sorter: (a, b) => a.issuedOn.localeCompare(b.issuedOn) },
    { title: '对方党组织', dataIndex: 'counterpartOrg' },
    { title: '介绍信编号', dataIndex: 'letterNo', width: 130, render: (n: string) => n || '—' },
    { title: '有效期', dataIndex: 'validDays', width: 90, render: (d: number) => `${d} 天` },
    { title: '党费交至', dataIndex: 'duesPaidTo', width: 110, render: (d: string) => d || '—' },
    { title: '经办人', dataIndex: 'handler', width: 90, render: (h: string) => h || '—' },
    {
      title: '回执',
      key: 'receipt',
      width: 170,
      render: (_: unknown, t) => <ReceiptCell t={t} onChanged={onChanged} />,
    },
  ];
  return (
    <Table<TransferLetter>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={letters}
      pagination={letters.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      rowClassName={(t) => (t.overdue ? 'row-overdue' : '')}
      locale={{ emptyText: '没有组织关系转接记录' }}
    />
  );
}
