import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArrearsRow, BasisRow, DuesBasis, DuesPayment, DuesYear, RemittanceSummary } from '../../api/dues.js';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
let worker: MemberDetail;
let retiree: MemberDetail;

beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  worker = await api.ok<MemberDetail>(
    'members.create',
    person({ name: '在职', birthDate: '1980-03-03', joinedOn: '2005-07-01', confirmedOn: '2006-07-01' }),
  );
  retiree = await api.ok<MemberDetail>('members.create', person({ name: '退休', birthDate: '1950-03-03' }));
});
afterEach(async () => inst.dispose());

const pay = (memberId: string, fromMonth: string, toMonth: string, amount: string, over: object = {}) =>
  api.ok<DuesPayment>('dues.pay', {
    memberId,
    fromMonth,
    toMonth,
    amount,
    paidOn: '2026-11-20',
    handler: '李秀英',
    receiptNo: 'No.1',
    ...over,
  });

describe('bases and the annual review', () => {
  it('computes the monthly amount with one rule and shows how', async () => {
    const b = await api.ok<DuesBasis>('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '6,200.00',
    });
    expect(b).toMatchObject({ monthly: 9300, rateBp: 150, explanation: '6,200.00 × 1.5% = 93.00' });
    const e = await api.refusal('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '62.001',
    });
    expect(e).toMatchObject({ field: 'base', message: '交纳基数应为金额（元，最多两位小数）' });
  });

  it('reviews a new year for everyone in one transaction, showing last year’s base', async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2025-01',
      category: 'employed',
      base: '4800',
    });
    const refused = await api.refusal('dues.review', {
      year: 2026,
      entries: [
        { memberId: worker.id, category: 'employed', base: '5200' },
        { memberId: retiree.id, category: 'retired', base: null },
      ],
    });
    expect(refused).toMatchObject({ field: 'entries.1.base' });
    expect((await api.ok<BasisRow[]>('dues.bases', { year: 2026 })).every((r) => r.current === null)).toBe(true);

    await api.ok('dues.review', {
      year: 2026,
      entries: [
        { memberId: worker.id, category: 'employed', base: '5200' },
        { memberId: retiree.id, category: 'retired', base: '3600' },
      ],
    });
    const rows = await api.ok<BasisRow[]>('dues.bases', { year: 2026 });
    const w = rows.find((r) => r.name === '在职');
    expect(w?.previous?.monthly).toBe(4800);
    expect(w?.current).toMatchObject({ effectiveFrom: '2026-01', monthly: 7800 });
    expect(rows.find((r) => r.name === '退休')?.current?.monthly).toBe(1800);
  });

  it('counts a basis starting mid-year (a new 预备党员) as that year’s', async () => {
    const p = await api.ok<MemberDetail>(
      'members.create',
      person({
        name: '预备',
        kind: 'probationary',
        confirmedOn: null,
        joinedOn: '2026-06-15',
        birthDate: '1999-01-01',
      }),
    );
    await api.ok('dues.setBasis', { memberId: p.id, effectiveFrom: '2026-06', category: 'farmer' });
    const rows = await api.ok<BasisRow[]>('dues.bases', { year: 2026 });
    expect(rows.find((r) => r.memberId === p.id)).toMatchObject({
      previous: null,
      current: { effectiveFrom: '2026-06', monthly: 20 },
    });
    expect(rows.find((r) => r.memberId === worker.id)?.current).toBeNull();
  });

  it('records an approved 减免 with its decision and approval', async () => {
    const e = await api.refusal('dues.setBasis', {
      memberId: retiree.id,
      effectiveFrom: '2026-01',
      category: 'retired',
      base: '3600',
      reduction: 'exempt',
    });
    expect(e.message).toBe('减免须有支部决定日期和上级批准文号');
    const b = await api.ok<DuesBasis>('dues.setBasis', {
      memberId: retiree.id,
      effectiveFrom: '2026-01',
      category: 'retired',
      base: '3600',
      reduction: 'reduced',
      reducedAmount: '5.00',
      decisionOn: '2025-12-20',
      approvalRef: '镇组〔2026〕1号',
    });
    expect(b.monthly).toBe(500);
    expect(b.explanation).toBe('3,600.00 × 0.5% = 18.00；经批准少交，每月 5.00 元');
  });
});

