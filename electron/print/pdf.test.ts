/**
 * Prints a real ledger with the machine's Chromium and reads the PDF back with poppler.
 * Needs chromium and poppler-utils (CI installs both): a missing tool fails the test, it never
 * skips it, so a green run always means a PDF was really made.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../renderer/ledgers/components/DataTable.js';
import { renderDocument } from '../../renderer/ledgers/components/Document.js';
import { renderLedger } from '../../renderer/ledgers/index.js';
import { sampleBranchData } from '../../renderer/ledgers/testData.js';
import { createChromiumPrinter, findBrowser, NO_BROWSER_MESSAGE, type ChromiumPrinter } from './chromium.js';

function requireBrowser(): string {
  const found = findBrowser();
  if (!found) throw new Error(`${NO_BROWSER_MESSAGE}（测试需要 Chromium：apt-get install chromium）`);
  return found;
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    throw new Error(
      `${tool} failed (install poppler-utils): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

describe('Chromium printer', () => {
  let printer: ChromiumPrinter;
  let dir: string;

  beforeAll(() => {
    printer = createChromiumPrinter(requireBrowser());
    dir = mkdtempSync(join(tmpdir(), 'zhibu-pdf-'));
  });

  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function print(
    name: string,
    html: string,
    landscape: boolean,
  ): Promise<{ bytes: Uint8Array; info: string; text: string }> {
    const bytes = await printer(html, { landscape, headerLeft: '中共城关镇东风村支部委员会', headerRight: '2026年度' });
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return { bytes, info: run('pdfinfo', [file]), text: run('pdftotext', ['-layout', file, '-']) };
  }

  it('prints the branch ledger as one A4 portrait page with header and page numbers', async () => {
    const { bytes, info, text } = await print('branch.pdf', renderLedger(sampleBranchData()).html, false);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(text).toContain('中共城关镇东风村支部委员会');
    expect(text).toContain('党支部基本情况登记表');
    expect(text).toContain('2026年度');
    expect(text).toContain('李秀英');
    // pdftotext drops the narrow spaces around the numbers.
    expect(text.replace(/\s+/g, '')).toContain('第1页共1页');
  });

  it('reuses its browser for a landscape register, repeating the table header on every page', async () => {
    type Row = { name: string };
    const rows: Row[] = Array.from({ length: 60 }, (_, i) => ({ name: `党员${i + 1}` }));
    const table = createElement(DataTable<Row>, {
      columns: [
        { key: 'no', title: '序号', render: (_r, i) => i + 1 },
        { key: 'name', title: '姓名', width: 4, render: (r) => r.name },
      ],
      rows,
      rowKey: (r) => r.name,
    });
    const { info, text } = await print(
      'landscape.pdf',
      renderDocument({ title: '横向', orientation: 'landscape', children: table }),
      true,
    );
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toMatch(/序号\s+姓名/);
      expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pages.length}页`);
    });
    expect(text).toContain('党员60');
  });

  it('starts the browser again after close()', async () => {
    await printer.close();
    const { info } = await print('again.pdf', renderLedger(sampleBranchData()).html, false);
    expect(info).toMatch(/Pages:\s+1\n/);
  });
});
