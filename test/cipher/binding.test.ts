import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile } from '../../db/backupFile.js';
import { BINDING_ENV } from '../../db/cipher.js';
import { openDatabase } from '../../db/open.js';
import { tempDir } from '../support/temp.js';

const DEFAULT_ADDON = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir('zhibu-binding-'));
  file = join(dir, 'zhibu.sqlite');
  const db = await openDatabase(file);
  await db.close();
});
afterEach(() => {
  delete process.env[BINDING_ENV];
  cleanup();
});

// Electron from the sources names its own addon once (main.ts): a backup's check, which names none, must load that one.
describe('the SQLite addon a process names', () => {
  it('is the one every connection that names none loads', () => {
    process.env[BINDING_ENV] = join(dir, 'missing', 'better_sqlite3.node');
    const refused = checkFile(file, null);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('missing');

    const copy = join(dir, 'addon.node');
    copyFileSync(DEFAULT_ADDON, copy);
    process.env[BINDING_ENV] = copy;
    expect(checkFile(file, null)).toEqual([]);
  });

  it('is the default one when none is named', () => {
    expect(checkFile(file, null)).toEqual([]);
  });
});
