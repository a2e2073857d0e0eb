// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { ReactNode } from 'react';
import {
  applyColumnOverrides,
  columnPercents,
  columnsOverflow,
  type ColumnOverride,
  type ColumnSpec,
} from '../columns.js';
import { classes, EMPTY, isDateText, orDash, type PrintValue } from '../format.js';

/**
 * A line under the rows that sums them up or leaves room to sign (本月合计, 收款人签字). Its label
 * spans the leading columns that have no value in it; any later column without a value prints
 * `—`, and a handwritten column given an empty value stays blank.
 */
export interface SummaryRow {
  key: string;
  label: string;
  /** Values by column key. */
  cells: Readonly<Record<string, PrintValue>>;
  /** An extra class for the row (a taller row to sign in). */
  className?: string;
}

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
  /** Lines after the last row, aligned with the columns (totals, signatures). */
  summary?: readonly SummaryRow[];
}

/** The text of a cell: `—` when empty, except blank where it is to be filled in by hand. */
function cellText<Row>(column: ColumnSpec<Row>, value: PrintValue): string {
  return column.handwritten && (value === null || value === undefined || value === '') ? '' : orDash(value);
}

function cellClass<Row>(column: ColumnSpec<Row>, text: string): string | undefined {
  const align = column.align === 'center' || text === EMPTY ? 'center' : column.align === 'right' && 'right';
  return classes(align, isDateText(text) && 'date');
}

/** One header row, or two when columns are grouped under a shared heading. */
function HeaderRows<Row>({ columns }: { columns: readonly ColumnSpec<Row>[] }) {
  if (!columns.some((c) => c.group)) {
    return (
      <tr>
        {columns.map((c) => (
          <th key={c.key} scope="col">
            {c.title}
          </th>
        ))}
      </tr>
    );
  }
  const top: ReactNode[] = [];
  const bottom: ReactNode[] = [];
  let i = 0;
  while (i < columns.length) {
    const first = columns[i] as ColumnSpec<Row>;
    let end = i + 1;
    while (first.group && end < columns.length && columns[end]?.group === first.group) end += 1;
    if (!first.group) {
      top.push(
        <th key={first.key} scope="col" rowSpan={2}>
          {first.title}
        </th>,
      );
    } else {
      top.push(
        <th key={`group-${first.key}`} scope="colgroup" colSpan={end - i}>
          {first.group}
        </th>,
      );
      for (const c of columns.slice(i, end))
        bottom.push(
          <th key={c.key} scope="col">
            {c.title}
          </th>,
        );
    }
    i = end;
  }
  return (
    <>
      <tr>{top}</tr>
      <tr>{bottom}</tr>
    </>
  );
}

function Summary<Row>({ row, columns }: { row: SummaryRow; columns: readonly ColumnSpec<Row>[] }) {
  const has = (c: ColumnSpec<Row>) => Object.hasOwn(row.cells, c.key);
  const first = columns.findIndex(has);
  // The label needs one cell even when the user moved a summed column to the front.
  const span = first === -1 ? columns.length : Math.max(1, first);
  return (
    <tr className={['summary', row.className ?? ''].filter(Boolean).join(' ')}>
      <th scope="row" colSpan={span}>
        {row.label}
      </th>
      {columns.slice(span).map((c) => {
        const text = has(c) ? cellText(c, row.cells[c.key]) : EMPTY;
        return (
          <td key={c.key} className={cellClass(c, text)}>
            {text}
          </td>
        );
      })}
    </tr>
  );
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
  summary = [],
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
        <HeaderRows columns={visible} />
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
                const text = cellText(c, c.render(row, r));
                return (
                  <td key={c.key} className={cellClass(c, text)}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))
        )}
        {summary.map((s) => (
          <Summary key={s.key} row={s} columns={visible} />
        ))}
        {end !== undefined && (
          <tr className="table-end">
            <td colSpan={visible.length}>{end}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
