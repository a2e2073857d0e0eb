import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from '../services/context.js';
import { footerTemplate, headerTemplate, marginsInches } from './templates.js';

/** The options of Electron's webContents.printToPDF this printer sets. */
export interface PrintToPdfOptions {
  landscape: boolean;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  pageSize: 'A4';
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  /** Inches. */
  margins: { top: number; right: number; bottom: number; left: number };
}

/**
 * The part of a BrowserWindow the printer uses. Declared here rather than imported because
 * print/ stays free of Electron imports: main.ts passes a factory of real hidden windows,
 * and the tests pass a fake.
 */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPdfOptions): Promise<Uint8Array> };
  destroy(): void;
}

/** The printToPDF options for one ledger: same page header, footer and margins as the Chromium printer. */
export function printToPdfOptions(options: Parameters<PdfPrinter>[1]): PrintToPdfOptions {
  const { landscape, headerLeft, headerRight, bare = false } = options;
  return {
    landscape,
    printBackground: true,
    preferCSSPageSize: true,
    pageSize: 'A4',
    displayHeaderFooter: !bare,
    headerTemplate: headerTemplate({ landscape, headerLeft, headerRight }),
    footerTemplate: footerTemplate({ landscape }),
    margins: marginsInches(landscape),
  };
}

/**
 * Prints in the app itself (no external browser needed): each job gets its own hidden window.
 * The HTML goes through a temporary file because a big ledger would exceed Chromium's 2 MB
 * limit on data: URLs; the file and the window are removed whatever happens.
 */
export function createElectronPrinter(openWindow: () => PrintWindow): PdfPrinter {
  return async (html, options) => {
    const dir = await mkdtemp(join(tmpdir(), 'zhibu-print-'));
    let win: PrintWindow | null = null;
    try {
      const file = join(dir, 'ledger.html');
      await writeFile(file, html, 'utf8');
      win = openWindow();
      await win.loadFile(file);
      return new Uint8Array(await win.webContents.printToPDF(printToPdfOptions(options)));
    } finally {
      win?.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
