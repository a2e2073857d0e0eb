import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Prints one ledger with the `zhibu` bin as a user would; returns the PDF's path. */
export function printLedger(dir: string, db: string, ledger: string, year = '2026', extra: string[] = []): string {
  const out = join(dir, `${ledger}-${year}-${extra.join('_').replace(/[^\w]/g, '')}.pdf`);
  const r = spawnSync(
    process.execPath,
    ['scripts/zhibu.mjs', 'print', ledger, '--db', db, '--year', year, ...extra, '--out', out],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return out;
}

/** Page count and orientation, read with poppler's pdfinfo; every page must be A4. */
export function pdfInfo(pdf: string): { pages: number; portrait: boolean } {
  const text = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(text);
  expect(size).not.toBeNull();
  return { pages: Number(/Pages:\s+(\d+)/.exec(text)?.[1]), portrait: Number(size?.[1]) < Number(size?.[2]) };
}

/** Text without whitespace: pdftotext spaces CJK text and page numbers unpredictably. */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
