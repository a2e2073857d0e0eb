import ExcelJS from 'exceljs';

/** One column of an exported register. */
export interface ExcelColumn<Row> {
  header: string;
  /** Width in Excel character units, enough for the usual content without wrapping. */
  width: number;
  value: (row: Row, index: number) => string | number;
  align?: 'left' | 'center' | 'right';
  /** Text that may run long wraps inside its cell. */
  wrap?: boolean;
  /** Excel number format for numeric cells, e.g. `0.00` for 元. */
  numFmt?: string;
}

export interface RegisterSheet<Row> {
  sheetName: string;
  title: string;
  /** Right-aligned line under the title (截至 …, 单位：元). */
  subtitle: string;
  columns: readonly ExcelColumn<Row>[];
  rows: readonly Row[];
  /** Rows appended after the data (合计), laid out by the same columns. */
  footer?: readonly Row[];
}

const FONT = '宋体';
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A register as an A4-landscape worksheet laid out like the printed ledger: title, subtitle,
 * bold bordered header repeated on every printed page, frozen under the header.
 */
export function addRegisterSheet<Row>(wb: ExcelJS.Workbook, s: RegisterSheet<Row>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.columns = s.columns.map((c) => ({ width: c.width }));
  const last = s.columns.length;

  ws.mergeCells(1, 1, 1, last);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = s.title;
  titleCell.font = { name: FONT, size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  ws.mergeCells(2, 1, 2, last);
  const sub = ws.getCell(2, 1);
  sub.value = s.subtitle;
  sub.font = { name: FONT, size: 11 };
  sub.alignment = { horizontal: 'right' };

  const header = ws.getRow(3);
  s.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 22;

  [...s.rows, ...(s.footer ?? [])].forEach((r, index) => {
    const row = ws.getRow(4 + index);
    const isFooter = index >= s.rows.length;
    s.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(r, index);
      cell.font = { name: FONT, size: 11, bold: isFooter };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: c.wrap ?? false, horizontal: c.align ?? 'center' };
      // Phone numbers, dates and ID numbers stay text: Excel must not turn them into numbers or dates.
      if (typeof cell.value === 'string') cell.numFmt = '@';
      else if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  return ws;
}

/** A file name Windows and macOS both accept. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '');
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
