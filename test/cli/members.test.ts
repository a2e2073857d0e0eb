import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { xlsxFile } from '../../electron/services/members/import/sheets.testkit.js';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-members-'));
});
afterEach(() => cleanup());

const db = () => join(dir, 'branch.sqlite');
const init = () =>
  expect(zhibu(['init', '--db', db(), '--role', 'branch', '--name', '东风村党支部', '--code', 'DF001']).code).toBe(0);
const counts = () => (JSON.parse(zhibu(['info', '--db', db()]).out) as { counts: Record<string, number> }).counts;

const id = (birth: string, seq: number, gender: 'male' | 'female' = 'male') =>
  buildIdNumber('420527', birth, seq, gender);
const HEAD = ['姓名', '性别', '民族', '身份证号', '入党时间', '转正时间', '党小组'];
const GOOD = [
  ['周明', '男', '汉', id('1966-05-18', 11), '1992.07.01', '1993.07.01', '第一党小组'],
  ['吴红梅', '', '汉族', id('1971-09-02', 12, 'female'), '1998.06.30', '1999.06.30', '第一党小组'],
];
const BAD = ['马俊', '男', '回族', '42052719850707049', '2010.05.04', '2011.05.04', ''];

async function roster(name: string, rows: unknown[][]): Promise<string> {
  return (
    await xlsxFile(
      { rows: [['东风村党支部党员花名册'], HEAD, ...(rows as never[][])], merges: ['A1:G1'] },
      { dir, name },
    )
  ).path;
}

describe('zhibu members import', () => {
  it(
    'prints one line per row with its notes, imports, and then shows the members as already there',
    { timeout: 120_000 },
    async () => {
      init();
      const file = await roster('good.xlsx', GOOD);
      const r = zhibu(['members', 'import', '--db', db(), file]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('工作表“Sheet1”，表头在第 2 行');
      expect(r.out).toContain('第 3 行  周明  ✓ 可导入');
      expect(r.out).toContain('      · 民族“汉”按“汉族”记');
      expect(r.out).toContain('共 2 行：可导入 2，未通过 0，已存在 0；跳过空行或重复表头 0 行');
      expect(r.out).toContain('已导入 2 名党员');
      expect(r.out).toContain('已新建党小组：第一党小组');
      expect(counts().member).toBe(2);

      const again = zhibu(['members', 'import', '--db', db(), file]);
      expect(again.code).toBe(0);
      expect(again.out).toContain('第 4 行  吴红梅  = 已存在（重复）');
      expect(counts().member).toBe(2);
    },
  );

  it('imports a GBK .csv as Chinese Excel saves it', { timeout: 120_000 }, () => {
    init();
    const r = zhibu(['members', 'import', '--db', db(), 'test/fixtures/roster-gbk.csv']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('第 2 行  王建国  ✓ 可导入');
    expect(r.out).toContain('已导入 4 名党员');
    expect(counts().member).toBe(4);
  });

  it('writes nothing and fails when a row is rejected, unless told to skip it', { timeout: 120_000 }, async () => {
    init();
    const before = counts();
    const file = await roster('bad.xlsx', [...GOOD, BAD]);
    const r = zhibu(['members', 'import', '--db', db(), file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('第 5 行  马俊  ✗ 未通过：公民身份号码应为 18 位');
    expect(r.err).toMatch(/^错误：有 1 行未通过检查，未导入任何数据/);
    expect(counts()).toEqual(before);

    const skip = zhibu(['members', 'import', '--db', db(), file, '--skip-rejected']);
    expect(skip.code).toBe(0);
    expect(skip.out).toContain('已导入 2 名党员，跳过未通过的 1 行');
    expect(counts().member).toBe(2);
  });

  it('only checks with --dry-run, failing when a row is rejected', { timeout: 120_000 }, async () => {
    init();
    const before = counts();
    const good = zhibu(['members', 'import', '--db', db(), await roster('good.xlsx', GOOD), '--dry-run']);
    expect(good.code).toBe(0);
    expect(good.out).toContain('仅检查，未写入任何数据');
    const bad = zhibu(['members', 'import', '--db', db(), await roster('bad.xlsx', [BAD]), '--dry-run']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('有 1 行未通过检查（仅检查，未写入任何数据）');
    expect(counts()).toEqual(before);
    expect(zhibu(['members', 'import', '--db', db()]).err).toContain('请指定要导入的 Excel 文件');
  });
});

describe('zhibu members export', () => {
  it('writes the roster to .xlsx and will not overwrite a file', { timeout: 120_000 }, async () => {
    init();
    expect(zhibu(['members', 'import', '--db', db(), await roster('good.xlsx', GOOD)]).code).toBe(0);
    const out = join(dir, 'roster-out.xlsx');
    const r = zhibu(['members', 'export', '--db', db(), '--out', out]);
    expect(r.err).toBe('');
    expect(r.out).toContain(`已导出 ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').value).toBe('东风村党支部党员花名册');
    expect([ws?.getCell('B4').value, ws?.getCell('B5').value]).toEqual(['周明', '吴红梅']);
    expect(zhibu(['members', 'export', '--db', db(), '--out', out]).err).toContain('不会覆盖');
    expect(
      zhibu(['members', 'export', '--db', db(), '--out', join(dir, 'x.xlsx'), '--scope', 'everyone']).err,
    ).toContain('--scope 只能是');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
