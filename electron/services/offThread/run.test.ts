import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../api/exchange.js';
import type { MemberDetail, MemberSummary } from '../../api/members.js';
import { buildIdNumber } from '../../api/idNumber.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { countyPair } from '../../../test/county/support.js';
import { checkFile } from '../../../db/backupFile.js';
import { looksEncrypted, openKeyed, type DataKey } from '../../../db/cipher.js';
import { migrations } from '../../../db/migrations/index.js';
import { openDatabase } from '../../../db/open.js';
import { openGate } from '../access/lockedStart.js';
import { operatorSession } from '../access/session.js';
import { listBackups } from '../backups/set.js';
import { keyFileFor } from '../cipher/keyFile.js';
import { openInstallation, type Installation } from '../installation.js';
import { xlsxBase64 } from '../members/import/sheets.testkit.js';
import type { VerifyJob } from '../verify/job.js';
import { verifyDatabase } from '../verify/verify.js';
import { backupOffThread, verifyOffThread } from './run.js';
import { fill, noted, partIn, rosterOf, seenUnderWay } from './underWay.testkit.js';

let branch: TestInstallation;

const jobFor = (inst: TestInstallation): VerifyJob => ({
  path: inst.path,
  key: inst.database.key,
  nowMs: inst.clock.nowMs(),
});

const notHere = () => Promise.reject(new Error('the work ran on the serving thread'));

beforeEach(async () => {
  branch = await tempInstallation();
  const api = contractOf(branch);
  await api.ok('org.setup', SAMPLE_BRANCH);
  const zhang = await api.ok<MemberDetail>('members.create', person({ name: '张三' }));
  await api.ok('members.event', { kind: 'death', id: zhang.id, date: '2026-10-01' });
});
afterEach(async () => branch.dispose());

describe('start-up verify and start-up backup off the serving thread', () => {
  it('reads the keyed file on its own thread and finds what the in-process check finds', async () => {
    expect(branch.database.key).not.toBeNull();
    const sqlite = branch.database.sqlite;
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare("INSERT INTO sync_outbox (peer_code, seq, created, change_cursor, rows) VALUES ('ZZ999', 1, ?, 0, 0)")
      .run('2026-01-01T00:00:00.000Z');
    sqlite.prepare("UPDATE member_event SET kind = 'restore' WHERE kind = 'death'").run();

    const r = await verifyOffThread(jobFor(branch), notHere);
    expect(r.ran).toBe('worker');
    expect(r.value.map((f) => f.check)).toEqual(['references', 'history']);
    expect(r.value).toEqual(await verifyDatabase(branch.ctx));
  });

  it('lets the serving connection answer while the check runs', async () => {
    // Pages for integrity_check to read: the check outlasts a roster read by far.
    const sqlite = branch.database.sqlite;
    sqlite.exec('CREATE TABLE filler (b BLOB)');
    const fill = sqlite.prepare('INSERT INTO filler VALUES (randomblob(4096))');
    sqlite.transaction(() => {
      for (let i = 0; i < 5000; i += 1) fill.run();
    })();

    const order: string[] = [];
    const check = noted(order, 'check', verifyOffThread(jobFor(branch), notHere));
    const roster = noted(order, 'read', rosterOf(branch));
    const [r, names] = await Promise.all([check, roster]);
    expect(names).toEqual(['张三']);
    expect(r).toEqual({ ran: 'worker', value: [] });
    expect(order).toEqual(['read', 'check']);
  });

  it('falls back to the serving connection when the file cannot be read on another', async () => {
    const r = await verifyOffThread({ ...jobFor(branch), key: Buffer.alloc(32, 7) }, () => verifyDatabase(branch.ctx));
    expect(r).toEqual({ ran: 'inline', value: [] });
  });

  it('takes the start-up backup on its own thread: encrypted with the same key, checked, listed', async () => {
    const job = {
      databasePath: branch.path,
      kind: 'start' as const,
      nowMs: branch.clock.nowMs(),
      secondDir: null,
      key: branch.database.key,
    };
    const r = await backupOffThread(job, notHere);
    expect(r.ran).toBe('worker');
    expect(listBackups(branch.path).map((b) => b.path)).toEqual([r.value.path]);
    expect(looksEncrypted(r.value.path)).toBe(true);
    expect(checkFile(r.value.path, branch.database.key)).toEqual([]);
  });

  it('takes the daily backup on its own thread too: the roster answers while the copy is made', async () => {
    const maintenance = branch.ctx.maintenance;
    if (!maintenance) throw new Error('an installation on a file has its maintenance');
    const order: string[] = [];
    const daily = noted(order, 'backup', maintenance.backup('daily'));
    const roster = noted(order, 'read', rosterOf(branch));
    const [outcome, names] = await Promise.all([daily, roster]);
    expect(names).toEqual(['张三']);
    // On the serving thread, VACUUM INTO would run through before the read's next step.
    expect(order).toEqual(['read', 'backup']);
    expect(listBackups(branch.path).map((b) => [b.path, b.kind])).toEqual([[outcome.path, 'daily']]);
    expect(looksEncrypted(outcome.path)).toBe(true);
    expect(checkFile(outcome.path, branch.database.key)).toEqual([]);
  });
});

