import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { PdfPrinter } from '../services/context.js';
import { footerTemplate, headerTemplate, marginsCss } from './templates.js';

export { NO_BROWSER_MESSAGE } from '../api/ledgers.js';

type Env = Record<string, string | undefined>;

const UNIX_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_ROOTS = ['ProgramFiles', 'ProgramFiles(x86)', 'LocalAppData'];
const WINDOWS_BROWSERS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
];

/** Every place a supported browser is usually installed, most preferred first. */
export function browserCandidates(env: Env): string[] {
  const windows = WINDOWS_BROWSERS.flatMap((parts) =>
    WINDOWS_ROOTS.map((root) => env[root]).flatMap((dir) => (dir ? [win32.join(dir, ...parts)] : [])),
  );
  return [...UNIX_CANDIDATES, ...windows];
}

/**
 * The browser to print with: ZHIBU_BROWSER when set (an error if it points nowhere, so a typo
 * is not silently replaced by another browser), otherwise the first installed known browser.
 */
export function findBrowser(env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const chosen = env.ZHIBU_BROWSER?.trim();
  if (chosen) {
    if (!exists(chosen)) throw new Error(`环境变量 ZHIBU_BROWSER 指定的浏览器程序不存在：${chosen}`);
    return chosen;
  }
  return browserCandidates(env).find((path) => exists(path)) ?? null;
}

/** Quiet, headless and offline: the app must never reach the network while printing. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The ledger's own address: answered from memory, never looked up. */
const LEDGER_URL = 'http://ledger.zhibu.invalid/';

/**
 * The browser itself refuses anything the ledger could load (some requests, like prefetches,
 * never reach the route below), keeping only inline styles and data: images and fonts.
 */
const LEDGER_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'",
};

export type ChromiumPrinter = PdfPrinter & { close(): Promise<void> };

/** A printer that starts the browser on first use and keeps it for later jobs until close(). */
export function createChromiumPrinter(executablePath: string): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    const launching: Promise<Browser> = chromium.launch({ executablePath, args: LAUNCH_ARGS }).then(
      (b) => {
        // A crashed or closed browser is relaunched by the next job; a later one is left alone.
        b.on('disconnected', () => {
          if (browser === launching) browser = null;
        });
        return b;
      },
      (error: unknown) => {
        if (browser === launching) browser = null;
        throw new Error(`无法启动浏览器 ${executablePath}：${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      },
    );
    browser = launching;
    return launching;
  };

  const print: PdfPrinter = async (html, { landscape, headerLeft, headerRight, bare = false }) => {
    // The ledger holds text from bundles and imported files: the page it is printed in runs no
    // script of its own and reaches nothing (every request, local ports included, is refused).
    const context = await (await launch()).newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      let served = false;
      await context.route('**/*', (route) => {
        const request = route.request();
        if (request.url() === LEDGER_URL && !served) {
          served = true;
          return route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: LEDGER_HEADERS,
            body: html,
          });
        }
        // A navigation answered 204 leaves the ledger in place (an aborted one would print an error page).
        return request.isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(LEDGER_URL, { waitUntil: 'load' });
      // A PDF made before the CJK fonts load would print fallback glyphs or blanks.
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const pdf = await page.pdf({
        format: 'A4',
        landscape,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: !bare,
        headerTemplate: headerTemplate({ landscape, headerLeft, headerRight }),
        footerTemplate: footerTemplate({ landscape }),
        margin: marginsCss(landscape),
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  };

  const close = async (): Promise<void> => {
    const pending = browser;
    browser = null;
    if (pending) await (await pending.catch(() => null))?.close();
  };

  return Object.assign(print, { close });
}
