import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { ServiceError } from '../../errors.js';
import type { Raw } from './cells.js';
import { isBlank } from './cells.js';
import { MAX_COLUMNS, MAX_ROWS, type Sheet, type SheetRow } from './sheet.js';

// Excel 95 (BIFF5) and .et files store text in the system code page (GBK on Chinese Windows).
XLSX.set_cptable(cptable);

/**
 * A legacy file (.xls, .et) is read whole into memory by the reader; rosters of a few thousand
 * members are well under 1 MB as .xls, so anything much bigger is refused before parsing.
 */
export const LEGACY_MAX_BYTES = 5 * 1024 * 1024;

const NOT_READABLE = '无法读取该文件：请确认是 Excel 或 WPS 表格文件（.xlsx、.xls、.et）或逗号分隔的 .csv 文件';

/** The byte signature of an OLE2 compound file: Excel 97-2003 .xls and WPS .et. */
function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
}

/**
 * Text files as Chinese Excel saves them: UTF-8 (with or without a BOM), UTF-16 (Unicode
 * text) or, most often, GBK (“CSV (逗号分隔)” on Chinese Windows). Valid UTF-8 is taken as
 * UTF-8; GBK text is almost never valid UTF-8, so what fails is read as GBK.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The reader's number-format helper, which its typings leave untyped. */
const SSF = (XLSX as unknown as { SSF: { is_date(format: string): boolean } }).SSF;

const DAY_MS = 86_400_000;

/** A date-formatted number as the UTC midnight it stands for (Excel's serial day count). */
function serialDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + Math.round(serial * DAY_MS));
}

function cellRaw(cell: XLSX.CellObject | undefined, date1904: boolean): Raw {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? '是' : '否';
    case 'd':
      return cell.v instanceof Date ? cell.v : String(cell.v);
    case 'e':
      return cell.w ?? null;
    case 'n':
      return typeof cell.v === 'number' && typeof cell.z === 'string' && SSF.is_date(cell.z)
        ? serialDate(cell.v, date1904)
        : (cell.v as number);
    default:
      return null;
  }
}

/** The same rows read.ts builds from an .xlsx: merged headers repeat, merged data counts once across. */
function readSheet(name: string, ws: XLSX.WorkSheet, date1904: boolean): Sheet {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const merges = ws['!merges'] ?? [];
  const owner = (r: number, c: number) => merges.find((m) => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c);
  const rows: SheetRow[] = [];
  let columnCount = 0;
  if (data.length > MAX_ROWS)
    throw new ServiceError('VALIDATION', `工作表“${name}”超过 ${MAX_ROWS} 行，请确认选择的是花名册`);
  data.forEach((cells, r) => {
    if (!cells) return;
    const header: Raw[] = [];
    const values: Raw[] = [];
    const last = Math.min(cells.length, MAX_COLUMNS);
    for (let c = 0; c < last; c += 1) {
      const range = owner(r, c);
      const raw = cellRaw(range ? data[range.s.r]?.[range.s.c] : cells[c], date1904);
      header.push(raw);
      values.push(range && range.s.c !== c ? null : raw);
      if (!isBlank(raw)) columnCount = Math.max(columnCount, c + 1);
    }
    const filled = values.flatMap((v, i) => (isBlank(v) ? [] : [i]));
    const only = filled.length === 1 ? owner(r, filled[0] as number) : undefined;
    rows[r] = { number: r + 1, header, data: values, banner: only !== undefined && only.e.c - only.s.c >= 2 };
  });
  for (let i = 0; i < rows.length; i += 1) rows[i] ??= { number: i + 1, header: [], data: [], banner: false };
  return { name, columnCount, rows, date1904 };
}

/**
 * Reads what is not an .xlsx: Excel 97-2003 / WPS (.xls, .et) and text tables (.csv). A CSV's
 * cells stay text (`raw`), so 身份证号 and dates are read by our own rules, never guessed.
 */
export function readLegacyWorkbook(bytes: Buffer): Sheet[] {
  if (bytes.length > LEGACY_MAX_BYTES)
    throw new ServiceError(
      'VALIDATION',
      `文件过大（超过 ${LEGACY_MAX_BYTES / 1024 / 1024} MB），请确认选择的是花名册，或在 Excel 中另存为 .xlsx 后再导入`,
    );
  const options: XLSX.ParsingOptions = { dense: true, cellNF: true, sheetRows: MAX_ROWS + 1 };
  let wb: XLSX.WorkBook;
  try {
    wb = isCompoundFile(bytes)
      ? XLSX.read(bytes, { ...options, type: 'buffer' })
      : XLSX.read(decodeText(bytes), { ...options, type: 'string', raw: true });
  } catch {
    throw new ServiceError('VALIDATION', NOT_READABLE);
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const hidden = new Set((wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
  return wb.SheetNames.filter((n) => !hidden.has(n))
    .flatMap((n) => {
      const ws = wb.Sheets[n];
      return ws ? [readSheet(n, ws, date1904)] : [];
    })
    .filter((s) => s.columnCount > 0);
}