/** The copy is encrypted with the installation's key and passes the backup check. */
function expectSound(path: string, key: DataKey | null): void {
  expect(key).not.toBeNull();
  expect(looksEncrypted(path)).toBe(true);
  expect(checkFile(path, key)).toEqual([]);
}

function namesIn(file: string, key: DataKey | null): string[] {
  const db = openKeyed(file, { key, readonly: true });
  try {
    return (db.prepare('SELECT name FROM member ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

/**
 * Waits until `work`'s copy is seen under way, then reads: the read is answered before the work
 * (copy, then its import or migration) is done.
 */
async function readWhileCopying<T, R>(
  underWay: () => boolean,
  work: Promise<T>,
  read: () => Promise<R>,
): Promise<[T, R, string[]]> {
  expect(await seenUnderWay(underWay, work)).toBe(true);
  const order: string[] = [];
  const reading = noted(order, 'read', read());
  const working = noted(order, 'work', work);
  return [await working, await reading, order];
}

describe('the backups the user waits for, off the serving thread too', () => {
  it('立即备份: the roster answers while the copy is made; the copy is listed as manual', async () => {
    fill(branch.database.sqlite);
    const [made, roster, order] = await readWhileCopying(
      partIn(branch.path),
      contractOf(branch).ok<{ name: string }>('backups.create', {}),
      () => rosterOf(branch),
    );
    expect(roster).toEqual(['张三']);
    expect(order).toEqual(['read', 'work']);
    const [copy] = listBackups(branch.path);
    expect(listBackups(branch.path).map((b) => [b.name, b.kind])).toEqual([[made.name, 'manual']]);
    expectSound(copy?.path as string, branch.database.key);
  });

  it('备份数据 (menu): the roster answers while the copy without keys is made beside its key file', async () => {
    fill(branch.database.sqlite);
    const maintenance = branch.ctx.maintenance;
    if (!maintenance) throw new Error('an installation on a file has its maintenance');
    const { dir, cleanup } = tempDir('zhibu-export-');
    try {
      const out = join(dir, '支部台账备份.sqlite');
      // backupWithoutKeys makes the copy in a working folder beside the data file.
      const working = () => readdirSync(dirname(branch.path)).some((n) => n.startsWith('.zhibu-backup-'));
      const [, roster, order] = await readWhileCopying(working, maintenance.copyWithoutKeys(out), () =>
        rosterOf(branch),
      );
      expect(roster).toEqual(['张三']);
      expect(order).toEqual(['read', 'work']);
      // Not one of the set: the user chose where it goes.
      expect(listBackups(branch.path)).toEqual([]);
      expectSound(out, branch.database.key);
      expect(existsSync(keyFileFor(out))).toBe(true);
      expect(namesIn(out, branch.database.key)).toEqual(['张三']);
    } finally {
      cleanup();
    }
  });

  it('before a roster import: the roster answers meanwhile, and the copy holds the data from before the import', async () => {
    fill(branch.database.sqlite);
    const sheet = await xlsxBase64({
      rows: [
        ['东风村党支部党员花名册'],
        ['序号', '姓名', '性别', '民族', '身份证号', '入党时间', '转正时间', '党小组'],
        [
          1,
          '周明',
          '男',
          '汉族',
          buildIdNumber('420527', '1966-05-18', 11, 'male'),
          '1992.07.01',
          '1993.07.01',
          '第一党小组',
        ],
      ],
      merges: ['A1:H1'],
    });
    const [, roster, order] = await readWhileCopying(
      partIn(branch.path),
      contractOf(branch).ok('members.importCommit', { fileName: 'roster.xlsx', fileBase64: sheet }),
      () => rosterOf(branch),
    );
    expect(roster).toEqual(['张三']);
    expect(order).toEqual(['read', 'work']);
    expect(await rosterOf(branch)).toEqual(['周明', '张三']);
    const [copy] = listBackups(branch.path);
    expect(copy?.kind).toBe('import');
    expectSound(copy?.path as string, branch.database.key);
    // The import wrote only once the copy was made.
    expect(namesIn(copy?.path as string, branch.database.key)).toEqual(['张三']);
  });

  it('before a bundle import: the office answers meanwhile, and the copy holds the data from before the import', async () => {
    const pair = await countyPair();
    try {
      fill(pair.office.database.sqlite);
      const li = await pair.b.ok<MemberDetail>('members.create', person({ name: '李四' }));
      const bundle = await pair.b.ok<BundleFile>('exchange.export', {});
      const [lines, org, order] = await readWhileCopying(
        partIn(pair.office.path),
        pair.o.ok<ImportLine[]>('exchange.import', { files: [bundle] }),
        () => pair.o.ok<{ code: string }>('org.get', {}),
      );
      expect(org.code).toBe('CG01');
      expect(order).toEqual(['read', 'work']);
      expect(lines.map((l) => l.ok)).toEqual([true]);
      expect((await pair.o.ok<MemberDetail>('members.get', { id: li.id })).name).toBe('李四');
      const [copy] = listBackups(pair.office.path);
      expect(listBackups(pair.office.path).map((b) => b.kind)).toEqual(['import']);
      expectSound(copy?.path as string, pair.office.database.key);
      expect(namesIn(copy?.path as string, pair.office.database.key)).toEqual([]);
    } finally {
      await pair.dispose();
    }
  });

  it('before a restore: a call made while the 恢复前 copy is under way waits, then reads the restored data', async () => {
    fill(branch.database.sqlite);
    const maintenance = branch.ctx.maintenance;
    if (!maintenance) throw new Error('an installation on a file has its maintenance');
    const first = await maintenance.backup('manual');
    branch.clock.advance(60_000);
    await contractOf(branch).ok('members.create', person({ name: '李四' }));

    // As the 备份与恢复 page and another browser reach the installation: through its transport's gate.
    const gate = openGate(branch.ctx);
    const session = operatorSession();
    const restoring = gate.call(session, 'backups.restore', { name: basename(first.path) });
    expect(await seenUnderWay(partIn(branch.path), restoring)).toBe(true);
    const reading = gate.call(session, 'members.list', { scope: 'all' });
    const [restored, read] = await Promise.all([restoring, reading]);

    if (!restored.ok || !read.ok) throw new Error('restore or read refused');
    expect((read.value as MemberSummary[]).map((m) => m.name)).toEqual(['张三']);
    const undo = listBackups(branch.path).find((b) => b.name === (restored.value as { undoName: string }).undoName);
    expect(undo?.kind).toBe('restore');
    expectSound(undo?.path as string, branch.database.key);
    // The data as it was before the restore, so restoring this copy undoes it.
    expect(namesIn(undo?.path as string, branch.database.key)).toEqual(['张三', '李四']);
  });

  it('before a migration: another installation answers while the 升级前 copy is made; the copy is the old version', async () => {
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'zhibu.sqlite');
    let migrated: Installation | null = null;
    try {
      // A file one version behind, encrypted with its installation's key.
      const fresh = await openInstallation(path, { clock: branch.clock });
      const key = fresh.database.key;
      await fresh.close();
      for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
      const older = await openDatabase(path, { key, migrations: migrations.slice(0, -1) });
      fill(older.sqlite);
      await older.close();

      // As a locked start opens the data at a browser's first login while the host serves others.
      const [inst, roster, order] = await readWhileCopying(
        partIn(path),
        openInstallation(path, { clock: branch.clock }),
        () => rosterOf(branch),
      );
      migrated = inst;
      expect(roster).toEqual(['张三']);
      expect(order).toEqual(['read', 'work']);
      const [copy] = listBackups(path);
      expect(listBackups(path).map((b) => b.kind)).toEqual(['migrate']);
      expect(inst.database.backupPath).toBe(copy?.path);
      expectSound(copy?.path as string, key);
      const copied = openKeyed(copy?.path as string, { key, readonly: true });
      try {
        expect(copied.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
      } finally {
        copied.close();
      }
    } finally {
      await migrated?.close();
      cleanup();
    }
  });
});
