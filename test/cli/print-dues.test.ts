import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { openInstallation } from '../../electron/services/installation.js';
import { DUES_FIXTURE_TODAY, seedDuesYear } from '../../electron/services/ledgers/duesFixture.js';
import { tempDir } from '../support/temp.js';
import { pdfInfo, pdfText, printLedger } from './pdf.js';

let dir: string;
let db: string;
let cleanup: () => void;

/** A branch's 2026 党费 written in-process through the contract, then printed by the real CLI. */
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('zhibu-print-dues-'));
  db = join(dir, 'branch.sqlite');
  const inst = await openInstallation(db, { clock: fixedClock(DUES_FIXTURE_TODAY), nodeId: '0123456789abcdef' });
  try {
    await seedDuesYear(inst.ctx);
  } finally {
    await inst.close();
  }
});
afterAll(() => cleanup());

const ORG = '中共东风村支部委员会';

/**
 * The CLI runs on the real clock: a year's ledger is "as of" today during that year and as of
 * 31 December after it. The seeded data ends before either, so only the date differs.
 */
function cliAsOf(): string {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const [y, m, d] = (today < '2026-12-31' ? today : '2026-12-31').split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const print = (ledger: string, year = '2026') => printLedger(dir, db, ledger, year);
const info = pdfInfo;
const text = (pdf: string) => pdfText(pdf);

describe('zhibu print: the 党费 ledgers', () => {
  it('prints the 党费收缴登记表 on one landscape page, months, totals and signatures', () => {
    const pdf = print('dues');
    expect(info(pdf)).toEqual({ pages: 1, portrait: false });
    const t = text(pdf);
    for (const s of [ORG, '2026年度党费收缴登记表', '单位：元', '各月实交金额', '12月', '本月合计', '收款人签字'])
      expect(t).toContain(s);
    expect(t).toContain('93.00');
    expect(t).toContain('自愿多交1,200.00元');
    expect(t).toContain('空白为应交未交，—为当月不需交纳');
    expect(t).toContain('组织委员（收款人）');
    expect(t).toContain('第1页共1页');
  });

  it('prints the 党费核定表 with the 计算方法 and room for each member to sign', () => {
    const pdf = print('dues-basis');
    expect(info(pdf).portrait).toBe(false);
    const t = text(pdf);
    expect(t).toContain(ORG);
    expect(t).toContain('2026年度党费核定表');
    expect(t).toContain('6,200.00×1.5%=93.00');
    expect(t).toContain('沿用上年');
    expect(t).toContain('本人确认签字');
    expect(t).toContain('核定人');
  });

  it('prints the 党费收缴公示 on a portrait sheet for the notice board', () => {
    const pdf = print('dues-notice');
    expect(info(pdf)).toEqual({ pages: 1, portrait: true });
    const t = text(pdf);
    expect(t).toContain(ORG);
    expect(t).toContain('2026年度党费收缴情况公示');
    expect(t).toContain('2026年9月');
    expect(t).toContain(`结存112.20元（截至${cliAsOf()}；0.00+2,665.40−2,553.20=112.20）`);
    expect(t).toContain('监督电话：13800000000');
    expect(t).toContain('公示期');
  });

  it('prints the 党费上缴登记表 with its total and the year’s balance line', () => {
    const pdf = print('dues-remit');
    expect(info(pdf)).toEqual({ pages: 1, portrait: false });
    const t = text(pdf);
    expect(t).toContain('2026年度党费上缴登记表');
    expect(t).toContain('2026年第三季度');
    expect(t).toContain('合计—2,553.20');
    expect(t).toContain('其中须全额上缴的自愿多交1,000.00元');
  });

  it('prints a year without 党费 as one clean page, not an error', { timeout: 120_000 }, () => {
    for (const ledger of ['dues', 'dues-basis', 'dues-notice', 'dues-remit']) {
      const pdf = print(ledger, '2024');
      expect(info(pdf).pages).toBe(1);
      expect(text(pdf)).toContain('本年度暂无记录');
    }
  });
});
