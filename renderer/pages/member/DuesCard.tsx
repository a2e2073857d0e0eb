import { Alert, Button, Card, Descriptions, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  DUES_CATEGORY_LABELS,
  formatYuan,
  type ArrearsRow,
  type DuesBasis,
  type MemberDetail,
} from '../../../electron/api/index.js';
import { useReadOnly } from '../../stores/lens.js';
import { BasisModal } from '../dues/BasisModal.js';
import { useMemberDues } from './useMemberDues.js';

const monthText = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

/** The explanation already carries any approved 减免 (`…；经批准少交，每月 0.10 元`). */
function basisText(b: DuesBasis): string {
  // A fixed amount's explanation already names the category (`农民：每月 0.20 元`).
  const label = DUES_CATEGORY_LABELS[b.category];
  const explained = b.explanation.startsWith(label) ? b.explanation : `${label}：${b.explanation}`;
  return `${explained}（${monthText(b.effectiveFrom)}起）`;
}

/** Without a basis nothing can be owed yet: that is 未核定 (a reminder), never 无欠交. */
function ArrearsTag({ a, assessed }: { a: ArrearsRow | null; assessed: boolean }) {
  if (!assessed) return <Tag color="orange">未核定党费基数，请先设定基数</Tag>;
  if (!a) return <Tag color="green">无欠交</Tag>;
  if (a.level === 'serious')
    return <Tag color="red">连续 {a.consecutiveUnpaid} 个月未交（满 6 个月按自行脱党处理）</Tag>;
  if (a.level === 'warning') return <Tag color="orange">连续 {a.consecutiveUnpaid} 个月未交</Tag>;
  return <Tag>欠交 {a.unpaidMonths.length} 个月</Tag>;
}

/** 党费 on the member's page: what they pay a month and why, how far they have paid. */
export function DuesCard({ m }: { m: MemberDetail }) {
  const { dues, error, reload } = useMemberDues(m.id);
  const [editing, setEditing] = useState(false);
  const readOnly = useReadOnly('dues');
  const active = m.status === 'active' && !readOnly;

  return (
    <Card
      title="党费"
      size="small"
      role="region"
      aria-label="党费"
      extra={
        <Space>
          <Link to="/dues">党费收缴</Link>
          {active && (
            <Button size="small" onClick={() => setEditing(true)} disabled={!dues}>
              设定基数
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} action={<Button onClick={reload}>重试</Button>} />}
      {!error && !dues && <Spin />}
      {dues && (
        <Descriptions column={1} size="small" styles={{ label: { width: 90 } }}>
          <Descriptions.Item label="党费基数">{dues.basis ? basisText(dues.basis) : '未核定'}</Descriptions.Item>
          {dues.upcoming && <Descriptions.Item label="即将执行">{basisText(dues.upcoming)}</Descriptions.Item>}
          <Descriptions.Item label="党费交至">
            {dues.row?.paidThrough ? monthText(dues.row.paidThrough) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="欠交情况">
            <Space size={4} wrap>
              <ArrearsTag a={dues.arrears} assessed={dues.basis !== null || dues.upcoming !== null} />
              {dues.arrears && `共 ${formatYuan(dues.arrears.owed)} 元`}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      )}
      {editing && dues && (
        <BasisModal
          memberId={m.id}
          name={m.name}
          current={dues.upcoming ?? dues.basis}
          onClose={() => setEditing(false)}
          onSaved={reload}
        />
      )}
    </Card>
  );
}
