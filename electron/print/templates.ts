/**
 * Page header and footer for printed ledgers, shared by both PDF engines — Chromium through
 * Playwright (CLI, tests, browser mode) and Electron's webContents.printToPDF — so both
 * produce the same pages. Pure: no Node, no Electron.
 */
import { PAGE_MARGINS_MM, PRINT_FONT_STACK, type PageMargins } from '../../renderer/ledgers/printStyles.js';

export interface PageDecoration {
  landscape: boolean;
  /** Organisation name, top left of every page. */
  headerLeft: string;
  /** Year, top right of every page. */
  headerRight: string;
}

/** Header/footer templates are HTML: user text (the organisation's name) must not become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function pageMargins(landscape: boolean): PageMargins {
  return PAGE_MARGINS_MM[landscape ? 'landscape' : 'portrait'];
}

/**
 * Templates render in their own document with a tiny default font and no access to the page's
 * stylesheet, so font and size are set inline. The side padding lines them up with the text.
 */
function box(landscape: boolean, extra: string): string {
  const m = pageMargins(landscape);
  return (
    `width:100%;box-sizing:border-box;padding:0 ${m.right}mm 0 ${m.left}mm;margin:0;` +
    `font-family:${PRINT_FONT_STACK.replace(/"/g, "'")};font-size:9pt;line-height:1.3;color:#000;${extra}`
  );
}

/**
 * Chromium lays each template out from the top of its margin box (top margin for the header,
 * bottom margin for the footer), so these offsets place the lines about 12 mm from the edge of
 * the paper whatever the margins are, clear of both the edge and the text.
 */
const HEADER_TOP_MM = 5;
const FOOTER_FROM_EDGE_MM = 12;

function footerOffset(landscape: boolean): number {
  return Math.max(0, pageMargins(landscape).bottom - FOOTER_FROM_EDGE_MM);
}

export function headerTemplate({ landscape, headerLeft, headerRight }: PageDecoration): string {
  return (
    `<div style="${box(landscape, `display:flex;justify-content:space-between;margin-top:${HEADER_TOP_MM}mm;`)}">` +
    `<span>${escapeHtml(headerLeft)}</span><span>${escapeHtml(headerRight)}</span></div>`
  );
}

export function footerTemplate({ landscape }: Pick<PageDecoration, 'landscape'>): string {
  return (
    `<div style="${box(landscape, `text-align:center;margin-top:${footerOffset(landscape)}mm;`)}">` +
    '第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>'
  );
}

/** Margins as Playwright's page.pdf takes them. */
export function marginsCss(landscape: boolean): { top: string; right: string; bottom: string; left: string } {
  const m = pageMargins(landscape);
  return { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` };
}

/** Margins as Electron's printToPDF takes them (inches). */
export function marginsInches(landscape: boolean): PageMargins {
  const m = pageMargins(landscape);
  const inch = (v: number) => Math.round((v / 25.4) * 10000) / 10000;
  return { top: inch(m.top), right: inch(m.right), bottom: inch(m.bottom), left: inch(m.left) };
}
