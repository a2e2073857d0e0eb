import type { PrintValue } from './format.js';

/**
 * One column of a printed table. Ledgers declare their default columns in this form; users
 * may rename, hide and reorder them per ledger (LEDGERS.md), saved as a list of overrides.
 */
export interface ColumnSpec<Row> {
  /** Stable identifier, used by saved overrides: never rename a key once shipped. */
  key: string;
  /** Default heading. */
  title: string;
  /** Relative width (default 1): widths are shared out among the columns that remain visible. */
  width?: number;
  /**
   * Free text that wraps well (工作单位, 备注) may narrow down to this width when the user turns on
   * more columns than the page holds, so dates and numbers keep their room. Same unit as width;
   * without it the column keeps its share.
   */
  minWidth?: number;
  /** Amounts align right, so their decimal points line up down the column. */
  align?: 'left' | 'center' | 'right';
  /**
   * A heading over this and the neighbouring columns of the same group (各月实交 over 1月…12月):
   * the table then prints a two-row header, the ungrouped headings spanning both rows.
   */
  group?: string;
  /** Hidden unless the user turns it on (e.g. 身份证号码, for privacy). */
  hidden?: boolean;
  /**
   * Filled in by hand on the printed sheet (签到, a ballot's tick boxes): an empty value stays
   * blank instead of printing `—`, which would leave no room to sign or tick.
   */
  handwritten?: boolean;
  /** The cell's value; null, undefined or empty text prints as `—`. */
  render: (row: Row, index: number) => PrintValue;
}

/** A user's change to one column, saved in display order. */
export interface ColumnOverride {
  key: string;
  title?: string;
  hidden?: boolean;
}

/** Per-table overrides of one ledger, keyed by the table's key (e.g. `committee`). */
export type ColumnOverrides = Record<string, ColumnOverride[] | undefined>;

/** What a settings screen shows for a table: its default columns, in order. */
export interface ColumnInfo {
  key: string;
  title: string;
  hidden: boolean;
}

export function columnInfo<Row>(columns: readonly ColumnSpec<Row>[]): ColumnInfo[] {
  return columns.map((c) => ({ key: c.key, title: c.title, hidden: c.hidden ?? false }));
}

/** What ordering needs of a column: the printer's ColumnSpec and a settings screen's ColumnInfo. */
type Arrangeable = { key: string; title: string; hidden?: boolean };

/**
 * Every column in the order the user chose, renamed and shown or hidden as they set it: those
 * named in the overrides first, in the overrides' order, then the rest in their default order —
 * so a column added in a later version still appears for users who saved their settings before
 * it existed. Unknown keys (a column since removed), repeats and blank titles are ignored. The
 * printer and the column settings screen both go through here, so what the screen lists is
 * what prints.
 */
export function arrangeColumns<C extends Arrangeable>(
  columns: readonly C[],
  overrides: readonly ColumnOverride[] | undefined,
): C[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const ordered: C[] = [];
  const placed = new Set<string>();
  for (const o of overrides ?? []) {
    const column = byKey.get(o.key);
    if (!column || placed.has(o.key)) continue;
    placed.add(o.key);
    const title = o.title?.trim() ? o.title.trim() : column.title;
    ordered.push({ ...column, title, hidden: o.hidden ?? column.hidden ?? false });
  }
  for (const column of columns) if (!placed.has(column.key)) ordered.push(column);
  return ordered;
}

/** The columns to print: arranged as the user chose (arrangeColumns), the hidden ones left out. */
export function applyColumnOverrides<Row>(
  columns: readonly ColumnSpec<Row>[],
  overrides: readonly ColumnOverride[] | undefined,
): ColumnSpec<Row>[] {
  return arrangeColumns(columns, overrides).filter((c) => !c.hidden);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const widthOf = (c: { width?: number }) => (c.width && c.width > 0 ? c.width : 1);

/** Whether the columns overflow the page even with every free-text column at its narrowest. */
export function columnsOverflow<Row>(columns: readonly ColumnSpec<Row>[], available: number | undefined): boolean {
  return available !== undefined && sum(columns.map((c) => Math.min(widthOf(c), c.minWidth ?? Infinity))) > available;
}

/**
 * Column widths as percentages of the table, from the relative widths of the visible columns.
 * Given the width the page holds (in the columns' unit), columns that may narrow (minWidth)
 * give up their slack first, in proportion, before every column shrinks alike.
 */
export function columnPercents<Row>(columns: readonly ColumnSpec<Row>[], available?: number): number[] {
  let weights = columns.map(widthOf);
  const excess = available === undefined ? 0 : sum(weights) - available;
  if (excess > 0) {
    const slack = columns.map((c, i) => Math.max(0, (weights[i] ?? 0) - (c.minWidth ?? Infinity)));
    const share = Math.min(1, excess / (sum(slack) || Infinity));
    weights = weights.map((w, i) => w - (slack[i] ?? 0) * share);
  }
  const total = sum(weights);
  return weights.map((w) => Math.round((w / total) * 10000) / 100);
}
