// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { LedgerId } from '../../../electron/api/ledgers.js';
import { formatDate, safeFileName } from '../format.js';
import { PAGE_MARGINS_MM, PAGE_SIZE_MM } from '../printStyles.js';
import type { LedgerDocument } from '../types.js';
import { DataTable, type DataTableProps } from './DataTable.js';
import { renderDocument } from './Document.js';
import { RegisterHeader } from './RegisterHeader.js';
import { REGISTER_SIGNATURES, SignatureBlock } from './SignatureBlock.js';
import { TitleBlock } from './TitleBlock.js';

/** Millimetres of text across a landscape page: the unit register column widths are given in. */
export const LANDSCAPE_TEXT_WIDTH_MM =
  PAGE_SIZE_MM.landscape.width - PAGE_MARGINS_MM.landscape.left - PAGE_MARGINS_MM.landscape.right;

/** Millimetres of text across a portrait page: the unit of portrait table column widths. */
export const PORTRAIT_TEXT_WIDTH_MM =
  PAGE_SIZE_MM.portrait.width - PAGE_MARGINS_MM.portrait.left - PAGE_MARGINS_MM.portrait.right;

export interface RegisterProps<Row> {
  /** The organisation's full name. */
  org: string;
  /** The ledger's name, e.g. 党员花名册. */
  title: string;
  /** Yearly registers print `YYYY年度` before their name. */
  year?: number;
  subtitle?: string;
  /** ISO date of printing (填报日期). */
  printedOn: string;
  table: Omit<DataTableProps<Row>, 'end'>;
}

/**
 * A one-table register (花名册, 转接登记, 流动党员登记): title, the 填报单位 line, the table
 * with its header repeated on every page, and the signature lines kept with the last row.
 */
export function Register<Row>({ org, title, year, subtitle, printedOn, table }: RegisterProps<Row>) {
  return (
    <>
      <TitleBlock org={org} ledger={title} year={year} subtitle={subtitle} />
      <RegisterHeader unit={org} date={formatDate(printedOn)} />
      <DataTable {...table} fitWidth={LANDSCAPE_TEXT_WIDTH_MM} end={<SignatureBlock {...REGISTER_SIGNATURES} />} />
    </>
  );
}

export interface RegisterDocumentOptions<Row> extends RegisterProps<Row> {
  id: LedgerId;
  /** What follows the organisation's name in the file name, e.g. `党员花名册-2026-11-23`. */
  fileSuffix: string;
  /** Top right of every page: the year, or the roster's date. */
  headerRight: string;
}

/** A register as a landscape A4 document: registers are too wide for portrait (LEDGERS.md). */
export function renderRegister<Row>({
  id,
  fileSuffix,
  headerRight,
  ...props
}: RegisterDocumentOptions<Row>): LedgerDocument {
  const heading = props.year === undefined ? props.title : `${props.year}年度${props.title}`;
  return {
    id,
    title: props.title,
    fileName: safeFileName(`${props.org}-${fileSuffix}`, 'pdf'),
    orientation: 'landscape',
    headerLeft: props.org,
    headerRight,
    // The HTML title becomes the PDF's Title: name the branch too, as the file name does.
    html: renderDocument({
      title: `${props.org}${heading}`,
      orientation: 'landscape',
      children: <Register {...props} />,
    }),
  };
}
