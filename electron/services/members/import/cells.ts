import type { CellValue } from 'exceljs';

/** What a cell holds once Excel's wrappers (rich text, formulas, links) are peeled off. */
export type Raw = string | number | Date | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richText(v: unknown): string | null {
  if (!isObject(v) || !Array.isArray(v.richText)) return null;
  return (v.richText as unknown[]).map((r) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
}

/** Peels a cell value down to text, number or date; a formula counts as its last computed result. */
export function rawValue(value: CellValue | undefined): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  const rich = richText(value);
  if (rich !== null) return rich;
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? rawValue(value.result) : null;
  if ('hyperlink' in value) return rawValue(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Full-width digits, Latin letters and the ideographic space become half-width; other
 * full-width marks (（），) are proper Chinese punctuation and stay.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Half-width, single spaces, no line breaks, trimmed: how any text cell is read. */
export function cleanText(text: string): string {
  return halfWidth(text).replace(/\s+/g, ' ').trim();
}

/** Full-width forms of the marks used in dates, phone and ID numbers (．－／). */
export function halfWidthMarks(text: string): string {
  return text.replace(/[\uFF0D\uFF0E\uFF0F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A number as its plain digits (no exponent), as a long number would be shown to the user. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return BigInt(n).toString();
  return String(n);
}

/** The cell as plain text for a text field; dates as YYYY-MM-DD. */
export function rawText(raw: Raw): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return numberText(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return cleanText(raw);
}

export function isBlank(raw: Raw): boolean {
  return rawText(raw) === '';
}
