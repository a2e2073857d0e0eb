import { statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_STAT } from '../../db/migrations/0015-audience-by-branch.js';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open.js';
import {
  activeBranchesOfRows,
  addressedChanges,
  addressedChangesInTail,
  audiencePeers,
  removeAudienceExcept,
  unloggedOrigin,
} from '../../db/queries/audience.js';
import { devPeopleOf, devStepsOf, memberEventsOf, membersOf } from '../../db/queries/branchFacts.js';
import { rowAuthor } from '../../db/queries/changeLog.js';
import { stepsWrittenHere } from '../../db/queries/development.js';
import { unloggedRows } from '../../db/queries/health.js';
import { importStatements } from '../../db/queries/importRows.js';
import { receivedReplyRows } from '../../db/queries/notices.js';
import { activeMembersByBranch, branchOrgNames } from '../../db/queries/office.js';
import { findSetting } from '../../db/queries/settings.js';
import { latestChangeByAudience } from '../../db/queries/syncBundles.js';
import { branchOf } from '../../electron/sync/audience.js';
import { tempDatabaseFiles } from '../support/tempFiles.js';

const file = tempDatabaseFiles();

const uuid = (i: number) => `0193a1b2-c3d4-7e5f-8a9b-${String(i).padStart(12, '0')}`;
const TABLES = ['member', 'meeting_attendance', 'dues_payment', 'dev_step'];
const AUDIENCE = 'SELECT table_name, row_id, peer_code, origin FROM sync_audience ORDER BY 1, 2, 3';

/** Every statement the connection prepares from here on (Kysely prepares each query it runs). */
function recordStatements(sqlite: BetterSqlite3.Database): string[] {
  const seen: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (source: string) => {
    seen.push(source);
    return prepare(source);
  };
  return seen;
}

describe('0014 → 0015 (one audience tree, keyed by branch)', () => {
  it('keeps every audience row, drops the by-row tree, and reads and writes through the same view', async () => {
    const path = file();
    const v14 = await openDatabase(path, { migrations: migrations.slice(0, 14) });
    const add = v14.sqlite.prepare(
      'INSERT INTO sync_audience (table_name, row_id, peer_code, origin) VALUES (?, ?, ?, ?)',
    );
    v14.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) add.run(TABLES[i % TABLES.length], uuid(i), `B${i % 7}`, i % 3 === 0 ? 0 : 1);
      add.run('notice', uuid(1), '*', 0);
      add.run('notice', uuid(1), 'B1', 0);
    })();
    const before = v14.sqlite.prepare(AUDIENCE).all();
    v14.sqlite.exec('VACUUM');
    v14.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const bytesBefore = statSync(path).size;
    await v14.close();

    const v15 = await openDatabase(path);
    expect(v15.sqlite.prepare(AUDIENCE).all()).toEqual(before);
    expect(v15.sqlite.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'sync_audience_row'").all()).toEqual([
      { name: 'sync_audience_row' },
    ]);
    expect(v15.sqlite.prepare('SELECT tbl, idx, stat FROM sqlite_stat1').all()).toEqual([
      { tbl: 'sync_audience_row', idx: 'sync_audience_row', stat: AUDIENCE_STAT },
    ]);
    v15.sqlite.exec('VACUUM');
    v15.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // The second tree held every row's id again.
    expect(statSync(path).size).toBeLessThan(bytesBefore - 20_000 * 36);

    // By row, through the view: the planner skips through the branches (the statistic says it can).
    expect((await audiencePeers(v15.db, 'notice', uuid(1))).sort()).toEqual(['*', 'B1']);
    expect(await branchOf(v15.db, 'meeting_attendance', uuid(1))).toBe('B1');
    expect(await rowAuthor(v15.db, 'meeting_attendance', uuid(1))).toBe('B1');
    const plan = v15.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT peer_code FROM sync_audience WHERE table_name = 'member' AND row_id = ?")
      .all(uuid(0)) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toContain(
      'SEARCH a USING PRIMARY KEY (ANY(code_no) AND table_no=? AND row_id=?)',
    );

    // The writers: adding twice is harmless; a delete takes only the named peer's row.
    v15.sqlite.exec(`INSERT OR IGNORE INTO sync_audience (table_name, row_id, peer_code) VALUES ('talk', 'x', 'B9')`);
    v15.sqlite.exec(`INSERT OR IGNORE INTO sync_audience (table_name, row_id, peer_code) VALUES ('talk', 'x', 'B9')`);
    v15.sqlite.exec(`UPDATE sync_audience SET origin = 1 WHERE row_id = 'x'`);
    expect(v15.sqlite.prepare("SELECT peer_code, origin FROM sync_audience WHERE row_id = 'x'").all()).toEqual([
      { peer_code: 'B9', origin: 1 },
    ]);
    await removeAudienceExcept(v15.db, ['notice'], [uuid(1)], ['B1']);
    expect(await audiencePeers(v15.db, 'notice', uuid(1))).toEqual(['B1']);
    expect(() => v15.sqlite.exec(`UPDATE sync_audience SET origin = 2`)).toThrow(/CHECK/);
    await v15.close();
  });

  it('never reads the whole audience, nor indexes it on the fly, for a lookup', async () => {
    const db = await openDatabase(file());
    const seen = recordStatements(db.sqlite);
    await audiencePeers(db.db, 'notice', uuid(1));
    await branchOf(db.db, 'dev_person', uuid(1));
    await rowAuthor(db.db, 'dev_step', uuid(1));
    await unloggedOrigin(db.db, 'member', uuid(1));
    await removeAudienceExcept(db.db, ['notice', 'attachment'], [uuid(1)], ['B1']);
    await activeBranchesOfRows(db.db, 'dev_person');
    await addressedChanges(db.db, { peer: 'B1', everyBranch: '*', cursor: 0, echo: false });
    await addressedChangesInTail(db.db, { peer: 'B1', everyBranch: '*', cursor: 1 });
    await membersOf(db.db, ['B1', 'B2']);
    await memberEventsOf(db.db, ['B1']);
    await devPeopleOf(db.db, ['B1']);
    await devStepsOf(db.db, ['B1']);
    await unloggedRows(db.db, 'meeting_attendance');
    await latestChangeByAudience(db.db, 0);
    await activeMembersByBranch(db.db);
    await branchOrgNames(db.db);
    await receivedReplyRows(db.db);
    await findSetting(db.db, 'directory');
    await stepsWrittenHere(db.db, ['s1'], '');
    const st = importStatements(db.sqlite);
    st.begin();
    st.provenance('member', uuid(1), 'B1');
    const audience = seen.filter((s) => /sync_audience/.test(s));
    expect(audience.length).toBeGreaterThanOrEqual(20);
    for (const source of audience) {
      // Unbound parameters read as NULL: the plan is the same.
      const params = Array.from(source.matchAll(/\?/g), () => null);
      const plan = db.sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
      for (const { detail } of plan) {
        // The view's alias is `a`; whole-table reads are `SCAN a`, an on-the-fly index `AUTOMATIC`.
        expect(detail, source).not.toMatch(/^SCAN (a|sync_audience_row)\b/);
        expect(detail, source).not.toMatch(/AUTOMATIC.*\b(a|sync_audience_row)\b|\b(a|sync_audience_row)\b.*AUTOMATIC/);
      }
    }
    await db.close();
  });
});
