import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readKeyFile,
  unlockWithMachine,
  updateKeyFile,
  wrapForMachine,
  writeNewKeyFile,
} from '../../electron/services/cipher/keyFile.js';
import { tempDir } from '../support/temp.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('zhibu-keyfile-')));
afterEach(() => cleanup());

describe('the key file', () => {
  it('a new key file never replaces one written first (two programs creating one installation)', () => {
    const path = join(dir, 'zhibu.sqlite.key');
    const secret = randomBytes(32);
    const first = randomBytes(32);
    expect(writeNewKeyFile(path, [wrapForMachine(first, secret)])).toBe(true);
    const written = readFileSync(path, 'utf8');
    expect(writeNewKeyFile(path, [wrapForMachine(randomBytes(32), secret)])).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(written);
    expect(unlockWithMachine(readKeyFile(path), secret)).toEqual(first);
    expect(unlockWithMachine(readKeyFile(path), randomBytes(32))).toBeNull();
  });

  it('a slot whose wrapped key or tag was altered unlocks nothing', () => {
    const path = join(dir, 'zhibu.sqlite.key');
    const secret = randomBytes(32);
    const slot = wrapForMachine(randomBytes(32), secret);
    const bytes = Buffer.from(slot.wrapped, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(writeNewKeyFile(path, [{ ...slot, wrapped: bytes.toString('base64') }])).toBe(true);
    expect(unlockWithMachine(readKeyFile(path), secret)).toBeNull();
  });
});

/** Another program changing the key file (slotWriterChild.mjs), and what it has said so far. */
function otherProgram(args: string[]) {
  const proc = spawn(process.execPath, ['test/cipher/slotWriterChild.mjs', ...args], { stdio: 'pipe' });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const closed = new Promise<number | null>((resolve) => proc.once('close', resolve));
  return {
    said: (word: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => out.includes(word) && resolve();
        proc.stdout.on('data', check);
        check();
        void closed.then(() => reject(new Error(`exited before saying ${word}:\n${err}`)));
      }),
    go: () => proc.stdin.write('\n'),
    finished: async () => {
      const code = await closed;
      return { code, err };
    },
  };
}

const slotIds = (path: string) => readKeyFile(path).slots.map((s) => (s.kind === 'machine' ? 'machine' : s.id));

describe('two programs changing the key file', () => {
  it('take turns: the slots both add, at the same time, all survive', async () => {
    const path = join(dir, 'zhibu.sqlite.key');
    writeNewKeyFile(path, [wrapForMachine(randomBytes(32), randomBytes(32))]);
    const count = 30;
    const a = otherProgram(['race', path, 'aa', String(count)]);
    const b = otherProgram(['race', path, 'bb', String(count)]);
    await Promise.all([a.said('ready'), b.said('ready')]);
    a.go();
    b.go();
    expect(await a.finished()).toEqual({ code: 0, err: '' });
    expect(await b.finished()).toEqual({ code: 0, err: '' });
    const ids = (prefix: string) =>
      Array.from({ length: count }, (_, i) => `${prefix}${i.toString(16).padStart(14, '0')}`);
    expect(slotIds(path).sort()).toEqual(['machine', ...ids('aa'), ...ids('bb')].sort());
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a change made while another program holds the file waits for it: neither is lost', async () => {
    const path = join(dir, 'zhibu.sqlite.key');
    writeNewKeyFile(path, [wrapForMachine(randomBytes(32), randomBytes(32))]);
    const holder = otherProgram(['hold', path, 'cc00000000000000']);
    await holder.said('holding');
    const adder = otherProgram(['add', path, 'dd00000000000000']);
    await adder.said('trying');
    holder.go();
    expect(await holder.finished()).toEqual({ code: 0, err: '' });
    expect(await adder.finished()).toEqual({ code: 0, err: '' });
    expect(slotIds(path).sort()).toEqual(['cc00000000000000', 'dd00000000000000', 'machine']);
  });

  it('a lock left by a program that is gone is broken', async () => {
    const path = join(dir, 'zhibu.sqlite.key');
    writeNewKeyFile(path, [wrapForMachine(randomBytes(32), randomBytes(32))]);
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('close', resolve));
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: gone.pid, host: hostname(), token: 'crashed' }));
    updateKeyFile(path, (slots) => [...slots, { kind: 'safeStorage', id: 'ee00000000000000', wrapped: 'AA==' }]);
    expect(existsSync(`${path}.lock`)).toBe(false);

    // Crashed between creating the lock and writing who holds it: broken once it is old.
    writeFileSync(`${path}.lock`, '');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, longAgo, longAgo);
    updateKeyFile(path, (slots) => [...slots, { kind: 'safeStorage', id: 'ff00000000000000', wrapped: 'AA==' }]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(slotIds(path).sort()).toEqual(['ee00000000000000', 'ff00000000000000', 'machine']);
  });
});
