import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKeyed } from '../../db/cipher.js';
import { fixedClock } from '../../db/clock.js';
import { DatabaseOpenError } from '../../db/errors.js';
import { openDatabase } from '../../db/open.js';
import { SECOND_DIR_KEY } from '../../electron/services/backups/maintenance.js';
import { SECOND_SUBDIR } from '../../electron/services/backups/set.js';
import { keyFileFor } from '../../electron/services/cipher/keyFile.js';
import { openInstallation, type Installation } from '../../electron/services/installation.js';
import { setMeta } from '../../db/queries/localMeta.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempDir } from '../support/temp.js';

let dir: string;
let cleanup: () => void;
let path: string;
let inst: Installation | null;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cipher-'));
  path = join(dir, 'zhibu.sqlite');
  inst = null;
});
afterEach(async () => {
  await inst?.close();
  cleanup();
});

const clock = fixedClock('2026-12-07T09:00:00');

async function branch(): Promise<Installation> {
  inst = await openInstallation(path, { clock, nodeId: '0123456789abcdef' });
  await contractOf(inst).ok('org.setup', SAMPLE_BRANCH);
  await contractOf(inst).ok('groups.save', { name: '第一党小组' });
  return inst;
}

function header(file: string): string {
  return readFileSync(file).subarray(0, 16).toString('latin1');
}

/** What reading the file with SQLite's plain settings gives: the error code, or 'readable'. */
function plainRead(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return 'readable';
  } catch (err) {
    return (err as { code: string }).code;
  } finally {
    db.close();
  }
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function openError(opening: Promise<unknown>): Promise<DatabaseOpenError> {
  try {
    await opening;
  } catch (err) {
    if (err instanceof DatabaseOpenError) return err;
    throw err;
  }
  throw new Error('expected a DatabaseOpenError');
}