describe('collecting', () => {
  beforeEach(async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '3000',
    });
  });

  it('takes a quarterly payment into the month columns', async () => {
    await pay(worker.id, '2026-01', '2026-03', '45.00', { method: 'transfer' });
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    const row = y.rows.find((r) => r.name === '在职');
    expect(row?.months.slice(0, 4).map((m) => [m.due, m.paid])).toEqual([
      [1500, 1500],
      [1500, 1500],
      [1500, 1500],
      [1500, 0],
    ]);
    // 全年应交 counts only the months that have ended (January to October on 23 November).
    expect(row?.dueTotal).toBe(15000);
    expect(row?.owed).toBe(1500 * 7);
    expect(row?.paidThrough).toBe('2026-03');
  });

  it('allows 预交/补交 of at most 6 months at once', async () => {
    expect(
      (
        await api.refusal('dues.pay', {
          memberId: worker.id,
          fromMonth: '2026-01',
          toMonth: '2026-07',
          amount: '105',
          paidOn: '2026-11-20',
          handler: '李',
        })
      ).message,
    ).toBe('预交或补交一次最多 6 个月');
    await pay(worker.id, '2026-07', '2026-12', '90.00');
  });

  it('corrects with a new entry, keeping the original', async () => {
    const p = await pay(worker.id, '2026-01', '2026-01', '51.00');
    await api.ok('dues.correct', {
      paymentId: p.id,
      amount: '-36.00',
      paidOn: '2026-11-21',
      handler: '李秀英',
      note: '多收退回',
    });
    const list = await api.ok<DuesPayment[]>('dues.payments', { year: 2026, memberId: worker.id });
    expect(list.map((x) => [x.kind, x.amount])).toEqual([
      ['regular', 5100],
      ['correction', -3600],
    ]);
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(y.rows.find((r) => r.name === '在职')?.months[0]?.paid).toBe(1500);
    expect(
      (
        await api.refusal('dues.correct', {
          paymentId: p.id,
          amount: '-20',
          paidOn: '2026-11-21',
          handler: '李',
          note: 'x',
        })
      ).message,
    ).toBe('更正后金额不能小于 0');
  });

  it('keeps voluntary payments apart; 1000 元 or more goes upward in full', async () => {
    await pay(worker.id, '2026-11', '2026-11', '1000.00', { kind: 'voluntary' });
    await pay(worker.id, '2026-11', '2026-11', '200.00', { kind: 'voluntary' });
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(y).toMatchObject({ voluntary: 120000, fullRemitDue: 100000, collected: 0 });
    expect(y.rows.find((r) => r.name === '在职')?.paidTotal).toBe(0);
  });

  it('shows the balance the branch still holds after remitting', async () => {
    await pay(worker.id, '2026-01', '2026-06', '90.00');
    await api.ok('dues.remit', {
      periodLabel: '2026年上半年',
      fromMonth: '2026-01',
      toMonth: '2026-06',
      membersCount: 1,
      amount: '60.00',
      remittedOn: '2026-07-10',
      handler: '李秀英',
      receiver: '中共城关镇委员会',
    });
    const s = await api.ok<RemittanceSummary>('dues.remittances', {});
    expect(s.balance).toBe(3000);
    expect(s.remittances[0]).toMatchObject({ amount: 6000, periodLabel: '2026年上半年' });
  });
});

