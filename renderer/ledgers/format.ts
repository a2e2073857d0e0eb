/**
 * How values look on paper. Dates use the dotted form (2024.07.01, 出生年月 1970.05) everywhere:
 * it is what 党员信息采集表 and county rosters use, and it fits narrow table columns.
 */

/** Printed in place of a missing value: inspectors read a blank cell as "not filled in". */
export const EMPTY = '—';

export type PrintValue = string | number | null | undefined;

/** The text a cell prints: the value, or `—` when there is nothing to show. */
export function orDash(value: PrintValue): string {
  if (value === null || value === undefined) return EMPTY;
  const text = String(value).trim();
  return text === '' ? EMPTY : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2024-07-01` → `2024.07.01`; missing or malformed → `—`. */
export function formatDate(iso: string | null | undefined): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? `${m[1]}.${m[2]}.${m[3]}` : EMPTY;
}

/**
 * Whether a printed value is a date (2024.07.01, 1970.05, 2024年7月1日, or a range of them):
 * such a cell never breaks across lines, which would read as two values.
 */
export function isDateText(text: string): boolean {
  return /^(\d{4}\.\d{2}(\.\d{2})?|\d{4}年\d{1,2}月(\d{1,2}日)?)([–—~至-](\d{4}\.)?\d{2}(\.\d{2})?)?$/.test(
    text.trim(),
  );
}

/** Joins class names, leaving out the empty ones. */
export function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** `1970-05-12` or `1970-05` → `1970.05` (出生年月). */
export function formatMonth(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}.${m[2]}` : EMPTY;
}

/** `2026-11-23` → `2026年11月23日`, as titles write a date (截至 …); missing → `—`. */
export function formatChineseDate(iso: string | null | undefined): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : EMPTY;
}

/** `2026-09-20` → `2026年9月`, as a record's title names its month. */
export function formatChineseMonth(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月` : EMPTY;
}

/** A meeting's 时间: `2026年9月20日 09:00至11:00`, or as much of it as was recorded. */
export function formatTimeRange(heldOn: string, start: string, end: string): string {
  const day = formatChineseDate(heldOn);
  if (start && end) return `${day} ${start}至${end}`;
  if (start) return `${day} ${start}`;
  return day;
}

/** Windows refuses these characters and names in file names; USB sticks often carry FAT/NTFS. */
const UNSAFE_FILE_CHARS = /[<>:"/\\|?*]/g;
const RESERVED_WINDOWS_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name that saves on Windows, macOS and Linux alike, keeping the Chinese text. */
export function safeFileName(base: string, extension: string): string {
  const printable = [...base].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  let name = printable.replace(UNSAFE_FILE_CHARS, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/[. ]+$/, '');
  if (name === '') name = '台账';
  else if (RESERVED_WINDOWS_NAME.test(name)) name = `台账_${name}`;
  // Leave room for a path prefix under Windows' 260-character limit.
  return `${name.slice(0, 120)}.${extension}`;
}
