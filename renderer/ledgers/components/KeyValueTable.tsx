// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { classes, isDateText, orDash, type PrintValue } from '../format.js';

export interface KeyValueCell {
  label: string;
  value: PrintValue;
  /** How many label/value pairs of the row this one takes (default 1); its value cell widens. */
  span?: number;
  /** Centre the value (counts). */
  center?: boolean;
}

export interface KeyValueTableProps {
  /** Label/value pairs per row. */
  pairs: number;
  /** Share of the table each label cell takes, in percent. */
  labelPercent: number;
  rows: readonly (readonly KeyValueCell[])[];
}

/** A form's label → value grid; missing values print `—`. */
export function KeyValueTable({ pairs, labelPercent, rows }: KeyValueTableProps) {
  const valuePercent = 100 / pairs - labelPercent;
  const cols = Array.from({ length: pairs }, (_, i) => i);
  return (
    <table className="kv-table">
      <colgroup>
        {cols.map((i) => [
          <col key={`l${i}`} style={{ width: `${labelPercent}%` }} />,
          <col key={`v${i}`} style={{ width: `${valuePercent}%` }} />,
        ])}
      </colgroup>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell) => [
              <th key={`l-${cell.label}`} scope="row">
                {cell.label}
              </th>,
              <td
                key={`v-${cell.label}`}
                colSpan={cell.span && cell.span > 1 ? cell.span * 2 - 1 : undefined}
                className={classes(cell.center && 'number', isDateText(orDash(cell.value)) && 'date')}
              >
                {orDash(cell.value)}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