describe('arrears', () => {
  it('warns at 3 consecutive unpaid months and flags 6, across the year boundary', async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2025-01',
      category: 'employed',
      base: '3000',
    });
    await api.ok('dues.setBasis', {
      memberId: retiree.id,
      effectiveFrom: '2025-01',
      category: 'retired',
      base: '3000',
    });
    await pay(worker.id, '2025-01', '2025-06', '90');
    await pay(worker.id, '2025-07', '2025-12', '90');
    await pay(worker.id, '2026-01', '2026-06', '90');
    await pay(worker.id, '2026-07', '2026-07', '15');
    await pay(retiree.id, '2025-01', '2025-04', '60');
    const rows = await api.ok<ArrearsRow[]>('dues.arrears', {});
    expect(rows.find((r) => r.name === '在职')).toMatchObject({
      consecutiveUnpaid: 3,
      level: 'warning',
      unpaidMonths: ['2026-08', '2026-09', '2026-10'],
    });
    expect(rows.find((r) => r.name === '退休')).toMatchObject({ consecutiveUnpaid: 18, level: 'serious' });
  });

  it('refuses 1.50 元 a month for a 农民 with the same words in settings, basis and payment', async () => {
    const words = '农民党员每月交纳 0.20–1.00 元，1.50 元不在此范围内';
    expect((await api.refusal('settings.update', { farmerDuesFen: 150 })).message).toBe(words);
    const basis = await api.refusal('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'farmer',
      fixed: '1.50',
    });
    expect(basis.message).toBe(words);
    await api.ok('dues.setBasis', { memberId: worker.id, effectiveFrom: '2026-01', category: 'farmer' });
    const paid = await api.refusal('dues.pay', {
      memberId: worker.id,
      fromMonth: '2026-11',
      toMonth: '2026-11',
      amount: '1.50',
      paidOn: '2026-11-20',
      handler: '李秀英',
    });
    expect(paid).toMatchObject({ field: 'amount', message: `${words}；多交的部分请登记为自愿多交` });
  });

  it('records a month for everyone in one step, leaving the paid-up and naming the 未核定', async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '3000',
    });
    const later = await api.refusal('dues.payMonth', { month: '2026-12', paidOn: '2026-11-20', handler: '李秀英' });
    expect(later.message).toBe('只能收齐本月及以前的月份，预交请逐人登记');
    const first = await api.ok('dues.payMonth', { month: '2026-11', paidOn: '2026-11-20', handler: '李秀英' });
    expect(first).toEqual({ month: '2026-11', payments: 1, amount: 1500, unassessed: ['退休'] });
    const again = await api.ok('dues.payMonth', { month: '2026-11', paidOn: '2026-11-20', handler: '李秀英' });
    expect(again).toMatchObject({ payments: 0, amount: 0 });
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(y.rows.find((r) => r.name === '在职')?.months[10]).toMatchObject({ due: 1500, paid: 1500 });
  });

  it('owes nothing before the month the branch began keeping 党费 in the app', async () => {
    await api.ok('dues.setBasis', {
      memberId: retiree.id,
      effectiveFrom: '2025-01',
      category: 'retired',
      base: '3000',
    });
    expect((await api.ok<ArrearsRow[]>('dues.arrears', {}))[0]).toMatchObject({ consecutiveUnpaid: 22 });
    const future = await api.refusal('settings.update', { duesStartMonth: '2026-12' });
    expect(future).toMatchObject({ field: 'duesStartMonth', message: '党费开始记账月份不能晚于本月' });
    await api.ok('settings.update', { duesStartMonth: '2026-09' });
    expect((await api.ok<ArrearsRow[]>('dues.arrears', {}))[0]).toMatchObject({
      consecutiveUnpaid: 2,
      level: 'none',
      unpaidMonths: ['2026-09', '2026-10'],
    });
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(y.rows.find((r) => r.name === '退休')?.dueTotal).toBe(1500 * 2);
  });

  it('lists members with no basis as 未核定 on the home page, not as paid up', async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '3000',
    });
    const home = await api.ok<{ duesUnassessed: { name: string }[] }>('home.reminders', {});
    expect(home.duesUnassessed.map((m) => m.name)).toEqual(['退休']);
  });

  it('carries last year over so 上年结转 + 实交 − 上缴 = 结存', async () => {
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2025-01',
      category: 'employed',
      base: '3000',
    });
    await pay(worker.id, '2025-07', '2025-12', '90', { paidOn: '2025-12-20' });
    await pay(worker.id, '2026-01', '2026-06', '90');
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(y.carriedIn).toBe(9000);
    expect(y.balance).toBe(y.carriedIn + y.collected + y.voluntary - y.remitted);
  });

  it('a 预备党员 owes from acceptance; a member who left owes nothing after leaving', async () => {
    const p = await api.ok<MemberDetail>(
      'members.create',
      person({
        name: '预备',
        kind: 'probationary',
        confirmedOn: null,
        joinedOn: '2026-09-15',
        birthDate: '1999-01-01',
      }),
    );
    await api.ok('dues.setBasis', { memberId: p.id, effectiveFrom: '2026-01', category: 'farmer' });
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '3000',
    });
    await api.ok('members.event', {
      kind: 'transfer_out',
      id: worker.id,
      date: '2026-03-10',
      counterpartOrg: '西山村',
      issuedOn: '2026-03-10',
    });
    const rows = await api.ok<ArrearsRow[]>('dues.arrears', {});
    expect(rows.find((r) => r.name === '预备')).toMatchObject({ unpaidMonths: ['2026-09', '2026-10'], owed: 40 });
    expect(rows.find((r) => r.name === '在职')).toBeUndefined();
    const y = await api.ok<DuesYear>('dues.year', { year: 2026 });
    expect(
      y.rows
        .find((r) => r.name === '在职')
        ?.months.map((m) => m.due)
        .slice(0, 4),
    ).toEqual([1500, 1500, 0, 0]);
  });
});

describe('export', () => {
  it('writes the year’s collection table with month columns and a 合计 row', async () => {
    const ExcelJS = (await import('exceljs')).default;
    await api.ok('dues.setBasis', {
      memberId: worker.id,
      effectiveFrom: '2026-01',
      category: 'employed',
      base: '6200',
    });
    await pay(worker.id, '2026-01', '2026-03', '279.00');
    const file = await api.ok<{ fileName: string; base64: string }>('dues.export', { year: 2026 });
    expect(file.fileName).toBe('中共东风村支部委员会-2026年度党费收缴登记表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws?.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['序号', '姓名', '类别', '交纳基数', '比例/标准', '月应交', '1月', '2月']);
    const row = (ws?.getRow(5).values as unknown[]).slice(1);
    expect(row.slice(1, 9)).toEqual(['在职', '在职', 6200, '1.5%', 93, 93, 93, 93]);
    const total = (ws?.getRow(6).values as unknown[]).slice(1);
    expect(total[0]).toBe('合计');
  });
});
