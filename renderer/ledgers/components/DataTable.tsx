// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { ReactNode } from 'react';
import {
  applyColumnOverrides,
  columnPercents,
  columnsOverflow,
  type ColumnOverride,
  type ColumnSpec,
} from '../columns.js';
import { EMPTY, orDash } from '../format.js';

export interface DataTableProps<Row> {
  columns: readonly ColumnSpec<Row>[];
  /** The user's saved changes for this table (rename, hide, reorder). */
  overrides?: readonly ColumnOverride[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The width the page holds, in the columns' width unit: lets free-text columns narrow to fit. */
  fitWidth?: number;
  /** Printed across the table when there are no rows: never an empty table. */
  emptyText?: string;
  /**
   * Printed under the last row and kept on its page — the signature block of a register, which
   * must never stand alone on a page. Chromium keeps a table row with the one before it
   * (break-before: avoid) but not a block after the table.
   */
  end?: ReactNode;
  /** An extra class for the table, for sheets with their own row height (签到表, 测评表). */
  className?: string;
}

/**
 * A register table. Its header repeats on every page and no row splits across pages
 * (print stylesheet); every empty cell prints `—`.
 */
export function DataTable<Row>({
  columns,
  overrides,
  rows,
  rowKey,
  fitWidth,
  emptyText = '无',
  end,
  className,
}: DataTableProps<Row>) {
  const visible = applyColumnOverrides(columns, overrides);
  if (visible.length === 0) return <>{end}</>;
  const percents = columnPercents(visible, fitWidth);
  // More columns than the page holds: the smallest readable print keeps numbers on one line.
  const compact = columnsOverflow(visible, fitWidth);
  return (
    <table className={['data-table', compact ? 'compact' : '', className ?? ''].filter(Boolean).join(' ')}>
      <colgroup>
        {visible.map((c, i) => (
          <col key={c.key} style={{ width: `${percents[i]}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {visible.map((c) => (
            <th key={c.key} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td className="empty" colSpan={visible.length}>
              {emptyText}
            </td>
          </tr>
        ) : (
          rows.map((row, r) => (
            <tr key={rowKey(row, r)}>
              {visible.map((c) => {
                const value = c.render(row, r);
                const text =
                  c.handwritten && (value === null || value === undefined || value === '') ? '' : orDash(value);
                return (
                  <td key={c.key} className={c.align === 'center' || text === EMPTY ? 'center' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))
        )}
        {end !== undefined && (
          <tr className="table-end">
            <td colSpan={visible.length}>{end}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
