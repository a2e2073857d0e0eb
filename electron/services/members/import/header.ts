import type { ImportColumn, ImportField } from '../../../api/memberImport.js';
import { ServiceError } from '../../errors.js';
import { matchHeader, type HeaderMatch } from './aliases.js';
import { rawText } from './cells.js';
import type { Sheet } from './read.js';

/** Titles, notes and two-row headers sit above the real header; it is always near the top. */
const SEARCH_ROWS = 15;
const MIN_KNOWN = 3;

export type Mapping = Record<string, ImportField | null> | undefined;

export interface Layout {
  sheet: Sheet;
  headerRow: number;
  columns: ImportColumn[];
}

function headerText(sheet: Sheet, row: number, col: number): string {
  return rawText(sheet.rows[row - 1]?.header[col - 1] ?? null);
}

/**
 * A column's header read on row `row`: for a two-row header the parent above joined with it
 * (“联系” + “电话”) when that is a known header, else its own text, or the parent alone when
 * the cell under it is empty.
 */
function readColumn(sheet: Sheet, row: number, col: number): { header: string; match: HeaderMatch } {
  const own = headerText(sheet, row, col);
  const parent = row > 1 ? headerText(sheet, row - 1, col) : '';
  const candidates = own ? [...(parent && parent !== own ? [parent + own] : []), own] : parent ? [parent] : [];
  for (const text of candidates) {
    const match = matchHeader(text);
    if (match.known) return { header: text, match };
  }
  return { header: own, match: { known: false } };
}

function readRow(sheet: Sheet, row: number) {
  const cols = Array.from({ length: sheet.columnCount }, (_, i) => readColumn(sheet, row, i + 1));
  const fields = new Set(cols.flatMap((c) => (c.match.known && c.match.field ? [c.match.field] : [])));
  const ignored = cols.filter((c) => c.match.known && c.match.field === null).length;
  return { cols, score: fields.has('name') ? fields.size + ignored : 0 };
}

/** Gives each field to one column: the user's choices first, then the automatic ones left to right. */
function assign(auto: (ImportField | null)[], mapping: Mapping): (ImportField | null)[] {
  const explicit = new Map(Object.entries(mapping ?? {}).map(([k, v]) => [Number(k), v]));
  const taken = new Set<ImportField>();
  const result: (ImportField | null)[] = auto.map(() => null);
  const give = (index: number, field: ImportField | null) => {
    if (field && !taken.has(field)) {
      result[index] = field;
      taken.add(field);
    }
  };
  auto.forEach((_, i) => explicit.has(i + 1) && give(i, explicit.get(i + 1) ?? null));
  auto.forEach((field, i) => !explicit.has(i + 1) && give(i, field));
  return result;
}

/** The header row of a sheet: the row near the top with the most known headers, including 姓名. */
export function findHeader(sheet: Sheet): { row: number; cols: ReturnType<typeof readRow>['cols'] } | null {
  let best: { row: number; score: number; cols: ReturnType<typeof readRow>['cols'] } | null = null;
  for (let row = 1; row <= Math.min(SEARCH_ROWS, sheet.rows.length); row += 1) {
    const r = readRow(sheet, row);
    // On a tie the earlier row wins: a header repeated further down is data, not the header.
    if (r.score >= MIN_KNOWN && (!best || r.score > best.score)) best = { row, ...r };
  }
  return best && { row: best.row, cols: best.cols };
}

/** The first sheet with a recognisable header, and how its columns map to roster fields. */
export function layout(sheets: Sheet[], mapping: Mapping): Layout {
  for (const sheet of sheets) {
    const found = findHeader(sheet);
    if (!found) continue;
    const auto = found.cols.map((c) => (c.match.known ? c.match.field : null));
    const fields = assign(auto, mapping);
    const columns = found.cols.map((c, i) => ({ index: i + 1, header: c.header, field: fields[i] ?? null }));
    return { sheet, headerRow: found.row, columns };
  }
  const message =
    sheets.length === 0
      ? '文件中没有内容：工作表都是空的'
      : `没有找到花名册的表头：前 ${SEARCH_ROWS} 行中应有一行包含“姓名”“身份证号”“入党时间”等列名`;
  throw new ServiceError('VALIDATION', message);
}
