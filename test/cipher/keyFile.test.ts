import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readKeyFile,
  unlockWithMachine,
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
