import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLedger } from '../../../renderer/ledgers/index.js';
import { tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { duesBasisLedgerData, duesLedgerData, duesNoticeLedgerData, duesRemitLedgerData } from './duesData.js';
import { DUES_FIXTURE_TODAY, seedDuesYear } from './duesFixture.js';
import { buildLedger } from './render.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: DUES_FIXTURE_TODAY });
  await seedDuesYear(inst.ctx);
});
afterEach(async () => inst.dispose());

const visible = (html: string) => html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('党费收缴登记表 data', () => {
  it('takes each member of the year with the months owed and the 减免 in force', async () => {
    const data = await duesLedgerData(inst.ctx, 2026);
    const by = new Map(data.entries.map((e) => [e.name, e]));
    expect([...by.keys()].sort()).toEqual(['刘芳', '孙桂兰', '张伟', '李秀英', '王建国', '赵德明', '陈志强'].sort());
    expect(by.get('王建国')).toMatchObject({
      monthly: 9300,
      owed: 9300,
      owedMonths: 1,
      voluntary: 120000,
      reduction: 'none',
    });
    expect(by.get('李秀英')).toMatchObject({ monthly: 500, reduction: 'reduced', owedMonths: 1 });
    // October has ended unpaid; November is still running and not yet owed.
    expect(by.get('刘芳')).toMatchObject({ owed: 28000, owedMonths: 7 });
    expect(by.get('张伟')).toMatchObject({ owedMonths: 0, paidThrough: '2026-12' });
    expect(by.get('赵德明')?.months.map((c) => c.obliged)).toEqual([
      ...Array<boolean>(5).fill(true),
      ...Array<boolean>(7).fill(false),
    ]);
    expect(data.monthTotals[0]).toEqual({ due: 20420, paid: 20420 });
  });

  it('prints paid months, blanks for owed ones and — where the member owed nothing', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'dues', year: 2026 });
    expect(doc).toMatchObject({
      id: 'dues',
      orientation: 'landscape',
      fileName: '中共东风村支部委员会-2026年度党费收缴登记表.pdf',
    });
    const text = visible(doc.html).replace(/\s+/g, ' ');
    // 陈志强: accepted 20 May; paid May to September; October owed; November, December not yet.
    expect(text).toContain(
      '陈志强 在职 3000.00 0.5% 15.00 — — — — 15.00 15.00 15.00 15.00 15.00 90.00 75.00 15.00 欠交1个月',
    );
    // 赵德明: transferred out 10 June.
    expect(text).toContain(
      '赵德明 离退休 5200.00 1% 52.00 52.00 52.00 52.00 52.00 52.00 — — — — — — — 260.00 260.00 —',
    );
    expect(text).toContain('王建国 在职 6200.00 1.5% 93.00');
    expect(text).toContain('自愿多交1,200.00元；欠交1个月');
    expect(text).toContain(
      '本月合计 204.20 204.20 204.20 164.20 179.20 127.20 127.20 127.20 127.20 0.20 0.20 0.20 1872.00 1465.40 407.00',
    );
  });

  it('prints a clean page for a year before any dues', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'dues', year: 2024 });
    expect(visible(doc.html)).toContain('本年度暂无记录');
  });
});

describe('党费核定表 data', () => {
  it("prints this year's basis, last year's carried over, and the basis of a member who joined in May", async () => {
    const data = await duesBasisLedgerData(inst.ctx, 2026);
    const by = new Map(data.rows.map((r) => [r.name, r]));
    expect(by.has('赵德明')).toBe(false);
    expect(by.get('孙桂兰')).toMatchObject({ current: null, previous: { effectiveFrom: '2025-01', monthly: 1400 } });
    expect(by.get('陈志强')?.current).toMatchObject({ effectiveFrom: '2026-05', monthly: 1500 });
    const text = visible(renderLedger(data).html);
    expect(text).toContain('6,200.00 × 1.5% = 93.00');
    expect(text).toContain('3,600.00 × 0.5% = 18.00；经批准少交，每月 5.00 元');
    expect(text).toContain('经批准少交（支部2025.12.20决定，城组〔2026〕1号）');
    expect(text).toContain('沿用上年');
    expect(text).toContain('2026.05');
  });
});

describe('党费收缴公示 data', () => {
  it('shows 交至 as 年月, the totals and the balance held at the printing day', async () => {
    const data = await duesNoticeLedgerData(inst.ctx, 2026);
    expect(data.balance).toEqual({ fen: 11220, asOf: '2026-11-23' });
    expect(data.phone).toBe('13800000000');
    expect(data.totals).toEqual({
      collected: 146540,
      voluntary: 120000,
      fullRemitDue: 100000,
      remitted: 255320,
      carriedIn: 0,
    });
    const text = visible(renderLedger(data).html).replace(/\s+/g, ' ');
    expect(text).toContain('刘芳 400.00 120.00 2026年3月 欠交7个月');
    expect(text).toContain('张伟 2.00 2.40 2026年12月');
    expect(text).toContain('孙桂兰 140.00 126.00 2026年9月');
    expect(text).toContain('全年应交合计 1,872.00 元，记入本年各月的实交合计 1,465.40 元，已到期未交 407.00 元');
    expect(text).toContain(
      '上缴上级党组织 2,553.20 元，结存 112.20 元（截至2026年11月23日；0.00 + 2,665.40 − 2,553.20 = 112.20）',
    );
  });

  it("takes a past year's balance at its last day", async () => {
    const data = await duesNoticeLedgerData(inst.ctx, 2025);
    expect(data.balance).toEqual({ fen: 0, asOf: '2025-12-31' });
    const text = visible(renderLedger(data).html).replace(/\s+/g, ' ');
    expect(text).toContain('孙桂兰 168.00 168.00 2025年12月');
    expect(text).toContain('结存 0.00 元（截至2025年12月31日；0.00 + 168.00 − 168.00 = 0.00）');
  });
});

describe('党费上缴登记表 data', () => {
  it('lists the remittances made in the year, oldest first, with the year’s money', async () => {
    const data = await duesRemitLedgerData(inst.ctx, 2026);
    expect(data.remittances.map((r) => [r.periodLabel, r.amount, r.method])).toEqual([
      ['2026年第一季度', 45720, 'cash'],
      ['2026年第二季度', 59600, 'transfer'],
      ['2026年第三季度', 150000, 'transfer'],
    ]);
    const text = visible(renderLedger(data).html).replace(/\s+/g, ' ');
    expect(text).toContain('合计 — 2,553.20');
    expect(text).toContain(
      '上年结转 0.00 元，本年收缴 2,665.40 元（含自愿多交 1,200.00 元），上缴上级党组织 2,553.20 元，结存 112.20 元（截至2026年11月23日；0.00 + 2,665.40 − 2,553.20 = 112.20）；其中须全额上缴的自愿多交 1,000.00 元。',
    );
    expect((await duesRemitLedgerData(inst.ctx, 2025)).remittances.map((r) => r.periodLabel)).toEqual(['2025年全年']);
  });
});
