import ExcelJS from 'exceljs';
import { ServiceError } from '../../errors.js';
import { isBlank, rawValue, type Raw } from './cells.js';
import { readLegacyWorkbook } from './legacy.js';
import { MAX_COLUMNS, MAX_ROWS, type Sheet, type SheetRow } from './sheet.js';
import { checkXlsxLimits } from './zipLimits.js';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(ref: string): Range | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  return {
    left: columnNumber(m[1] as string),
    top: Number(m[2]),
    right: columnNumber(m[3] as string),
    bottom: Number(m[4]),
  };
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): Sheet {
  const merges = (ws.model.merges ?? []).map(parseRange).filter((r): r is Range => r !== null);
  const owner = (row: number, col: number) =>
    merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const rows: SheetRow[] = [];
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > MAX_ROWS)
      throw new ServiceError('VALIDATION', `工作表“${ws.name}”超过 ${MAX_ROWS} 行，请确认选择的是花名册`);
    const header: Raw[] = [];
    const data: Raw[] = [];
    const last = Math.min(row.cellCount, MAX_COLUMNS);
    for (let col = 1; col <= last; col += 1) {
      const raw = rawValue(row.getCell(col).value);
      const range = owner(number, col);
      header.push(raw);
      data.push(range && range.left !== col ? null : raw);
      if (!isBlank(raw)) columnCount = Math.max(columnCount, col);
    }
    const filled = data.flatMap((v, i) => (isBlank(v) ? [] : [i + 1]));
    const only = filled.length === 1 ? owner(number, filled[0] as number) : undefined;
    rows[number - 1] = { number, header, data, banner: only !== undefined && only.right - only.left >= 2 };
  });
  for (let i = 0; i < rows.length; i += 1) rows[i] ??= { number: i + 1, header: [], data: [], banner: false };
  return { name: ws.name, columnCount, rows, date1904 };
}

export type { Sheet, SheetRow } from './sheet.js';

/**
 * Loads a roster file and returns its visible worksheets that contain anything, in workbook
 * order. An .xlsx (a zip, whatever its name) goes to ExcelJS; .xls, .et and .csv to the legacy reader.
 */
export async function readWorkbook(base64: string): Promise<Sheet[]> {
  const zip = Buffer.from(base64, 'base64');
  if (zip.length < 4 || zip.readUInt32LE(0) !== 0x04034b50) return readLegacyWorkbook(zip);
  // Before Excel's parser, which inflates everything in memory: a zip bomb is refused here.
  await checkXlsxLimits(zip);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(zip as unknown as ExcelJS.Buffer);
  } catch {
    throw new ServiceError('VALIDATION', '无法读取该文件：请确认是 Excel 的 .xlsx 文件，且文件没有损坏');
  }
  const date1904 = wb.properties.date1904 === true;
  return wb.worksheets
    .filter((ws) => ws.state === 'visible' || ws.state === undefined)
    .map((ws) => readSheet(ws, date1904))
    .filter((s) => s.columnCount > 0);
}
