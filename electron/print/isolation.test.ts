import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { pdfText, printLedger } from '../../test/cli/pdf.js';
import { e2eBrowserPath } from '../../test/e2e/browser.js';
import { openData } from '../../test/support/cipher.js';
import { tempDir } from '../../test/support/temp.js';
import { openInstallation } from '../services/installation.js';
import { FIXTURE_TODAY, seedMeetingsYear } from '../services/ledgers/meetingsFixture.js';
import { createChromiumPrinter, type ChromiumPrinter } from './chromium.js';

/** A local listener that must receive nothing while a ledger prints. */
let listener: Server;
let port: number;
const received: string[] = [];
let printer: ChromiumPrinter;
let cleanup: () => void;
let dir: string;

beforeAll(async () => {
  listener = createServer((req, res) => {
    received.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('gotcha');
  });
  await new Promise<void>((ok) => listener.listen(0, '127.0.0.1', () => ok()));
  port = (listener.address() as AddressInfo).port;
  printer = createChromiumPrinter(e2eBrowserPath());
  ({ dir, cleanup } = tempDir());
});

afterAll(async () => {
  await printer.close();
  listener.close();
  cleanup();
});

function hostile(): string {
  const at = `http://127.0.0.1:${port}`;
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${at}/refresh">
<link rel="stylesheet" href="${at}/style.css">
<link rel="prefetch" href="${at}/prefetch">
<style>body { background: url(${at}/background.png); } @font-face { font-family: x; src: url(${at}/font.woff2); } p { font-family: x; }</style>
<script src="${at}/script.js"></script>
</head><body>
<p>党员花名册</p>
<img src="${at}/img.png">
<iframe src="${at}/frame"></iframe>
<object data="${at}/object"></object>
<script>document.body.insertAdjacentHTML('beforeend', '<p>SCRIPTRAN</p>'); fetch('${at}/fetch'); new Image().src = '${at}/js-img';</script>
</body></html>`;
}

describe('the Chromium printer (CLI and browser mode)', () => {
  it('runs no script of the ledger and fetches nothing, not even from a local port', async () => {
    const pdf = await printer(hostile(), { landscape: false, headerLeft: '支部', headerRight: '花名册' });
    const file = join(dir, 'hostile.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('党员花名册');
    expect(text).not.toContain('SCRIPTRAN');
    // Anything that had slipped through would have arrived by the time the PDF is made; a second
    // job proves the printer still works after refusing all of it.
    const again = await printer('<p>第二份</p>', { landscape: true, headerLeft: '', headerRight: '' });
    expect(Buffer.from(again).subarray(0, 5).toString()).toBe('%PDF-');
    expect(received).toEqual([]);
  });

  it('prints, through `zhibu print`, a ledger whose data carries markup as plain text, reaching nothing', async () => {
    const db = join(dir, 'branch.sqlite');
    const inst = await openInstallation(db, { clock: fixedClock(FIXTURE_TODAY), nodeId: '0123456789abcdef' });
    try {
      await seedMeetingsYear(inst.ctx);
    } finally {
      await inst.close();
    }
    // As if a peer's bundle had brought it: minutes that try to run a script and load an image.
    const payload = `<script>fetch('http://127.0.0.1:${port}/cli-fetch')</script><img src="http://127.0.0.1:${port}/cli-img">`;
    const raw = openData(db);
    raw.prepare('UPDATE meeting SET minutes = ?').run(payload);
    raw.close();
    const pdf = printLedger(dir, db, 'meetings');
    expect(pdfText(pdf)).toContain('<script>fetch(');
    expect(received).toEqual([]);
  }, 300_000);
});
