import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('zhibu-print-roster-'));
});
afterAll(() => cleanup());

/** One page's text without whitespace: pdftotext drops the narrow spaces around page numbers. */
const pdfText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');

describe('zhibu print roster', () => {
  it('prints a 60-member 党员花名册 as a multi-page landscape A4 register', () => {
    const db = join(dir, 'demo.sqlite');
    expect(zhibu(['demo', '--db', db, '--members', '60', '--seed', '3'])).toMatchObject({ code: 0, err: '' });
    const org = (JSON.parse(zhibu(['info', '--db', db]).out) as { organization: { name: string } }).organization.name;

    const pdf = join(dir, 'roster.pdf');
    const r = zhibu(['print', 'roster', '--db', db, '--out', pdf]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);

    const first = pdfText(pdf, 1);
    expect(first).toContain(org.replace(/\s+/g, ''));
    expect(first).toContain('党员花名册');
    expect(first).toContain('截至');
    expect(first).toContain('填报单位（盖章）');
    expect(first).toContain(`第1页共${pages}页`);
    const second = pdfText(pdf, 2);
    // The table header repeats at the top of every page.
    for (const heading of ['序号', '姓名', '入党时间', '工作单位及职务', '联系电话', '备注'])
      expect(second).toContain(heading);
    expect(second).toContain(`第2页共${pages}页`);
    expect(pdfText(pdf, pages)).toContain('审核人（书记）');
  });

  it('names every printable ledger when none or an unknown one is asked for', () => {
    const r = zhibu(['print', 'nonsense', '--db', join(dir, 'demo.sqlite'), '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    for (const id of ['branch', 'roster', 'transfers', 'mobile']) expect(r.err).toContain(id);
  });
});
