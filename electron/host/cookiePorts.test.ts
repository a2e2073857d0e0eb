import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowserPath } from '../../test/e2e/browser.js';
import { tempDir, tempInstallation, type TestInstallation } from '../../test/support/temp.js';
import { startHost, type RunningHost } from './server.js';

/** Another program on this machine, listening on its own port and noting every request's headers. */
function otherLocalServer(): Promise<{ server: Server; port: number; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>other</title>');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, seen })),
  );
}

let inst: TestInstallation;
let host: RunningHost;
let browser: Browser;
let cleanup: () => void;

beforeAll(async () => {
  inst = await tempInstallation();
  const t = tempDir();
  cleanup = t.cleanup;
  mkdirSync(join(t.dir, 'assets'));
  // A page that calls the API the way renderer/api.ts does (relative to the app's path), with the
  // one operation a browser may call before anyone logs in.
  writeFileSync(
    join(t.dir, 'index.html'),
    '<!doctype html><title>支部台账</title><script type="module" src="./assets/app.js"></script>',
  );
  writeFileSync(
    join(t.dir, 'assets', 'app.js'),
    "fetch('api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'auth.status', input: {} }) })" +
      '.then((r) => r.json()).then((j) => { document.title = j.ok ? "ok" : "refused"; });',
  );
  host = await startHost({ ctx: inst.ctx, staticDir: t.dir, log: () => undefined });
  browser = await chromium.launch({ executablePath: e2eBrowserPath(), args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser.close();
  await host.close();
  await inst.dispose();
  cleanup();
});

describe('the browser-mode token cookie', () => {
  it('reaches the app in a real browser and is never sent to another local port', async () => {
    const other = await otherLocalServer();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.openUrl);
      expect(page.url()).toBe(host.appUrl);
      await expect.poll(() => page.title()).toBe('ok');

      // The same browser then visits another program on 127.0.0.1, at the paths it could guess.
      for (const path of ['/', '/api/call', '/assets/app.js', '/app-/']) {
        await page.goto(`http://127.0.0.1:${other.port}${path}`);
      }
      expect(other.seen.length).toBeGreaterThanOrEqual(4);
      for (const headers of other.seen) expect(headers.cookie ?? '').not.toContain(host.token);

      // The cookie is bound to the app's path, and nothing outside it is served even with it.
      const cookies = await context.cookies(`http://127.0.0.1:${host.port}/`);
      expect(cookies).toEqual([]);
      const [bound] = await context.cookies(host.appUrl);
      expect(bound).toMatchObject({ path: new URL(host.appUrl).pathname, httpOnly: true, sameSite: 'Strict' });
      const root = await page.goto(host.url);
      expect(root?.status()).toBe(401);
      await context.close();
    } finally {
      other.server.close();
    }
  });
});
