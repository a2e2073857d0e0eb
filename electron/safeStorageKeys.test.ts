import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../db/clock.js';
import { osUser } from '../test/support/safeStorage.js';
import { tempDir } from '../test/support/temp.js';
import { safeStorageKeyStore } from './safeStorageKeys.js';
import { needsPassword } from './services/cipher/dataKey.js';
import { keyFileFor, readKeyFile } from './services/cipher/keyFile.js';
import { machineKeyStore } from './services/cipher/localKeys.js';
import { openInstallation } from './services/installation.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('zhibu-safestorage-')));
afterEach(() => cleanup());

describe('the desktop app’s safeStorage slot', () => {
  it('a new installation keeps its key in safeStorage, not in a machine secret, and opens with it again', async () => {
    const machineDir = join(dir, 'machine');
    mkdirSync(machineDir);
    const path = join(dir, 'zhibu.sqlite');
    const me = osUser();
    const store = safeStorageKeyStore(me, machineKeyStore(machineDir));
    const clock = fixedClock('2026-11-23');
    await (await openInstallation(path, { clock, localKeys: store })).close();
    expect(readKeyFile(keyFileFor(path)).slots.map((s) => s.kind)).toEqual(['safeStorage']);
    expect(existsSync(join(machineDir, 'machine.key'))).toBe(false);
    await (await openInstallation(path, { clock, localKeys: store })).close();
    // Another OS user's safeStorage cannot open it; nor can the machine secret (the CLI): `zhibu unlock`.
    expect(needsPassword(path, safeStorageKeyStore(osUser(), machineKeyStore(machineDir)))).toBe(true);
    expect(needsPassword(path, machineKeyStore(machineDir))).toBe(true);
  });

  it('where safeStorage is unavailable, the machine secret is used as before', async () => {
    const machineDir = join(dir, 'machine');
    const path = join(dir, 'zhibu.sqlite');
    const store = safeStorageKeyStore(osUser(false), machineKeyStore(machineDir));
    await (await openInstallation(path, { clock: fixedClock('2026-11-23'), localKeys: store })).close();
    expect(readKeyFile(keyFileFor(path)).slots.map((s) => s.kind)).toEqual(['machine']);
    expect(needsPassword(path, machineKeyStore(machineDir))).toBe(false);
  });
});
