import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile } from '../../electron/api/exchange.js';
import { encodeZipped, readEnvelope, type HeaderFields } from '../../electron/sync/format.js';
import { ensureIdentity } from '../../electron/sync/identity.js';
import { publicKeys } from '../../electron/sync/keys.js';
import { MAX_BODY_BYTES, MAX_BUNDLE_ROWS } from '../../electron/sync/limits.js';
import { contractOf } from '../support/api.js';
import { tempDir, type TestInstallation } from '../support/temp.js';
import { contentHash, enrolledPair } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;
let dir: string;
let cleanup: () => void;

beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
  ({ dir, cleanup } = tempDir('zhibu-limits-'));
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
  cleanup();
});

/** gzip of `head`, `total` bytes of filler, then `tail`, made chunk by chunk (never whole in memory). */
async function zipped(head: string, total: number, tail: string): Promise<Buffer> {
  const gz = createGzip({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gz.on('end', resolve));
  gz.write(head);
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  for (let n = 0; n < total; n += chunk.length) gz.write(chunk.subarray(0, Math.min(chunk.length, total - n)));
  gz.end(tail);
  await done;
  return Buffer.concat(out);
}

/** A bundle from the branch with this body, signed with the branch's keys (its header as exported). */
async function signedWith(body: Buffer): Promise<string> {
  const real = await contractOf(branch).ok<BundleFile>('exchange.export', {});
  const h = readEnvelope(Buffer.from(real.base64, 'base64')).header;
  const fields: HeaderFields = { sender: h.sender, recipient: h.recipient, seq: h.seq, created: h.created, ack: h.ack };
  if (h.enrol) fields.enrol = h.enrol;
  const keys = {
    senderSignSeed: (await ensureIdentity(branch.ctx.db)).signSeed,
    recipientEnc: publicKeys(await ensureIdentity(office.ctx.db)).enc,
  };
  const file = join(dir, 'crafted.zbx');
  writeFileSync(file, encodeZipped(fields, body, keys));
  return file;
}

/** Imports in a child process (the office's file, closed here first) and reports its peak memory. */
async function importInChild(file: string): Promise<{ ok: boolean; message?: string; peakMb: number }> {
  await office.close();
  const r = spawnSync(process.execPath, ['test/sync/importRss.mjs', office.path, file, '2026-11-23T09:00:00Z'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { ok: boolean; message?: string; peakMb: number };
}

describe('resource limits on a signed bundle', () => {
  it('stops inflating a gzip bomb at the body limit, within 300 MB of memory, changing nothing', async () => {
    const before = await contentHash(office);
    const bomb = await zipped('{"changes":[],"pad":"', 1024 * 1024 * 1024, '"}');
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = await importInChild(await signedWith(bomb));
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^数据包内容超过 32 MB 的上限/) as string,
    });
    expect(r.peakMb).toBeLessThan(300);
    office = { ...office, ...(await reopen()) };
    expect(await contentHash(office)).toBe(before);
  }, 120_000);

  it('reads a body just under the limit within 300 MB of memory', async () => {
    const body = await zipped('{"changes":[],"pad":"', MAX_BODY_BYTES - 64, '"}');
    const r = await importInChild(await signedWith(body));
    expect(r).toMatchObject({ ok: true });
    expect(r.peakMb).toBeLessThan(300);
    office = { ...office, ...(await reopen()) };
  }, 120_000);

  it('refuses more rows than the limit before looking at any of them', async () => {
    const rows = `[${Array.from({ length: MAX_BUNDLE_ROWS + 1 }, () => '{}').join(',')}]`;
    const file = await signedWith(await zipped(`{"changes":${rows}`, 0, '}'));
    const r = await importInChild(file);
    expect(r).toMatchObject({ ok: false, message: `数据包的记录超过 ${MAX_BUNDLE_ROWS} 条的上限，已拒绝` });
    office = { ...office, ...(await reopen()) };
  }, 120_000);
});

async function reopen(): Promise<Pick<TestInstallation, 'ctx' | 'database' | 'close'>> {
  const { openInstallation } = await import('../../electron/services/installation.js');
  return openInstallation(office.path, { clock: office.clock });
}
