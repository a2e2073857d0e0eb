import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { openInstallation } from '../../electron/services/installation.js';
import { FIXTURE_TODAY, seedMeetingsYear } from '../../electron/services/ledgers/meetingsFixture.js';
import { tempDir } from '../support/temp.js';
import { pdfInfo, pdfText, printLedger } from './pdf.js';

let dir: string;
let db: string;
let cleanup: () => void;

/** A branch's 2026 written in-process through the contract, then printed by the real CLI. */
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('zhibu-print-meetings-'));
  db = join(dir, 'branch.sqlite');
  const inst = await openInstallation(db, { clock: fixedClock(FIXTURE_TODAY), nodeId: '0123456789abcdef' });
  try {
    await seedMeetingsYear(inst.ctx);
  } finally {
    await inst.close();
  }
});
afterAll(() => cleanup());

const ORG = '中共东风村支部委员会';

const print = (ledger: string, year = '2026') => printLedger(dir, db, ledger, year);
const info = pdfInfo;
const pageText = (pdf: string, page: number) => pdfText(pdf, page);

const allPages = (pdf: string, pages: number) => Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));

describe('zhibu print: the organisational-life ledgers', () => {
  it('prints the 三会一课记录 book: 登记表, then each record and its 签到表 on portrait pages', () => {
    const pdf = print('meetings');
    const { pages, portrait } = info(pdf);
    expect(portrait).toBe(true);
    // 登记表, 8 records (the 党员大会 runs over two pages), 8 sign-in sheets, the 整改清单.
    expect(pages).toBeGreaterThanOrEqual(18);
    const texts = allPages(pdf, pages);
    expect(texts[0]).toContain(ORG);
    expect(texts[0]).toContain('2026年度三会一课登记表');
    expect(texts[0]).toContain(`第1页共${pages}页`);
    const titled = (title: string) => texts.filter((t) => t.includes(title)).length;
    for (const title of [
      '支委会记录',
      '支部党员大会记录',
      '党小组会记录',
      '党课记录',
      '主题党日活动记录',
      '组织生活会记录',
      '民主评议党员会议记录',
    ])
      expect(titled(title)).toBeGreaterThanOrEqual(1);
    expect(titled('签到表')).toBe(8);
    expect(titled('组织生活会整改清单')).toBe(1);
    expect(texts.join('')).toContain('补录：本记录于2026年9月1日录入');
    expect(texts.join('')).toContain('东风村茶园提质增效项目：赞成5票，反对0票，弃权1票。');
  });

  it('prints the 组织生活台账 as a landscape register', () => {
    const pdf = print('org-life');
    const { pages, portrait } = info(pdf);
    expect(portrait).toBe(false);
    const text = allPages(pdf, pages).join('');
    expect(text).toContain(ORG);
    expect(text).toContain('2026年度组织生活台账');
    expect(text).toContain('本年度活动统计');
    expect(text).toContain('审核人（书记）');
  });

  it('prints the 民主评议 结果汇总表 and the blank 测评表 on portrait pages', () => {
    const pdf = print('appraisal');
    const { pages, portrait } = info(pdf);
    expect(portrait).toBe(true);
    expect(pageText(pdf, 1)).toContain('2026年度民主评议党员结果汇总表');
    expect(pageText(pdf, 1)).toContain('计票人');
    const last = pageText(pdf, pages);
    expect(last).toContain('2026年度民主评议党员测评表');
    expect(last).toContain('请在相应栏内划√，无记名');
  });

  it('prints one 谈心谈话记录表 per talk, each on its own page', () => {
    const pdf = print('talks');
    const { pages, portrait } = info(pdf);
    expect(portrait).toBe(true);
    expect(pages).toBe(3);
    const texts = allPages(pdf, pages);
    for (const t of texts) {
      expect(t).toContain(ORG);
      expect(t).toContain('谈心谈话记录表');
    }
    expect(texts[2]).toContain('补录');
  });

  it('prints a year without records as one clean page, not an error', () => {
    const pdf = print('meetings', '2024');
    expect(info(pdf).pages).toBe(1);
    expect(pageText(pdf, 1)).toContain('2024年度三会一课记录');
    expect(pageText(pdf, 1)).toContain('本年度暂无记录');
  });
});
