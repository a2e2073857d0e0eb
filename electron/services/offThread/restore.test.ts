import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail, MemberSummary } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { backupDirFor, backupFileName, backupStem } from '../../../db/backupFile.js';
import { openKeyed, type DataKey } from '../../../db/cipher.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openGate } from '../access/lockedStart.js';
import { operatorSession } from '../access/session.js';
import type { Maintenance } from '../backups/maintenance.js';
import { assertRestorable, replaceDatabaseFile } from '../backups/restore.js';
import { listBackups } from '../backups/set.js';
import { ServiceError } from '../errors.js';
import { keepDamagedOffThread, replaceDataOffThread, restoreCheckOffThread } from './run.js';
import { fill, noted, rosterOf, seenUnderWay } from './underWay.testkit.js';

let branch: TestInstallation;
let key: DataKey | null;

beforeEach(async () => {
  branch = await tempInstallation();
  key = branch.database.key;
  const api = contractOf(branch);
  await api.ok('org.setup', SAMPLE_BRANCH);
  await api.ok<MemberDetail>('members.create', person({ name: '张三' }));
});
afterEach(async () => branch.dispose());

function maintenanceOf(inst: TestInstallation): Maintenance {
  if (!inst.ctx.maintenance) throw new Error('an installation on a file has its maintenance');
  return inst.ctx.maintenance;
}

/**
 * Whether this process, on any of its threads, has `file` open (Linux lists a process's open
 * files in /proc/self/fd). A check made on the serving thread opens and closes the file within
 * one turn of the event loop, so it is never seen open.
 */
function openHere(file: string): boolean {
  const real = realpathSync(file);
  return readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === real;
    } catch {
      return false;
    }
  });
}

