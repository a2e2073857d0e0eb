import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_CATALOGUE } from '../../electron/api/ledgers.js';
import { tempDir } from '../support/temp.js';
import { pdfInfo, pdfText } from './pdf.js';
import { zhibu } from '../support/cli.js';

/** One page laid out as printed, without whitespace: its last line is the ledger's footer. */
const layoutText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('zhibu-print-yearbook-'));
});
afterAll(() => cleanup());

/** Ledgers whose first page is headed by their first table rather than by their own name. */
const FIRST_HEADING: Record<string, string> = {
  三会一课记录: '三会一课登记表',
  民主评议党员结果表: '民主评议党员结果汇总表',
  党费收缴公示: '党费收缴情况公示',
  入党积极分子和发展对象名册: '入党积极分子花名册',
};

/** The 目录's lines as pdftotext lays them out: `3. 党员组织关系转接登记表 ...... 8`. */
function contents(pdf: string): { title: string; page: number }[] {
  const text = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  return text.split('\n').flatMap((line) => {
    const m = /^\s*\d+\.\s*(\S+)\s+(\d+)\s*$/.exec(line);
    return m ? [{ title: m[1] ?? '', page: Number(m[2]) }] : [];
  });
}

describe('zhibu print yearbook', () => {
  it('prints cover, 目录 and every ledger of the year, each starting on the page the 目录 names', () => {
    const db = join(dir, 'demo.sqlite');
    expect(zhibu(['demo', '--db', db, '--members', '30', '--seed', '5'])).toMatchObject({ code: 0, err: '' });
    const pdf = join(dir, 'yearbook.pdf');
    expect(zhibu(['print', 'yearbook', '--db', db, '--year', '2026', '--out', pdf])).toMatchObject({
      code: 0,
      err: '',
    });

    const { pages } = pdfInfo(pdf);
    const cover = pdfText(pdf, 1);
    expect(cover).toContain('2026年度党支部工作手册');
    expect(cover).toMatch(/支部名称：中共\S+支部委员会/);
    expect(cover).toMatch(/书记：\S+2026年/);

    const toc = contents(pdf);
    expect(toc.map((e) => e.title)).toEqual(LEDGER_CATALOGUE.map((l) => l.title));
    // Cover and a one-page 目录 come first; each ledger takes at least one page.
    expect(toc[0]?.page).toBe(3);
    toc.forEach((entry, i) => {
      const next = toc[i + 1]?.page ?? pages + 1;
      expect(next).toBeGreaterThan(entry.page);
      const first = layoutText(pdf, entry.page);
      expect(first, entry.title).toContain(FIRST_HEADING[entry.title] ?? entry.title);
      // The handbook's number in the corner, then the ledger's own footer, which starts at 1
      // (the 纪实表 numbers each person's pages on their own, so its first person's count shows).
      const own = entry.title === '发展党员全程纪实表' ? '\\d+' : String(next - entry.page);
      expect(first, entry.title).toMatch(new RegExp(`${entry.page}第1页共${own}页$`));
      // The page before is the last page of the ledger before.
      if (i > 0)
        expect(layoutText(pdf, entry.page - 1), entry.title).toMatch(new RegExp(`${entry.page - 1}第(\\d+)页共\\1页$`));
    });
    // Some ledgers run over several pages, so the numbers are counted, not assumed.
    expect(toc.some((e, i) => (toc[i + 1]?.page ?? pages + 1) - e.page > 1)).toBe(true);
  }, 300_000);

  it('asks for the year', () => {
    const r = zhibu(['print', 'yearbook', '--db', join(dir, 'demo.sqlite'), '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('缺少参数 --year');
  });
});
