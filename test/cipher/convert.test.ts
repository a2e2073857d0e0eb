import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { looksEncrypted, openKeyed } from '../../db/cipher.js';
import { fixedClock } from '../../db/clock.js';
import { listBackups } from '../../electron/services/backups/set.js';
import { keyFileFor } from '../../electron/services/cipher/keyFile.js';
import { openInstallation, type Installation } from '../../electron/services/installation.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempDir } from '../support/temp.js';

let dir: string;
let cleanup: () => void;
let path: string;
let inst: Installation | null;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-convert-'));
  path = join(dir, 'zhibu.sqlite');
  inst = null;
});
afterEach(async () => {
  await inst?.close();
  cleanup();
});

const clock = fixedClock('2026-12-07T09:00:00');

/** Decrypts a file in place (sqlite3mc: an empty rekey), as files were before encryption at rest. */
function decrypt(file: string, key: Buffer): void {
  const db = openKeyed(file, { key });
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
}

/**
 * An installation as the app left it before encryption at rest: a plain data file with one group,
 * and a plain manual backup in its backup folder. No key file.
 */
async function plainInstallation(): Promise<string> {
  const i = await openInstallation(path, { clock, nodeId: '0123456789abcdef' });
  await contractOf(i).ok('org.setup', SAMPLE_BRANCH);
  await contractOf(i).ok('groups.save', { name: '第一党小组' });
  const backup = (await i.ctx.maintenance?.backup('manual'))?.path as string;
  const key = i.database.key as Buffer;
  await i.close();
  decrypt(path, key);
  decrypt(backup, key);
  rmSync(keyFileFor(path));
  expect(looksEncrypted(path)).toBe(false);
  expect(readFileSync(path).includes(Buffer.from('张建国'))).toBe(true);
  return backup;
}

const groupNames = async (i: Installation) =>
  (await contractOf(i).ok<{ groups: { name: string }[] }>('org.overview', {})).groups.map((g) => g.name).sort();

describe('converting a plain data file', () => {
  it('backs up first, encrypts the data file and the plain backups beside it, and keeps every record', async () => {
    const oldBackup = await plainInstallation();
    clock.advance(60_000);
    inst = await openInstallation(path, { clock });
    expect(await groupNames(inst)).toEqual(['第一党小组']);
    expect(looksEncrypted(path)).toBe(true);
    expect(readFileSync(path).includes(Buffer.from('张建国'))).toBe(false);
    expect(existsSync(keyFileFor(path))).toBe(true);

    const backups = listBackups(path);
    expect(backups.map((b) => b.kind).sort()).toEqual(['manual', 'migrate']);
    expect(backups.map((b) => b.path)).toContain(oldBackup);
    for (const b of backups) {
      expect(looksEncrypted(b.path)).toBe(true);
      const copy = openKeyed(b.path, { key: inst.database.key, readonly: true });
      expect(copy.prepare('SELECT name FROM party_group').all()).toEqual([{ name: '第一党小组' }]);
      copy.close();
    }
    await contractOf(inst).ok('groups.save', { name: '第二党小组' });
    expect(await groupNames(inst)).toEqual(['第一党小组', '第二党小组']);
  });

  it('refused while another program has the file open: nothing changes, and the next start converts', async () => {
    await plainInstallation();
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.prepare('SELECT count(*) FROM party_group').get();
    const before = readFileSync(path);

    await expect(openInstallation(path, { clock })).rejects.toThrow(/正被另一个支部台账窗口.*无法加密.*数据未改动/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(looksEncrypted(path)).toBe(false);
    // The pre-conversion backup was taken and stays readable.
    expect(listBackups(path).some((b) => b.kind === 'migrate')).toBe(true);
    other.close();

    inst = await openInstallation(path, { clock });
    expect(looksEncrypted(path)).toBe(true);
    expect(await groupNames(inst)).toEqual(['第一党小组']);
  });

  it('a plain file from a newer app is refused and left untouched, not encrypted', async () => {
    await plainInstallation();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(path);
    await expect(openInstallation(path, { clock })).rejects.toThrow(/请升级支部台账/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(listBackups(path).some((b) => b.kind === 'migrate')).toBe(false);
  });

  it('a plain backup from before encryption restores into the encrypted installation, encrypted', async () => {
    await plainInstallation();
    const plainCopy = join(dir, 'old-plain.sqlite');
    copyFileSync(path, plainCopy);
    inst = await openInstallation(path, { clock });
    await contractOf(inst).ok('groups.save', { name: '第二党小组' });

    await inst.ctx.maintenance?.restore(plainCopy);
    expect(await groupNames(inst)).toEqual(['第一党小组']);
    expect(looksEncrypted(path)).toBe(true);
    expect(looksEncrypted(plainCopy)).toBe(false);
    await inst.close();
    inst = await openInstallation(path, { clock });
    expect(await groupNames(inst)).toEqual(['第一党小组']);
  });
});
