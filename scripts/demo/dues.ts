import type { MemberSummary } from '../../electron/api/members.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { addDays } from '../../electron/services/rules/dates.js';
import { call, on } from './contract.js';
import type { Rng } from './random.js';

type Basis = { category: 'employed' | 'retired' | 'farmer' | 'student'; base: string | null };

/** A plausible 党费 category and base from what the member does. */
function basisOf(rng: Rng, m: MemberSummary): Basis {
  if (m.occupation === '离退休人员') return { category: 'retired', base: String(rng.int(2200, 6200)) };
  if (m.occupation === '农牧渔民') return { category: 'farmer', base: null };
  if (m.occupation === '学生') return { category: 'student', base: null };
  return { category: 'employed', base: String(rng.int(25, 95) * 100) };
}

const QUARTER_MONTHS = [
  ['01', '03'],
  ['04', '06'],
  ['07', '09'],
  ['10', '12'],
];

/**
 * Three years of 党费: a January review each year, quarterly payments (most on time, some
 * a little late, a few caught up later as 补交), one member who stopped paying, and a
 * remittance to the township every quarter.
 */
export async function buildDemoDues(ctx: ServiceContext, rng: Rng, today: string, handler: string): Promise<void> {
  const members = await call(ctx, 'members.list', { scope: 'current' });
  const defaulter = members.find((m) => m.kind === 'formal' && m.occupation === '农牧渔民') ?? members.at(-1);
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear - 2; year <= thisYear; year += 1) {
    const entries = members
      .filter((m) => m.joinedOn <= `${year}-12-31`)
      .map((m) => ({ memberId: m.id, ...basisOf(rng, m) }));
    await call(on(ctx, `${year}-01-15`), 'dues.review', { year, entries });
    for (const [q, [first, last]] of QUARTER_MONTHS.entries()) {
      const paidOn = addDays(`${year}-${last}-01`, rng.int(0, 40));
      if (paidOn > today) continue;
      const year0 = await call(ctx, 'dues.year', { year });
      let count = 0;
      for (const row of year0.rows) {
        const quarter = row.months.slice(q * 3, q * 3 + 3);
        const due = quarter.reduce((s, c) => s + c.due, 0);
        if (due === 0 || (row.memberId === defaulter?.id && `${year}-${last}` >= addDays(today, -230).slice(0, 7)))
          continue;
        count += 1;
        await call(on(ctx, paidOn), 'dues.pay', {
          memberId: row.memberId,
          fromMonth: `${year}-${first}`,
          toMonth: `${year}-${last}`,
          amount: (due / 100).toFixed(2),
          paidOn,
          handler,
          receiptNo: `${year}${String(q + 1)}${String(count).padStart(3, '0')}`,
          method: rng.chance(0.6) ? 'cash' : 'transfer',
        });
      }
      const remittedOn = addDays(paidOn, 10);
      if (remittedOn > today) continue;
      const collected = (await call(ctx, 'dues.year', { year })).monthTotals
        .slice(q * 3, q * 3 + 3)
        .reduce((s, t) => s + t.paid, 0);
      if (collected > 0)
        await call(on(ctx, remittedOn), 'dues.remit', {
          periodLabel: `${year}年第${'一二三四'[q]}季度`,
          fromMonth: `${year}-${first}`,
          toMonth: `${year}-${last}`,
          membersCount: count,
          amount: (collected / 100).toFixed(2),
          remittedOn,
          method: 'transfer',
          handler,
          receiver: '乡镇党委组织办',
          receiptNo: `SJ${year}${q + 1}`,
        });
    }
  }
}
