import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, closeSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupVerifyError, backupDirFor, checkFile, finishCopy, partialNameFor } from '../../db/backupFile.js';
import { openKeyed, type DataKey } from '../../db/cipher.js';
import { fixedClock } from '../../db/clock.js';
import { SECOND_DIR_KEY } from '../../electron/services/backups/maintenance.js';
import { listBackups, SECOND_SUBDIR, takeBackup } from '../../electron/services/backups/set.js';
import { openInstallation, type Installation } from '../../electron/services/installation.js';
import { ensureIdentity } from '../../electron/sync/identity.js';
import { setMeta } from '../../db/queries/localMeta.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempDir } from '../support/temp.js';

const DAY = 24 * 3600 * 1000;
let dir: string;
let cleanup: () => void;
let path: string;
let clock: ReturnType<typeof fixedClock>;
let inst: Installation;
/** The installation's data key: every backup is encrypted with it. */
let key: DataKey | null;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir('zhibu-backups-'));
  path = join(dir, 'zhibu.sqlite');
  clock = fixedClock('2026-12-06T09:00:00');
  inst = await openInstallation(path, { clock, nodeId: '0123456789abcdef' });
  key = inst.database.key;
  await contractOf(inst).ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => {
  await inst.close();
  cleanup();
});

const maintenance = () => {
  const m = inst.ctx.maintenance;
  if (!m) throw new Error('no maintenance');
  return m;
};
const groupNames = async () =>
  (await contractOf(inst).ok<{ groups: { name: string }[] }>('org.overview', {})).groups.map((g) => g.name).sort();
const addGroup = (name: string) => contractOf(inst).ok('groups.save', { name });

