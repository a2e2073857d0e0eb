import type { ColumnChoice, LedgerColumnTable } from '../../../electron/api/index.js';
import { arrangeColumns } from '../../ledgers/columns.js';

/** One column as the 调整列 drawer edits it. */
export interface DraftColumn {
  key: string;
  /** The heading printed when the user leaves the title blank. */
  defaultTitle: string;
  /** The user's heading; blank keeps the default. */
  title: string;
  hidden: boolean;
}

export interface DraftTable {
  key: string;
  title: string;
  columns: DraftColumn[];
}

/**
 * A table's columns in the order and state they print in, through the printer's own
 * arrangeColumns, so the drawer never lists them differently from the paper.
 */
export function draftOf(table: LedgerColumnTable): DraftTable {
  const renamed = new Map(table.overrides.map((o) => [o.key, o.title?.trim() ?? '']));
  const defaults = new Map(table.columns.map((c) => [c.key, c.title]));
  return {
    key: table.key,
    title: table.title,
    columns: arrangeColumns(table.columns, table.overrides).map((c) => ({
      key: c.key,
      defaultTitle: defaults.get(c.key) ?? c.title,
      title: renamed.get(c.key) ?? '',
      hidden: c.hidden,
    })),
  };
}

/** Swaps a column with its neighbour above (-1) or below (+1); at either end nothing moves. */
export function moveColumn(columns: readonly DraftColumn[], index: number, by: -1 | 1): DraftColumn[] {
  const other = index + by;
  const a = columns[index];
  const b = columns[other];
  if (!a || !b) return [...columns];
  const next = [...columns];
  next[index] = b;
  next[other] = a;
  return next;
}

export function changeColumn(
  columns: readonly DraftColumn[],
  index: number,
  change: Partial<Pick<DraftColumn, 'title' | 'hidden'>>,
): DraftColumn[] {
  return columns.map((c, i) => (i === index ? { ...c, ...change } : c));
}

export const visibleCount = (columns: readonly DraftColumn[]) => columns.filter((c) => !c.hidden).length;

/** What ledger.saveColumns takes: every column, in order, with its title only when renamed. */
export function choicesOf(table: DraftTable): ColumnChoice[] {
  return table.columns.map((c) => {
    const title = c.title.trim();
    return { key: c.key, ...(title && title !== c.defaultTitle ? { title } : {}), hidden: c.hidden };
  });
}

/** Whether saving the draft would change what prints (so untouched tables are not rewritten). */
export function draftChanged(draft: DraftTable, saved: LedgerColumnTable): boolean {
  return JSON.stringify(choicesOf(draft)) !== JSON.stringify(choicesOf(draftOf(saved)));
}
