import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../../../../test/support/temp.js';

/** Test support: builds real .xlsx files the way Excel users leave them. Not used by the app. */
export interface SheetSpec {
  name?: string;
  /** Row 1 first; `undefined` leaves a cell (or with an empty array, a row) empty. */
  rows: (ExcelJS.CellValue | undefined)[][];
  /** Ranges like `A1:N1`, applied after the values are written. */
  merges?: string[];
  /** Column letters whose cells are formatted as text (`@`), as careful users do for ID numbers. */
  textColumns?: string[];
  state?: 'visible' | 'hidden';
}

export function buildWorkbook(sheets: SheetSpec[], options: { date1904?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  sheets.forEach((spec, i) => {
    const ws = wb.addWorksheet(spec.name ?? `Sheet${i + 1}`, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const col of spec.textColumns ?? []) ws.getColumn(col).numFmt = '@';
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  });
  return wb;
}

/** Writes the workbook to a file under the system temp dir and returns the file and its base64. */
export async function xlsxFile(
  sheets: SheetSpec[] | SheetSpec,
  options: { date1904?: boolean; dir?: string; name?: string } = {},
): Promise<{ path: string; base64: string; cleanup: () => void }> {
  const wb = buildWorkbook(Array.isArray(sheets) ? sheets : [sheets], options);
  const own = options.dir ? null : tempDir('zhibu-xlsx-');
  const path = join(options.dir ?? (own as { dir: string }).dir, options.name ?? 'roster.xlsx');
  await wb.xlsx.writeFile(path);
  return { path, base64: readFileSync(path).toString('base64'), cleanup: () => own?.cleanup() };
}

/** Just the base64 of a generated file, its temp folder already removed. */
export async function xlsxBase64(
  sheets: SheetSpec[] | SheetSpec,
  options: { date1904?: boolean } = {},
): Promise<string> {
  const f = await xlsxFile(sheets, options);
  f.cleanup();
  return f.base64;
}

/** Every row of every table, in a stable order (by the leading columns: some tables have no rowid). */
export function dumpDatabase(sqlite: { prepare(sql: string): { all(): unknown[] } }): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) dump[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all();
  return JSON.stringify(dump);
}
