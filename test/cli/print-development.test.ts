import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { openInstallation } from '../../electron/services/installation.js';
import {
  DEV_FIXTURE_TODAY,
  seedDevelopmentYear,
  type DevFixture,
} from '../../electron/services/ledgers/developmentFixture.js';
import { tempDir } from '../support/temp.js';
import { pdfInfo, pdfText, printLedger } from './pdf.js';

let dir: string;
let db: string;
let cleanup: () => void;
let fx: DevFixture;

/** A branch's development pipeline written in-process through the contract, then printed by the real CLI. */
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('zhibu-print-development-'));
  db = join(dir, 'branch.sqlite');
  const inst = await openInstallation(db, { clock: fixedClock(DEV_FIXTURE_TODAY), nodeId: '0123456789abcdef' });
  try {
    fx = await seedDevelopmentYear(inst.ctx);
  } finally {
    await inst.close();
  }
});
afterAll(() => cleanup());

const ORG = '中共东风村支部委员会';

const print = (ledger: string, year = '2026', extra: string[] = []) => printLedger(dir, db, ledger, year, extra);
const info = pdfInfo;
const text = (pdf: string) => pdfText(pdf);

describe('zhibu print: the 发展党员 ledgers', () => {
  it('prints the 发展党员工作台账 on one landscape page, a row per person', () => {
    const pdf = print('development');
    expect(info(pdf)).toEqual({ pages: 1, portrait: false });
    const t = text(pdf);
    for (const s of [ORG, '2026年度发展党员工作台账', '入党申请', '预备期和转正', '备注', '陈晓燕', '赵磊'])
      expect(t).toContain(s);
    expect(t).toContain('突击发展');
    expect(t).toContain('延长预备期');
    expect(t).not.toContain('钱明');
    expect(t).toContain('第1页共1页');
  });

  it('prints one person’s 全程纪实表 on exactly five portrait pages, one per stage', () => {
    const pdf = print('development-record', '2026', ['--person', fx.ids['赵磊'] ?? '']);
    expect(info(pdf)).toEqual({ pages: 5, portrait: true });
    const pages = [1, 2, 3, 4, 5].map((p) =>
      execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    );
    const stages = ['第一阶段', '第二阶段', '第三阶段', '第四阶段', '第五阶段'];
    pages.forEach((t, i) => {
      for (const s of [ORG, '发展党员全程纪实表', '姓名：赵磊', stages[i] ?? '', '组织委员：']) expect(t).toContain(s);
    });
    expect(pages[2]).toContain('突击发展');
  });

  it(
    'prints everyone’s 全程纪实表 one after the other, each person’s pages numbered on their own',
    { timeout: 180_000 },
    () => {
      const pdf = print('development-record');
      expect(info(pdf)).toEqual({ pages: 30, portrait: true });
      const t = text(pdf);
      for (const name of ['周丽', '陈晓燕', '吴刚', '赵磊', '孙悦', '郑浩']) expect(t).toContain(`姓名：${name}`);
      // Five pages a person: page 7 is the second of the second person's record, not 7 of 30.
      const page7 = pdfText(pdf, 7);
      expect(page7).toContain('第2页共5页');
      expect(page7).not.toContain('共30页');
    },
  );

  it('prints the 积极分子 and 发展对象 lists, each on its own landscape page', () => {
    const pdf = print('development-lists');
    expect(info(pdf)).toEqual({ pages: 2, portrait: false });
    const first = execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(first).toContain(ORG);
    expect(first).toContain('2026年度入党积极分子花名册');
    expect(first).toContain('孙悦');
    expect(first).not.toContain('赵磊');
    const second = execFileSync('pdftotext', ['-f', '2', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(second).toContain('2026年度发展对象名册');
    expect(second).toContain('赵磊');
    // Headings and the two 介绍人 wrap within their cells: pdftotext interleaves the lines.
    for (const s of ['政审情况', '集中培训', '王建国', '李秀英']) expect(second).toContain(s);
  });

  it('refuses --person for the other ledgers', () => {
    const r = spawnSync(
      process.execPath,
      [
        'scripts/zhibu.mjs',
        'print',
        'development',
        '--db',
        db,
        '--person',
        fx.ids['赵磊'] ?? '',
        '--out',
        join(dir, 'x.pdf'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--person 只用于打印发展党员全程纪实表');
  });

  it('prints a year without development work as one clean page, not an error', { timeout: 120_000 }, () => {
    for (const ledger of ['development', 'development-record', 'development-lists']) {
      const pdf = print(ledger, '2020');
      expect(info(pdf).pages).toBe(1);
      expect(text(pdf)).toContain('本年度暂无记录');
    }
  });
});
