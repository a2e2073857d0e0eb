import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH } from '../../../test/support/temp.js';
import type { MemberDetail } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { dispatch } from '../dispatch.js';

/**
 * A branch's 党费 in 2026, written through the contract: a January review (one member left on
 * last year's basis), quarterly payments, a member in arrears since April, a 预备党员 accepted
 * in May, a member transferred out in June, an approved 少交, a farmer who paid the year ahead,
 * voluntary payments (one of 1000 元, remitted in full) and three quarterly remittances. Shared
 * by the ledger data tests and the CLI print test.
 */
export const DUES_FIXTURE_YEAR = 2026;
export const DUES_FIXTURE_TODAY = '2026-11-23';

async function call<T>(ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? ''})`);
  return r.value as T;
}

export type DuesFixtureMembers = Record<
  '王建国' | '李秀英' | '张伟' | '刘芳' | '陈志强' | '赵德明' | '孙桂兰',
  MemberDetail
>;

export async function seedDuesYear(ctx: ServiceContext): Promise<DuesFixtureMembers> {
  await call(ctx, 'org.setup', SAMPLE_BRANCH);
  const create = (name: string, over: object = {}) =>
    call<MemberDetail>(ctx, 'members.create', person({ name, ...over }));
  const m: DuesFixtureMembers = {
    王建国: await create('王建国', { occupation: '工人' }),
    李秀英: await create('李秀英', { gender: 'female', occupation: '离退休人员' }),
    张伟: await create('张伟'),
    刘芳: await create('刘芳', { gender: 'female' }),
    陈志强: await create('陈志强', {
      birthDate: '1996-02-03',
      joinedOn: '2026-05-20',
      confirmedOn: null,
      kind: 'probationary',
    }),
    赵德明: await create('赵德明', { occupation: '离退休人员' }),
    孙桂兰: await create('孙桂兰', { gender: 'female' }),
  };
  const id = (name: keyof DuesFixtureMembers) => m[name].id;

  await call(ctx, 'dues.setBasis', {
    memberId: id('孙桂兰'),
    effectiveFrom: '2025-01',
    category: 'employed',
    base: '2800',
  });
  await call(ctx, 'dues.review', {
    year: 2026,
    entries: [
      { memberId: id('王建国'), category: 'employed', base: '6,200.00' },
      {
        memberId: id('李秀英'),
        category: 'retired',
        base: '3600',
        reduction: 'reduced',
        reducedAmount: '5.00',
        decisionOn: '2025-12-20',
        approvalRef: '城组〔2026〕1号',
      },
      { memberId: id('张伟'), category: 'farmer' },
      { memberId: id('刘芳'), category: 'employed', base: '4000' },
      { memberId: id('赵德明'), category: 'retired', base: '5200' },
    ],
  });
  await call(ctx, 'dues.setBasis', {
    memberId: id('陈志强'),
    effectiveFrom: '2026-05',
    category: 'employed',
    base: '3000',
  });
  await call(ctx, 'members.event', {
    kind: 'transfer_out',
    id: id('赵德明'),
    date: '2026-06-10',
    issuedOn: '2026-06-10',
    counterpartOrg: '中共西山村支部委员会',
  });

  const pay = (name: keyof DuesFixtureMembers, from: string, to: string, amount: string, paidOn: string, over = {}) =>
    call(ctx, 'dues.pay', {
      memberId: id(name),
      fromMonth: from,
      toMonth: to,
      amount,
      paidOn,
      handler: '李秀英',
      receiptNo: `${paidOn.replaceAll('-', '')}-${name}`,
      ...over,
    });
  for (const [from, to, paidOn] of [
    ['2026-01', '2026-03', '2026-03-25'],
    ['2026-04', '2026-06', '2026-06-25'],
    ['2026-07', '2026-09', '2026-09-25'],
  ] as const) {
    await pay('王建国', from, to, '279.00', paidOn);
    await pay('李秀英', from, to, '15.00', paidOn);
    await pay('孙桂兰', from, to, '42.00', paidOn, { method: 'transfer' });
  }
  await pay('孙桂兰', '2025-01', '2025-06', '84.00', '2025-06-25');
  await pay('孙桂兰', '2025-07', '2025-12', '84.00', '2025-12-20');
  await pay('张伟', '2026-01', '2026-06', '1.20', '2026-01-10');
  await pay('张伟', '2026-07', '2026-12', '1.20', '2026-07-10');
  await pay('刘芳', '2026-01', '2026-03', '120.00', '2026-03-25');
  await pay('陈志强', '2026-05', '2026-09', '75.00', '2026-09-25');
  await pay('赵德明', '2026-01', '2026-05', '260.00', '2026-06-05');
  await pay('王建国', '2026-10', '2026-10', '1000.00', '2026-10-01', { kind: 'voluntary' });
  await pay('王建国', '2026-07', '2026-07', '200.00', '2026-07-01', { kind: 'voluntary' });

  const remit = (label: string, from: string, to: string, count: number, amount: string, on: string, over = {}) =>
    call(ctx, 'dues.remit', {
      periodLabel: label,
      fromMonth: from,
      toMonth: to,
      membersCount: count,
      amount,
      remittedOn: on,
      handler: '李秀英',
      receiptNo: `SJ${from.replace('-', '')}`,
      receiver: '中共城关镇委员会组织办',
      ...over,
    });
  // Everything collected up to the third quarter but 112.20 元, which the branch still holds.
  await remit('2025年全年', '2025-01', '2025-12', 1, '168.00', '2025-12-30');
  await remit('2026年第一季度', '2026-01', '2026-03', 5, '457.20', '2026-04-10', { method: 'cash' });
  await remit('2026年第二季度', '2026-04', '2026-06', 4, '596.00', '2026-07-10', { note: '含赵德明转出前党费' });
  await remit('2026年第三季度', '2026-07', '2026-09', 5, '1,500.00', '2026-10-12', {
    note: '含自愿多交1000元全额上缴',
  });
  return m;
}
