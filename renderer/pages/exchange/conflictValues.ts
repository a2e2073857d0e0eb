import { TABLE_LABELS } from '../../../electron/api/tables.js';
import { fieldLabel, isFlag, isShownField, objectText, readableValue } from '../../components/recordFields.js';

/** Links by internal id say nothing to a reader comparing versions; nor does the bookkeeping. */
function hidden(column: string): boolean {
  return !isShownField(column) || ['deleted_at', 'sort_order'].includes(column) || column.endsWith('_id');
}

/** Blank, or a switch that is off: nothing someone wrote. */
function empty(column: string, value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === '[]' || (isFlag(column) && !value);
}

function showValue(table: string, column: string, value: unknown): string {
  const readable = readableValue(table, column, value);
  if (readable !== undefined) return readable;
  if (typeof value === 'string') return objectText(value) ?? value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * The other version's filled-in values as label/value pairs, named as the forms and the 操作记录
 * name them. Empty fields are left out: the reader is looking for what someone wrote, and a full
 * row of blanks hides it.
 */
export function lostValues(table: string, lost: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(lost)
    .filter(([column, value]) => !hidden(column) && !empty(column, value))
    .map(([column, value]) => ({ label: fieldLabel(table, column), value: showValue(table, column, value) }));
}

/** A few words that say which record it is: its name or title when it has one. */
export function recordCaption(table: string, lost: Record<string, unknown>): string {
  const label = TABLE_LABELS[table] ?? table;
  const named = [lost.name, lost.title, lost.motion, lost.problem].find((v) => typeof v === 'string' && v !== '');
  return typeof named === 'string' ? `${label} · ${named}` : label;
}