describe('encryption at rest', () => {
  it('a new installation is encrypted: no SQLite header, unreadable with plain settings, the key file holds no raw key', async () => {
    const i = await branch();
    const key = i.database.key;
    expect(key?.length).toBe(32);
    await i.close();
    inst = null;
    expect(header(path)).not.toBe('SQLite format 3\0');
    expect(plainRead(path)).toBe('SQLITE_NOTADB');
    const keyFile = readFileSync(keyFileFor(path), 'utf8');
    for (const form of ['hex', 'base64', 'base64url'] as const)
      expect(keyFile).not.toContain((key as Buffer).toString(form));
    // The personal data is not in the file's bytes either.
    expect(readFileSync(path).includes(Buffer.from('张建国'))).toBe(false);
    // Reopened with its key file, it is the same data.
    inst = await openInstallation(path, { clock });
    expect(await contractOf(inst).ok<{ groups: { name: string }[] }>('org.overview', {})).toMatchObject({
      groups: [{ name: '第一党小组' }],
    });
  });

  it('a wrong key is a Chinese error that changes nothing: no empty database, no new file', async () => {
    await (await branch()).close();
    inst = null;
    const before = sha(path);
    const err = await openError(openDatabase(path, { key: randomBytes(32) }));
    expect(err.code).toBe('DB_UNREADABLE');
    expect(err.message).toMatch(/^数据文件无法解密：密钥不对或密钥文件丢失/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('a missing key file is a Chinese error, and the data file is neither replaced nor touched', async () => {
    await (await branch()).close();
    inst = null;
    const before = sha(path);
    renameSync(keyFileFor(path), `${keyFileFor(path)}.elsewhere`);
    await expect(openInstallation(path, { clock })).rejects.toThrow(/数据文件无法解密.*密钥文件 .* 不见了/);
    expect(sha(path)).toBe(before);
    expect(existsSync(keyFileFor(path))).toBe(false);
    renameSync(`${keyFileFor(path)}.elsewhere`, keyFileFor(path));
    inst = await openInstallation(path, { clock });
    expect((await contractOf(inst).ok<{ groups: unknown[] }>('org.overview', {})).groups).toHaveLength(1);
  });

  it("another machine's secret cannot unwrap the key: a Chinese error naming the cause", async () => {
    await (await branch()).close();
    inst = null;
    const otherMachine = join(dir, 'other-machine');
    mkdirSync(otherMachine);
    await expect(openInstallation(path, { clock, machineKeyDir: otherMachine })).rejects.toThrow(
      /本机（当前系统用户）不能直接打开.*登录.*zhibu unlock --db/,
    );
    // Nothing was written for the other machine: no secret made up to unlock with.
    expect(readdirSync(otherMachine)).toEqual([]);
  });

  it('every backup is encrypted with the data key: the data folder copy and the USB copy', async () => {
    const i = await branch();
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    await setMeta(i.ctx.db, SECOND_DIR_KEY, usb);
    const out = await i.ctx.maintenance?.backup('manual');
    expect(out?.secondError).toBeNull();
    for (const file of [out?.path as string, out?.secondPath as string]) {
      expect(file.startsWith(dir)).toBe(true);
      expect(header(file)).not.toBe('SQLite format 3\0');
      expect(plainRead(file)).toBe('SQLITE_NOTADB');
      const copy = openKeyed(file, { key: i.database.key, readonly: true });
      expect(copy.prepare('SELECT name FROM party_group').all()).toEqual([{ name: '第一党小组' }]);
      copy.close();
    }
    expect(readdirSync(join(usb, SECOND_SUBDIR))).toHaveLength(1);
  });

  it('an encrypted backup restores, and its 恢复前 copy (encrypted too) undoes the restore', async () => {
    const i = await branch();
    const first = await i.ctx.maintenance?.backup('manual');
    await contractOf(i).ok('groups.save', { name: '第二党小组' });
    const names = async () =>
      (await contractOf(i).ok<{ groups: { name: string }[] }>('org.overview', {})).groups.map((g) => g.name).sort();

    const r = await i.ctx.maintenance?.restore(first?.path as string);
    expect(await names()).toEqual(['第一党小组']);
    expect(header(path)).not.toBe('SQLite format 3\0');
    const undo = join(dir, '备份', r?.undoName as string);
    expect(plainRead(undo)).toBe('SQLITE_NOTADB');
    await i.ctx.maintenance?.restore(undo);
    expect(await names()).toEqual(['第一党小组', '第二党小组']);
  });

  it('a backup made with another key is refused by restore, and the data stays as it was', async () => {
    const i = await branch();
    const foreign = join(dir, 'foreign.sqlite');
    const other = openKeyed(foreign, { key: randomBytes(32) });
    other.exec('CREATE TABLE organization (id TEXT); PRAGMA user_version = 3');
    other.close();
    await expect(i.ctx.maintenance?.restore(foreign)).rejects.toThrow(/不是用本机数据的密钥加密的/);
    expect((await contractOf(i).ok<{ groups: unknown[] }>('org.overview', {})).groups).toHaveLength(1);
  });

  it('the CLI opens the encrypted file with this machine’s key, and `zhibu backup` writes an encrypted copy', async () => {
    await (await branch()).close();
    inst = null;
    const zhibu = (args: string[]) =>
      spawnSync(process.execPath, ['scripts/zhibu.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
    const info = zhibu(['info', '--db', path]);
    expect(info.stderr).toBe('');
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('东风村');
    const out = join(dir, 'copy.sqlite');
    expect(zhibu(['backup', '--db', path, '--out', out]).status).toBe(0);
    expect(plainRead(out)).toBe('SQLITE_NOTADB');

    rmSync(keyFileFor(path));
    const refused = zhibu(['info', '--db', path]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/错误：数据文件无法解密/);
  });

  it('a file that is not a database is refused in Chinese, and no key file is made for it', async () => {
    writeFileSync(path, '这不是数据库'.repeat(100));
    await expect(openInstallation(path, { clock })).rejects.toThrow(/或者它不是支部台账的数据文件/);
    expect(existsSync(keyFileFor(path))).toBe(false);
  });
});
