import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createElectronPrinter, printToPdfOptions, type PrintToPdfOptions, type PrintWindow } from './electron.js';
import { footerTemplate, headerTemplate, marginsInches } from './templates.js';

/** Stands in for a hidden BrowserWindow, remembering what the printer did with it. */
function fakeWindow(fail = false) {
  const seen = { file: '', html: '', options: null as PrintToPdfOptions | null, destroyed: false };
  const win: PrintWindow = {
    loadFile: (path) => {
      seen.file = path;
      seen.html = readFileSync(path, 'utf8');
      return Promise.resolve();
    },
    webContents: {
      printToPDF: (options) => {
        seen.options = options;
        return fail ? Promise.reject(new Error('printing failed')) : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
      },
    },
    destroy: () => {
      seen.destroyed = true;
    },
  };
  return { win, seen };
}

const HTML = '<!doctype html><html><body><h1>党支部基本情况登记表</h1></body></html>';
const DECORATION = { landscape: true, headerLeft: '中共东风村支部委员会', headerRight: '2026年' };

describe('createElectronPrinter', () => {
  it('prints the HTML from a temporary file with the shared header, footer and margins', async () => {
    const { win, seen } = fakeWindow();
    const pdf = await createElectronPrinter(() => win)(HTML, DECORATION);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(seen.html).toBe(HTML);
    expect(seen.options).toEqual({
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: 'A4',
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(DECORATION),
      footerTemplate: footerTemplate({ landscape: true }),
      margins: marginsInches(true),
    });
    expect(seen.destroyed).toBe(true);
    expect(existsSync(seen.file)).toBe(false);
  });

  it('cleans up the window and the file when printing fails', async () => {
    const { win, seen } = fakeWindow(true);
    await expect(createElectronPrinter(() => win)(HTML, DECORATION)).rejects.toThrow('printing failed');
    expect(seen.destroyed).toBe(true);
    expect(existsSync(seen.file)).toBe(false);
  });
});

describe('printToPdfOptions', () => {
  it('follows the orientation and keeps the organisation name out of the markup', () => {
    const options = printToPdfOptions({ landscape: false, headerLeft: '<b>支部</b>', headerRight: '2026年' });
    expect(options.landscape).toBe(false);
    expect(options.margins).toEqual(marginsInches(false));
    expect(options.headerTemplate).not.toContain('<b>');
    expect(options.footerTemplate).toContain('pageNumber');
    expect(options.displayHeaderFooter).toBe(true);
  });

  it('prints a bare page (the 工作手册 cover and 目录) without header and footer', () => {
    const options = printToPdfOptions({ landscape: false, headerLeft: '', headerRight: '', bare: true });
    expect(options.displayHeaderFooter).toBe(false);
  });
});