function identityRows(file: string): number {
  const db = openKeyed(file, { key, readonly: true });
  try {
    return (db.prepare("SELECT count(*) n FROM local_meta WHERE key = 'identity'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('automatic backups on real files', () => {
  it('a backup is a verified, owner-only copy that keeps the keys; the USB copy has none', async () => {
    await ensureIdentity(inst.ctx.db);
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    await setMeta(inst.ctx.db, SECOND_DIR_KEY, usb);
    const out = await maintenance().backup('start');
    expect(out.secondError).toBeNull();
    expect(out.path.startsWith(backupDirFor(path))).toBe(true);
    expect(statSync(out.path).mode & 0o777).toBe(0o600);
    expect(checkFile(out.path, key)).toEqual([]);
    expect(identityRows(out.path)).toBe(1);
    expect(out.secondPath).toBe(join(usb, SECOND_SUBDIR, out.path.split('/').pop() as string));
    expect(identityRows(out.secondPath as string)).toBe(0);
    expect(listBackups(path).map((b) => b.kind)).toEqual(['start']);
  });

  it('a second folder that cannot be written does not stop the backup; the reason is reported in Chinese', async () => {
    const usbFile = join(dir, 'stick');
    copyFileSync(path, usbFile);
    await setMeta(inst.ctx.db, SECOND_DIR_KEY, usbFile);
    const out = await maintenance().backup('daily');
    expect(out.secondPath).toBeNull();
    expect(out.secondError).toMatch(/第二备份文件夹.*未能写入/);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('verification refuses a corrupt copy: no file under a backup name is left', () => {
    const good = join(dir, 'good.sqlite');
    inst.database.sqlite.exec(`VACUUM INTO '${good}'`);
    const final = join(dir, 'final-manual.sqlite');
    const partial = partialNameFor(final);
    copyFileSync(good, partial);
    const size = statSync(partial).size;
    const fd = openSync(partial, 'r+');
    const page = 4096;
    for (let offset = page; offset < size; offset += page) writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, offset + 8);
    closeSync(fd);
    expect(() => finishCopy(partial, final, key)).toThrow(BackupVerifyError);
    expect(existsSync(final)).toBe(false);
    expect(existsSync(partial)).toBe(false);
  });

  it('rotation over 400 days with an injected clock: 5 newest, 7 days, 4 weeks, 12 months', async () => {
    // Taken on this connection: the app's daily copy runs on a worker thread (offThread/run.test.ts),
    // whose start-up, 400 times over, would only slow this test of the rotation.
    for (let d = 0; d < 400; d += 1) {
      await takeBackup(inst.database.sqlite, {
        databasePath: path,
        kind: 'daily',
        nowMs: clock.nowMs(),
        secondDir: null,
        key,
      });
      clock.advance(DAY);
    }
    const left = listBackups(path);
    expect(left.length).toBeGreaterThanOrEqual(19);
    expect(left.length).toBeLessThanOrEqual(5 + 7 + 4 + 12);
    const months = new Set(left.map((b) => new Date(b.createdMs).toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
    for (const b of left) expect(checkFile(b.path, key)).toEqual([]);
  }, 120_000);

  it('restore puts a backup in place, the running context sees it, and restoring the 恢复前 copy undoes it', async () => {
    await addGroup('第一党小组');
    const first = await maintenance().backup('manual');
    clock.advance(60_000);
    await addGroup('第二党小组');
    const ctx = inst.ctx;

    const r = await maintenance().restore(first.path);
    expect(inst.ctx).toBe(ctx);
    expect(await groupNames()).toEqual(['第一党小组']);
    expect(r.undoName).toMatch(/-restore\.sqlite$/);
    expect(maintenance().health()).toEqual({ state: 'done', findings: [] });
    await addGroup('恢复后新建');

    clock.advance(60_000);
    const undo = listBackups(path).find((b) => b.name === r.undoName);
    await maintenance().restore(undo?.path as string);
    expect(await groupNames()).toEqual(['第一党小组', '第二党小组']);
  });

  it('restore refuses a damaged file or a file that is not ours, and changes nothing', async () => {
    await addGroup('第一党小组');
    const junk = join(dir, 'junk.sqlite');
    const fd = openSync(junk, 'w');
    writeSync(fd, Buffer.alloc(8192, 7));
    closeSync(fd);
    await expect(maintenance().restore(junk)).rejects.toThrow(/已损坏或不是数据库/);
    const other = join(dir, 'other.sqlite');
    openKeyed(other, { key }).exec('CREATE TABLE x (a); PRAGMA user_version = 3').close();
    await expect(maintenance().restore(other)).rejects.toThrow(/不是支部台账的数据文件/);
    expect(await groupNames()).toEqual(['第一党小组']);
    expect(listBackups(path)).toEqual([]);
  });
});

/** Many rows, so a backup or restore lasts long enough to be cut. */
function bulk(file: string, n: number): void {
  const db = openKeyed(file, { key });
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) insert.run(`${i}`.padEnd(400, '党'));
  })();
  db.close();
}

/** The temporary files of copies under way (or cut short) in the backup folder. */
const partials = () =>
  existsSync(backupDirFor(path)) ? readdirSync(backupDirFor(path)).filter((n) => n.endsWith('.part')) : [];

/**
 * Runs the child and kills it `killAfterMs` after its copy has begun (a `.part` not there before):
 * the copy runs on the maintenance thread, whose start comes first and would take every short
 * delay. `cutMidCopy`: that copy's `.part` is still there, so the kill came before its end.
 */
async function runChild(args: string[], killAfterMs: number): Promise<{ out: string; cutMidCopy: boolean }> {
  const before = new Set(partials());
  const fresh = () => partials().some((n) => !before.has(n));
  const child = spawn(process.execPath, ['test/backups/child.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  while (!gone && !fresh()) await new Promise((r) => setTimeout(r, 2));
  await new Promise((r) => setTimeout(r, killAfterMs));
  child.kill('SIGKILL');
  await exited;
  return { out, cutMidCopy: fresh() };
}

function rowCount(file: string): number {
  const db = openKeyed(file, { key, readonly: true });
  try {
    return (db.prepare('SELECT count(*) n FROM filler').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('kill -9', () => {
  it('during a backup: the data file and every backup stay valid; the next backup cleans up', async () => {
    await inst.close();
    bulk(path, 80_000);
    let cut = 0;
    let midCopy = 0;
    for (const delay of [0, 30, 120, 400]) {
      const run = await runChild(['backup', path], delay);
      if (!run.out.includes('done')) cut += 1;
      if (run.cutMidCopy) midCopy += 1;
      expect(checkFile(path, key)).toEqual([]);
      expect(rowCount(path)).toBe(80_000);
      for (const b of listBackups(path)) expect(checkFile(b.path, key)).toEqual([]);
    }
    expect(cut).toBeGreaterThan(0);
    // Cut during the copy itself, not before it began.
    expect(midCopy).toBeGreaterThan(0);
    inst = await openInstallation(path, { clock });
    await maintenance().backup('manual');
    expect(readdirSync(backupDirFor(path)).filter((n) => n.endsWith('.part'))).toEqual([]);
  }, 180_000);

  it('during a restore: the data file is the old one or the restored one, whole; the set stays valid', async () => {
    await addGroup('旧');
    const small = (await maintenance().backup('manual')).path;
    await inst.close();
    bulk(path, 80_000);
    const olds = new Set<number>();
    for (const delay of [0, 20, 80, 300]) {
      const { out } = await runChild(['restore', path, small], delay);
      expect(checkFile(path, key)).toEqual([]);
      const db = openKeyed(path, { key, readonly: true });
      const hasFiller = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'filler'").get() !== undefined;
      db.close();
      if (hasFiller) {
        expect(rowCount(path)).toBe(80_000);
        olds.add(delay);
      } else expect(out).toContain('begin');
      for (const b of listBackups(path)) expect(checkFile(b.path, key)).toEqual([]);
      if (!hasFiller) break;
    }
    expect(olds.size).toBeGreaterThan(0);
    inst = await openInstallation(path, { clock });
  }, 180_000);
});
