import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExcelFile } from '../../electron/api/memberImport.js';
import {
  OFFICE_REPORT_TITLES,
  OFFICE_REPORTS,
  type OfficeBranches,
  type StructureStats,
} from '../../electron/api/office.js';
import { formatYuan } from '../../electron/api/money.js';
import { pdfInfo, pdfText, printLedger } from '../cli/pdf.js';
import { tempDir } from '../support/temp.js';
import { demoCounty, TODAY } from './county.js';

type County = Awaited<ReturnType<typeof demoCounty>>;

describe('office reports and exports', () => {
  let county: County;
  let stats: StructureStats;
  let branches: OfficeBranches;
  beforeAll(async () => {
    county = await demoCounty(2, 23);
    stats = await county.o.ok<StructureStats>('office.structure', { asOf: TODAY, year: 2026, branches: null });
    await county.o.ok('office.refresh', { limit: 10 });
    branches = await county.o.ok<OfficeBranches>('office.branches', {});
  }, 120_000);
  afterAll(() => county.dispose());

  it('previews each report with every branch and the county total', async () => {
    for (const report of OFFICE_REPORTS) {
      const r = await county.o.ok<{ title: string; html: string }>('office.report', { report, year: 2026 });
      expect(r.title).toBe(OFFICE_REPORT_TITLES[report]);
      expect(r.html).toContain(`2026年度${OFFICE_REPORT_TITLES[report]}`);
      for (const b of county.built) expect(r.html, report).toContain(b.name);
      expect(r.html).toContain('合计');
    }
    const dues = await county.o.ok<{ html: string }>('office.report', { report: 'office-dues', year: 2026 });
    const collected = branches.rows.reduce((n, r) => n + (r.status?.dues.collected ?? 0), 0);
    expect(collected).toBeGreaterThan(0);
    expect(dues.html).toContain(formatYuan(collected));
    const structure = await county.o.ok<{ html: string }>('office.report', { report: 'office-structure', year: 2026 });
    expect(structure.html).toContain(`>${stats.total.total}<`);
  });

  it('exports every statistics table to one workbook whose figures are the statistics', async () => {
    const file = await county.o.ok<ExcelFile>('office.statsExport', { asOf: TODAY, year: 2026, branches: null });
    expect(file.fileName).toBe(`党员统计-截至${TODAY}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '党员队伍结构',
      ...stats.breakdowns.map((b) => `按${b.title}`),
      '组织生活',
      '党费',
    ]);
    const structure = wb.getWorksheet('党员队伍结构');
    const totalRow = structure?.getRow(4 + stats.perBranch.length);
    expect(totalRow?.getCell(1).value).toBe('合计');
    expect(totalRow?.getCell(2).value).toBe(stats.total.total);
    const gender = wb.getWorksheet('按性别');
    expect(gender?.getRow(4).values).toEqual([
      undefined,
      '男',
      stats.total.total - stats.total.female,
      expect.stringMatching(/%$/),
    ]);
    const dues = wb.getWorksheet('党费');
    const first = branches.rows.find((r) => r.name === dues?.getRow(4).getCell(1).value);
    expect(dues?.getRow(4).getCell(3).value).toBe((first?.status?.dues.collected ?? -1) / 100);
  });

  it('prints the reports and the structure statistics from the command line', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const report of OFFICE_REPORTS) {
        const pdf = printLedger(dir, county.office.path, report);
        expect(pdfInfo(pdf), report).toMatchObject({ pages: 1 });
        const text = pdfText(pdf);
        expect(text).toContain(`2026年度${OFFICE_REPORT_TITLES[report]}`);
        for (const b of county.built) expect(text, report).toContain(b.name);
      }
      expect(pdfInfo(printLedger(dir, county.office.path, 'office-development'))).toMatchObject({ portrait: false });
      const r = spawnSync(
        process.execPath,
        ['scripts/zhibu.mjs', 'stats', '--db', county.office.path, '--year', '2025'],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(0);
      const json = JSON.parse(r.stdout) as StructureStats;
      expect(json).toMatchObject({ asOf: '2025-12-31', year: 2025, branches: 2 });
    } finally {
      cleanup();
    }
  }, 600_000);
});
