// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { isValidElement, type ReactNode } from 'react';
import { classes, isDateText, orDash } from '../format.js';
import type { TextPiece } from '../text.js';

export interface FormField {
  label: string;
  /** Text prints `—` when empty; an element (tick boxes) prints as given. */
  value: ReactNode;
  center?: boolean;
}

/** A line of the form: one field across the whole width, or two side by side. */
export interface FieldRow {
  fields: readonly [FormField] | readonly [FormField, FormField];
}

/** A boxed block of long text under its label (议程, 会议记录, 决议): one table row per piece. */
export interface TextSection {
  section: string;
  pieces: readonly TextPiece[];
  /** Printed when there is no text, e.g. 无. */
  emptyText: string;
  /** The box is at least this tall, leaving the look (and room) of a record form. */
  minHeightMm?: number;
}

export type FormRow = FieldRow | TextSection;

/** Millimetres a piece takes at 10.5pt on a portrait form (about 40 characters a line). */
const estimatedMm = (pieces: readonly TextPiece[]) =>
  pieces.reduce((mm, p) => mm + Math.ceil(p.text.length / 40) * 5.6, 0);

function value(v: ReactNode): ReactNode {
  return isValidElement(v) ? v : orDash(typeof v === 'string' || typeof v === 'number' ? v : null);
}

function Fields({ row }: { row: FieldRow }) {
  const single = row.fields.length === 1;
  return (
    <tr>
      {row.fields.map((f) => [
        <th key={`l-${f.label}`} scope="row">
          {f.label}
        </th>,
        <td
          key={`v-${f.label}`}
          colSpan={single ? 3 : undefined}
          className={classes(f.center && 'center', typeof f.value === 'string' && isDateText(f.value) && 'date')}
        >
          {value(f.value)}
        </td>,
      ])}
    </tr>
  );
}

function Section({ row }: { row: TextSection }) {
  const pieces = row.pieces.length > 0 ? row.pieces : [{ text: row.emptyText, opensParagraph: false }];
  const filler = row.minHeightMm === undefined ? 0 : row.minHeightMm - estimatedMm(pieces);
  const last = pieces.length - 1;
  return (
    <>
      <tr className="section-head">
        <td colSpan={4}>{row.section}：</td>
      </tr>
      {pieces.map((p, i) => (
        <tr key={i} className={i === 0 ? 'section-text first' : 'section-text'}>
          <td
            colSpan={4}
            className={
              [p.opensParagraph ? 'indent' : '', i === last ? 'last' : ''].filter(Boolean).join(' ') || undefined
            }
            style={i === last && filler > 6 ? { height: `${Math.round(filler + 6)}mm` } : undefined}
          >
            {p.text}
          </td>
        </tr>
      ))}
    </>
  );
}

export interface FormTableProps {
  rows: readonly FormRow[];
  /** The record's last line, inside the grid: who signs, each with a blank cell to sign in. */
  signers?: readonly [string, string];
}

/**
 * A record form (会议记录, 谈话记录): label/value lines on a four-column grid, then boxed long
 * text. Rows never split across pages; long text is already cut into pieces (text.ts). The empty
 * header and footer rows repeat on every page (Chromium repeats thead and tfoot), drawing the
 * rule that closes a box of text cut by a page break.
 */
export function FormTable({ rows, signers }: FormTableProps) {
  return (
    <table className="form-table">
      <colgroup>
        <col style={{ width: '17%' }} />
        <col style={{ width: '33%' }} />
        <col style={{ width: '17%' }} />
        <col style={{ width: '33%' }} />
      </colgroup>
      <thead className="page-edge">
        <tr>
          <td colSpan={4} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) =>
          'section' in row ? <Section key={`s${i}`} row={row} /> : <Fields key={`f${i}`} row={row} />,
        )}
        {signers && (
          <tr className="sign-row">
            {signers.map((s) => [
              <th key={`l-${s}`} scope="row">
                {s}
              </th>,
              <td key={`v-${s}`} />,
            ])}
          </tr>
        )}
      </tbody>
      <tfoot className="page-edge">
        <tr>
          <td colSpan={4} />
        </tr>
      </tfoot>
    </table>
  );
}
