import { existsSync, readdirSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { MemberSummary } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { backupDirFor } from '../../../db/backupFile.js';
import type { Installation } from '../installation.js';

/** Test support: sees work on the maintenance thread under way, and what answered meanwhile. Not used by the app. */

/** `promise`, writing `label` into `order` when it settles: which of two answered first. */
export function noted<T>(order: string[], label: string, promise: Promise<T>): Promise<T> {
  return promise.then((v) => {
    order.push(label);
    return v;
  });
}

export const rosterOf = (inst: Pick<Installation, 'ctx'>) =>
  contractOf(inst)
    .ok<MemberSummary[]>('members.list', { scope: 'all' })
    .then((list) => list.map((m) => m.name).sort());

/** 8 MB of pages that do not compress: a copy (or a check) that lasts many turns of the event loop. */
export function fill(sqlite: BetterSqlite3.Database): void {
  sqlite.exec('CREATE TABLE filler (b BLOB)');
  const insert = sqlite.prepare('INSERT INTO filler VALUES (randomblob(4096))');
  sqlite.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run();
  })();
}

/** A copy into the set under way: its temporary `.part` in the backup folder. */
export const partIn = (databasePath: string) => () => {
  const dir = backupDirFor(databasePath);
  return existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.part'));
};

/**
 * Turns the event loop until `underWay` holds (true) or `work` has settled (false). Work done on
 * the serving thread is begun and finished within one turn, so it is never seen under way.
 */
export async function seenUnderWay(underWay: () => boolean, work: Promise<unknown>): Promise<boolean> {
  let settled = false;
  work.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    await new Promise((r) => setTimeout(r, 1));
    if (settled) return false;
    if (underWay()) return true;
  }
}
