import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail, MemberSummary } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { checkFile } from '../../../db/backupFile.js';
import { looksEncrypted } from '../../../db/cipher.js';
import { listBackups } from '../backups/set.js';
import type { VerifyJob } from '../verify/job.js';
import { verifyDatabase } from '../verify/verify.js';
import { backupOffThread, verifyOffThread } from './run.js';

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
    const check = verifyOffThread(jobFor(branch), notHere).then((r) => {
      order.push('check');
      return r;
    });
    const roster = contractOf(branch)
      .ok<MemberSummary[]>('members.list', { scope: 'all' })
      .then((list) => {
        order.push('read');
        return list;
      });
    const [r, list] = await Promise.all([check, roster]);
    expect(list.map((m) => m.name)).toEqual(['张三']);
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
    const daily = maintenance.backup('daily').then((outcome) => {
      order.push('backup');
      return outcome;
    });
    const roster = contractOf(branch)
      .ok<MemberSummary[]>('members.list', { scope: 'all' })
      .then((list) => {
        order.push('read');
        return list;
      });
    const [outcome, list] = await Promise.all([daily, roster]);
    expect(list.map((m) => m.name)).toEqual(['张三']);
    // On the serving thread, VACUUM INTO would run through before the read's next step.
    expect(order).toEqual(['read', 'backup']);
    expect(listBackups(branch.path).map((b) => [b.path, b.kind])).toEqual([[outcome.path, 'daily']]);
    expect(looksEncrypted(outcome.path)).toBe(true);
    expect(checkFile(outcome.path, branch.database.key)).toEqual([]);
  });
});