function namesIn(file: string): string[] {
  const db = openKeyed(file, { key, readonly: true });
  try {
    return (db.prepare('SELECT name FROM member ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe("a restore's check of the chosen backup, off the serving thread", () => {
  it('the roster answers while the chosen backup is checked; then the backup is put in place', async () => {
    fill(branch.database.sqlite);
    const first = await maintenanceOf(branch).backup('manual');
    branch.clock.advance(60_000);
    await contractOf(branch).ok('members.create', person({ name: '李四' }));

    // As the 备份与恢复 page and another browser reach the installation: through its transport's gate.
    const gate = openGate(branch.ctx);
    const session = operatorSession();
    const restoring = gate.call(session, 'backups.restore', { name: basename(first.path) });
    // Until the 恢复前 copy is listed, only the check has the chosen file open.
    const checking = () => openHere(first.path) && !listBackups(branch.path).some((b) => b.kind === 'restore');
    expect(await seenUnderWay(checking, restoring)).toBe(true);
    const order: string[] = [];
    const reading = noted(order, 'read', gate.call(session, 'members.list', { scope: 'all' }));
    const [restored, read] = await Promise.all([noted(order, 'restore', restoring), reading]);

    if (!restored.ok || !read.ok) throw new Error('restore or read refused');
    // Answered on the data as it still was, not held until the restore was done.
    expect((read.value as MemberSummary[]).map((m) => m.name).sort()).toEqual(['张三', '李四']);
    expect(order).toEqual(['read', 'restore']);
    expect(await rosterOf(branch)).toEqual(['张三']);
    const undo = listBackups(branch.path).find((b) => b.name === (restored.value as { undoName: string }).undoName);
    expect(undo?.kind).toBe('restore');
    expect(namesIn(undo?.path as string)).toEqual(['张三', '李四']);
  });
});

/** A file under a backup's name in the set, as 恢复 lists it; `make` writes it. */
function planted(day: number, make: (path: string) => void): string {
  const path = join(
    backupDirFor(branch.path),
    backupFileName(backupStem(branch.path), Date.UTC(2026, 0, day), 'manual'),
  );
  make(path);
  return path;
}

/** What a refusal carries to the user: ServiceError's own fields, which must survive the thread. */
function wordsOf(err: unknown): { name: string; code: string; message: string; field: string | undefined } {
  if (!(err instanceof ServiceError)) throw new Error(`not a refusal: ${String(err)}`);
  return { name: err.name, code: err.code, message: err.message, field: err.field };
}

function refusalOf(work: () => void): unknown {
  try {
    work();
  } catch (err) {
    return err;
  }
  throw new Error('accepted');
}

const notHere = () => Promise.reject(new Error('the work ran on the serving thread'));

describe('a backup that cannot be restored', () => {
  it('damaged, newer, another key or not ours: refused on the thread in the same words, and nothing changes', async () => {
    // Makes the backup folder and a sound encrypted copy to turn into a newer one.
    const sound = await maintenanceOf(branch).backup('manual');
    const files = [
      planted(1, (p) => {
        const fd = openSync(p, 'w');
        writeSync(fd, Buffer.alloc(8192, 7));
        closeSync(fd);
      }),
      planted(2, (p) => {
        renameSync(sound.path, p);
        openKeyed(p, { key })
          .exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`)
          .close();
      }),
      planted(3, (p) =>
        openKeyed(p, { key: Buffer.alloc(32, 7) })
          .exec(`CREATE TABLE organization (id); PRAGMA user_version = ${LATEST_SCHEMA_VERSION}`)
          .close(),
      ),
      planted(4, (p) => openKeyed(p, { key }).exec('CREATE TABLE x (a); PRAGMA user_version = 3').close()),
    ];
    const before = listBackups(branch.path).map((b) => b.name);

    const messages: string[] = [];
    for (const file of files) {
      const inline = wordsOf(refusalOf(() => assertRestorable(file, LATEST_SCHEMA_VERSION, key)));
      const job = { file, latestVersion: LATEST_SCHEMA_VERSION, key };
      const crossed = await restoreCheckOffThread(job, notHere).then(
        () => null,
        (err: unknown) => err,
      );
      expect(wordsOf(crossed)).toEqual(inline);
      const refusal = await contractOf(branch).refusal('backups.restore', { name: basename(file) });
      expect(refusal).toMatchObject({ code: inline.code, message: inline.message, field: inline.field });
      messages.push(inline.message);
    }
    expect(messages.map((m) => m.split('：')[0])).toEqual([
      '备份文件已损坏或不是数据库（或不是用本机数据的密钥加密的），不能恢复',
      `这个备份来自更新版本的支部台账（数据版本 ${LATEST_SCHEMA_VERSION + 1}），请先升级程序`,
      '备份文件已损坏或不是数据库（或不是用本机数据的密钥加密的），不能恢复',
      '这个文件不是支部台账的数据文件，不能恢复',
    ]);
    // No 恢复前 copy was made and the data is as it was, on a connection that still answers.
    expect(listBackups(branch.path).map((b) => b.name)).toEqual(before);
    expect(readdirSync(backupDirFor(branch.path)).filter((n) => n.endsWith('.bad') || n.endsWith('.part'))).toEqual([]);
    expect(await rosterOf(branch)).toEqual(['张三']);
  });

  it('while another program has the data open, the copy into place is refused on the thread in the same words', async () => {
    const first = await maintenanceOf(branch).backup('manual');
    await contractOf(branch).ok('members.create', person({ name: '李四' }));
    // Its -wal outlives the restore's close of the app's connection, as the desktop app's would.
    const other = openKeyed(branch.path, { key });
    try {
      // The app's own connection keeps a -wal too, so this refuses before it copies anything.
      const inline = wordsOf(refusalOf(() => replaceDatabaseFile(branch.path, first.path, key)));
      const job = { databasePath: branch.path, file: first.path, key };
      const crossed = await replaceDataOffThread(job, notHere).then(
        () => null,
        (err: unknown) => err,
      );
      expect(wordsOf(crossed)).toEqual(inline);
      const refusal = await contractOf(branch).refusal('backups.restore', { name: basename(first.path) });
      expect(refusal).toMatchObject({ code: inline.code, message: inline.message });
      expect(refusal.field).toBeUndefined();
      expect(await rosterOf(branch)).toEqual(['张三', '李四']);
    } finally {
      other.close();
    }
  });
});

describe("a restore's other steps on files", () => {
  it('each runs on the thread: the check of a sound backup, the raw copy, the copy into place', async () => {
    const first = await maintenanceOf(branch).backup('manual');
    const target = join(dirname(branch.path), 'elsewhere.sqlite');
    const check = await restoreCheckOffThread({ file: first.path, latestVersion: LATEST_SCHEMA_VERSION, key }, notHere);
    expect(check.ran).toBe('worker');
    const replaced = await replaceDataOffThread({ databasePath: target, file: first.path, key }, notHere);
    expect(replaced.ran).toBe('worker');
    expect(namesIn(target)).toEqual(['张三']);
    const kept = await keepDamagedOffThread({ databasePath: target, nowMs: branch.clock.nowMs() }, notHere);
    expect(kept.ran).toBe('worker');
    expect(readFileSync(join(backupDirFor(target), kept.value)).equals(readFileSync(target))).toBe(true);
  });

  it('over data too damaged to back up: its raw bytes are kept, then the backup is put in place', async () => {
    const first = await maintenanceOf(branch).backup('manual');
    const sqlite = branch.database.sqlite;
    fill(sqlite);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // 200 of the filler's pages overwritten on disk, and the connection's cached copies dropped.
    const fd = openSync(branch.path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 200, 9), 0, 4096 * 200, 4096 * 1000);
    closeSync(fd);
    sqlite.pragma('shrink_memory');
    const damaged = readFileSync(branch.path);

    const r = await maintenanceOf(branch).restore(first.path);
    expect(r.undoName).toBeNull();
    expect(r.damagedName).toMatch(/-damaged\.sqlite\.bad$/);
    expect(readFileSync(join(backupDirFor(branch.path), r.damagedName as string)).equals(damaged)).toBe(true);
    expect(await rosterOf(branch)).toEqual(['张三']);
  });
});
