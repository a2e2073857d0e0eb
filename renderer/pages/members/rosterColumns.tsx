import { Space, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import {
  GENDER_LABELS,
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  type MemberSummary,
} from '../../../electron/api/index.js';
import { MaskedField } from '../../components/MaskedField.js';

const byText = (k: 'name' | 'groupName' | 'education' | 'ethnicity') => (a: MemberSummary, b: MemberSummary) =>
  a[k].localeCompare(b[k], 'zh-CN');
const byDate = (k: 'joinedOn' | 'birthDate') => (a: MemberSummary, b: MemberSummary) => a[k].localeCompare(b[k]);

/** 状态 and 标记 in one cell: a 在册 member without flags shows nothing. */
export function MemberTags({ m }: { m: MemberSummary }) {
  return (
    <Space size={4} wrap>
      {m.status !== 'active' && (
        <Tag color="default" title={m.statusSince ? `${m.statusSince} 起` : undefined}>
          {MEMBER_STATUS_LABELS[m.status]}
        </Tag>
      )}
      {m.flags.mobile && <Tag color="blue">流动</Tag>}
      {m.flags.lostContact && <Tag color="orange">失联</Tag>}
      {m.flags.hardship && <Tag color="purple">困难</Tag>}
    </Space>
  );
}

/** Fixed widths: the virtual table needs them, and they fit 1366 px with the menu open. */
export const ROSTER_COLUMNS: TableColumnsType<MemberSummary> = [
  {
    title: '姓名',
    dataIndex: 'name',
    width: 110,
    fixed: 'left',
    sorter: byText('name'),
    render: (name: string, m) => <Link to={`/members/${m.id}`}>{name}</Link>,
  },
  {
    title: '状态',
    key: 'tags',
    width: 150,
    render: (_: unknown, m) => (
      <>
        <MemberTags m={m} />
        {m.status !== 'active' && m.statusSince && <div style={{ fontSize: 13, color: '#888' }}>{m.statusSince}</div>}
      </>
    ),
  },
  { title: '性别', dataIndex: 'gender', width: 70, render: (g: MemberSummary['gender']) => GENDER_LABELS[g] },
  { title: '年龄', dataIndex: 'age', width: 80, sorter: (a, b) => a.age - b.age },
  {
    title: '党员类别',
    dataIndex: 'kind',
    width: 110,
    sorter: (a, b) => a.kind.localeCompare(b.kind),
    render: (k: MemberSummary['kind']) =>
      k === 'probationary' ? <Tag color="gold">{MEMBER_KIND_LABELS[k]}</Tag> : MEMBER_KIND_LABELS[k],
  },
  { title: '入党日期', dataIndex: 'joinedOn', width: 125, sorter: byDate('joinedOn') },
  {
    title: '党龄',
    dataIndex: 'partyYears',
    width: 80,
    sorter: (a, b) => (a.partyYears ?? -1) - (b.partyYears ?? -1),
    render: (y: number | null) => (y === null ? '—' : y),
  },
  { title: '党小组', dataIndex: 'groupName', width: 130, sorter: byText('groupName'), render: (g: string) => g || '—' },
  {
    title: '公民身份号码',
    dataIndex: 'idNumber',
    width: 240,
    render: (v: string, m) => <MaskedField memberId={m.id} field="idNumber" masked={v} />,
  },
  { title: '民族', dataIndex: 'ethnicity', width: 90, sorter: byText('ethnicity') },
  { title: '学历', dataIndex: 'education', width: 110, sorter: byText('education'), render: (e: string) => e || '—' },
  {
    title: '联系电话',
    dataIndex: 'phone',
    width: 170,
    render: (p: string, m) => <MaskedField memberId={m.id} field="phone" masked={p} />,
  },
];

export const ROSTER_WIDTH = ROSTER_COLUMNS.reduce((sum, c) => sum + Number(c.width ?? 0), 0);
