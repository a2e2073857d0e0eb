import { Alert } from 'antd';
import { useDuesStore } from '../../stores/dues.js';
import { yuan } from './common.js';
import { monthLabel } from './months.js';

/** What a member pays a month and how far they have paid, so the payment can be checked. */
export function MemberDuesLine({ memberId }: { memberId: string }) {
  const { ledger, bases, arrears } = useDuesStore();
  const row = ledger?.rows.find((r) => r.memberId === memberId);
  const basis = bases?.find((b) => b.memberId === memberId);
  const explained = basis?.current ?? basis?.previous ?? null;
  const owes = arrears?.find((a) => a.memberId === memberId);

  if (!row || row.monthly === null)
    return <Alert type="warning" showIcon title="这名党员本年还没有核定党费基数，请先在“年度核定”中核定" />;
  const parts = [
    `每月应交 ${yuan(row.monthly)}${explained ? `（${explained.explanation}）` : ''}`,
    `党费交至 ${row.paidThrough ? monthLabel(row.paidThrough) : '—'}`,
  ];
  if (owes) parts.push(`欠交 ${owes.unpaidMonths.length} 个月共 ${yuan(owes.owed)}`);
  return <Alert type={owes ? 'warning' : 'info'} title={parts.join('；')} style={{ padding: '4px 12px' }} />;
}
