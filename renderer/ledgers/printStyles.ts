/**
 * The one print stylesheet, as a TypeScript string rather than resources/print.css: the same
 * ledger HTML is built in the renderer (preview iframe), the Electron main bundle and the Node
 * CLI under tsx, and only a plain module import works in all three (no `?raw`, no CSS imports,
 * no file reads at run time). The document shell inlines it, so each HTML file is self-contained.
 */

export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres. The header and footer lines print inside the top and bottom margins. */
export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Portrait pages are filed with the binding on the left; landscape pages are turned and filed
 * with the binding along their top edge, hence the wider margin on that side.
 */
export const PAGE_MARGINS_MM: Record<Orientation, PageMargins> = {
  portrait: { top: 20, right: 16, bottom: 18, left: 25 },
  landscape: { top: 25, right: 16, bottom: 18, left: 16 },
};

export const PAGE_SIZE_MM: Record<Orientation, { width: number; height: number }> = {
  portrait: { width: 210, height: 297 },
  landscape: { width: 297, height: 210 },
};

/** Windows (SimSun), macOS (Songti SC), Linux/统信/麒麟 (Noto Serif CJK from fonts-noto-cjk). */
export const PRINT_FONT_STACK = '"SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Serif CJK", serif';

function mm(m: PageMargins): string {
  return `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;
}

/** The page rule and on-screen sheet for one orientation; chosen per document by the shell. */
function pageRules(orientation: Orientation): string {
  const margins = PAGE_MARGINS_MM[orientation];
  const size = PAGE_SIZE_MM[orientation];
  return `
@page { size: A4 ${orientation}; margin: ${mm(margins)}; }
@media screen {
  html { background: #e6e6e6; }
  body {
    width: ${size.width}mm; min-height: ${size.height}mm; margin: 6mm auto; padding: ${mm(margins)};
    background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3);
  }
}`;
}

const BASE = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${PRINT_FONT_STACK}; font-size: 11pt; line-height: 1.5; color: #000; }
@media print { html, body { margin: 0; padding: 0; background: #fff; } }

.ledger-title { text-align: center; margin: 0 0 3mm; }
.ledger-title .org { font-size: 14pt; margin: 0 0 1mm; letter-spacing: 0.05em; }
.ledger-title h1 { font-size: 18pt; font-weight: bold; margin: 0; letter-spacing: 0.12em; }
.ledger-title .subtitle { font-size: 11pt; margin: 1mm 0 0; }

.register-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1mm 6mm;
  font-size: 10.5pt; margin: 0 0 2mm; }
.register-header .fill { display: inline-block; min-width: 20mm; }

h2.section { font-size: 12pt; font-weight: bold; line-height: 1.3; margin: 3.5mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
h2.section .note { font-weight: normal; font-size: 10.5pt; }

table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; line-height: 1.35; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.data-table { font-size: 10pt; }
.data-table th, .data-table td { padding: 1.2mm 1mm; }
.data-table th { font-weight: bold; text-align: center; height: 8mm; }
.data-table td { height: 7mm; }
td.center { text-align: center; }
/* A date broken over two lines reads as two values. */
td.date { white-space: nowrap; overflow-wrap: normal; }
td.right { text-align: right; }
.data-table td.empty { text-align: center; }
.data-table tr.table-end { break-before: avoid; page-break-before: avoid; }
.data-table tr.table-end > td { border: none; padding: 0; height: auto; }
/* Landscape registers carry 13–14 columns: a size down (still above the 9pt floor for
   readability) and narrower padding let full dates and phone numbers fit on one line. */
.landscape .data-table { font-size: 9.5pt; line-height: 1.3; }
.landscape .data-table th, .landscape .data-table td { padding: 1mm 0.8mm; }
/* The user switched on more columns than fit: 9pt is the floor for reading on paper. */
.data-table.compact { font-size: 9pt; }
.data-table.compact th, .data-table.compact td { padding: 0.8mm 0.5mm; }
/* Totals and signature lines under the rows stay with the last row they sum up. */
.data-table tr.summary { break-before: avoid; page-break-before: avoid; }
.data-table tr.summary > th { font-weight: bold; text-align: center; }
.data-table tr.sign-row > th, .data-table tr.sign-row > td { height: 11mm; }
.table-note { font-size: 9.5pt; margin: 1.5mm 0 0; }
.kv-table th { font-weight: normal; text-align: center; height: 8mm; }
.kv-table td { height: 8mm; }
.kv-table td.number { text-align: center; }

.signatures { display: flex; justify-content: space-between; align-items: flex-start; margin-top: 6mm;
  font-size: 11pt; break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
.signatures .signers { display: flex; flex-wrap: wrap; gap: 2mm 8mm; }
.signatures .blank { display: inline-block; min-width: 28mm; }
.signatures.many { flex-direction: column; gap: 2mm; }
.signatures.many .seal-date { align-self: flex-end; }
.signatures .seal-date { text-align: center; line-height: 2.2; white-space: nowrap; flex: none; margin-left: 4mm; }
`;

/** Tick boxes are symbols the CJK print fonts may lack: name fonts that carry ☑ and ☐. */
const SYMBOL_FONTS = '"Segoe UI Symbol", "Apple Symbols", "DejaVu Sans"';

/**
 * Record forms (会议记录, 谈话记录, 签到表, 测评表): each record starts a page; long text sits in a
 * box whose label row and pieces (one table row each) join without inner rules.
 */
const RECORDS = `
.new-page { break-before: page; page-break-before: always; }
.record-meta { display: flex; justify-content: space-between; gap: 6mm; font-size: 10pt; margin: -1mm 0 1.5mm; }
.late-note { font-size: 9.5pt; }
.empty-year { text-align: center; font-size: 14pt; letter-spacing: 0.2em; margin: 45mm 0 0; }
.sheet-gap { height: 3mm; }
.form-table th { font-weight: normal; text-align: center; height: 9.5mm; }
.form-table td { height: 9.5mm; }
.form-table td.center { text-align: center; }
.form-table tr.section-head { break-after: avoid; page-break-after: avoid; }
.form-table tr.section-head > td { height: auto; border-bottom: none; padding: 1.5mm 1.5mm 0.5mm; font-weight: bold; }
.form-table tr.section-text.first { break-before: avoid; page-break-before: avoid; }
.form-table tr.section-text > td { height: auto; border-top: none; border-bottom: none; padding: 0.3mm 2mm;
  vertical-align: top; text-align: justify; line-height: 1.6; }
.form-table tr.section-text > td.indent { text-indent: 2em; }
.form-table tr.section-text > td.last { border-bottom: 0.75pt solid #000; padding-bottom: 2.5mm; }
.form-table .page-edge td { height: 0; padding: 0; border-left: none; border-right: none; }
.form-table thead.page-edge td { border-top: none; }
.form-table tfoot.page-edge td { border-bottom: none; }
.form-table tr.sign-row { break-before: avoid; page-break-before: avoid; }
.form-table tr.sign-row > th, .form-table tr.sign-row > td { height: 15mm; }
.ticks { display: flex; flex-wrap: wrap; gap: 1mm 7mm; }
.tick { font-family: ${SYMBOL_FONTS}; margin-right: 1mm; }
.data-table.sign-in td { height: 10mm; }
.data-table.ballot td { height: 9mm; }
.ballot-note { text-align: center; font-size: 12pt; margin: 0 0 3mm; }
.tally { margin: 3mm 0 0; font-size: 10.5pt; }
`;

/**
 * 党费 ledgers. The 收缴登记表 carries 22 columns, twelve of them months, across landscape A4:
 * 8pt (the floor at which figures stay legible on paper) with tight padding; its headings wrap. Member rows
 * sign for their basis on the 核定表; the 公示 is read on a notice board, in a larger size.
 */
const DUES = `
.landscape .data-table.dues-grid { font-size: 8pt; line-height: 1.25; }
.landscape .data-table.dues-grid th, .landscape .data-table.dues-grid td { padding: 0.6mm 0.4mm; }
.data-table.dues-grid th { height: 6mm; }
.data-table.dues-grid td { height: 6mm; }
.data-table.dues-grid tr.sign-row > th, .data-table.dues-grid tr.sign-row > td { height: 11mm; }
.data-table.sign-sheet td { height: 10mm; }
.balance-line { font-size: 10.5pt; margin: 2.5mm 0 0; }
.notice-text { font-size: 11.5pt; line-height: 1.8; text-indent: 2em; margin: 0 0 2.5mm; }
.data-table .notice-text { margin: 3mm 0 0; }
.notice-footer { font-size: 11.5pt; line-height: 1.9; margin-top: 3mm; break-inside: avoid; page-break-inside: avoid; }
.notice-footer p { margin: 0; }
.notice-footer .fill { display: inline-block; min-width: 40mm; }
.notice-seal { text-align: right; margin-top: 6mm; line-height: 2.2; }
`;

/**
 * 发展党员 ledgers. The 工作台账 carries 22 columns, 14 of them dates, across landscape A4: 8.5pt
 * with tight padding, each date wrapping after its year; a cell's lines (date over 谈话人, one
 * 联系人 per line) are kept as written. The 纪实表 is a form filled in by hand as often as not:
 * tall rows leave room to write, and its 说明 box room for a paragraph.
 */
const DEVELOPMENT = `
.landscape .data-table.dev-grid { font-size: 8.5pt; line-height: 1.25; }
.landscape .data-table.dev-grid th, .landscape .data-table.dev-grid td { padding: 0.6mm 0.4mm; }
.data-table.dev-grid td, .data-table.dev-list-table td { white-space: pre-line; }
.landscape .data-table.dev-list-table { font-size: 9pt; }
.dev-person { display: flex; flex-wrap: wrap; gap: 1mm 8mm; font-size: 11pt; margin: 0 0 2mm; }
.form-table.dev-record th, .form-table.dev-record td { white-space: pre-line; }
.form-table.dev-record tr.stage-head > th { font-weight: bold; font-size: 12.5pt; height: 11mm; letter-spacing: 0.1em; }
.form-table.dev-record td.dev-notes { vertical-align: top; }
`;

/** The complete stylesheet for one document. */
export function printStylesheet(orientation: Orientation): string {
  return `${pageRules(orientation)}\n${BASE}\n${RECORDS}\n${DUES}\n${DEVELOPMENT}`;
}
