import { sql, type Kysely } from 'kysely';
import type { Database, RecordTable } from '../schema.js';
import { WHOLE_ROW } from './importRows.js';

/** The highest change-log cursor exported to each peer. */
export async function exportedCursors(db: Kysely<Database>): Promise<{ peer_code: string; cursor: number }[]> {
  return db
    .selectFrom('sync_outbox')
    .select(['peer_code', (eb) => eb.fn.max<number>('change_cursor').as('cursor')])
    .groupBy('peer_code')
    .execute();
}

/** The lowest or highest change-log seq of a row (undefined/null when it was never logged). */
export async function changeLogSeq(
  db: Kysely<Database>,
  table: RecordTable,
  id: string,
  which: 'first' | 'latest',
): Promise<number | null | undefined> {
  const r = await db
    .selectFrom('change_log')
    .select((eb) => (which === 'first' ? eb.fn.min<number>('seq') : eb.fn.max<number>('seq')).as('seq'))
    .where('table_name', '=', table)
    .where('row_id', '=', id)
    .executeTakeFirst();
  return r?.seq;
}

/** The peer codes a row is addressed to. */
export async function audiencePeers(db: Kysely<Database>, table: RecordTable, rowId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sync_audience')
    .select('peer_code')
    .where('table_name', '=', table)
    .where('row_id', '=', rowId)
    .execute();
  return rows.map((r) => r.peer_code);
}

/** Takes the rows (of the given tables) off every peer but those kept. */
export async function removeAudienceExcept(
  db: Kysely<Database>,
  tables: RecordTable[],
  rowIds: string[],
  keep: string[],
): Promise<void> {
  await db
    .deleteFrom('sync_audience')
    .where('table_name', 'in', tables)
    .where('row_id', 'in', rowIds)
    .where('peer_code', 'not in', keep)
    .execute();
}

/** Logs a row again as an update with no columns, so the next bundles carry it. */
export async function relogRow(db: Kysely<Database>, table: RecordTable, rowId: string, hlc: string): Promise<void> {
  await db
    .insertInto('change_log')
    .values({ table_name: table, row_id: rowId, hlc, op: 'update', columns: '[]' })
    .execute();
}

/**
 * The branch that brought a row here, when the row has no change-log entry (on an office, a
 * branch's own row that no one else has written or received): else undefined.
 */
export async function unloggedOrigin(
  db: Kysely<Database>,
  table: RecordTable,
  rowId: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('sync_audience as a')
    .select('a.peer_code')
    .where('a.table_name', '=', table)
    .where('a.row_id', '=', rowId)
    .where('a.origin', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('change_log as c')
            .select('c.seq')
            .where('c.table_name', '=', table)
            .where('c.row_id', '=', rowId),
        ),
      ),
    )
    .executeTakeFirst();
  return r?.peer_code;
}

/** Logs a row's current version as it came from `source`, as the import would have logged it. */
export async function logAsImported(
  db: Kysely<Database>,
  table: RecordTable,
  rowId: string,
  source: string,
): Promise<void> {
  await sql`
    INSERT INTO change_log (table_name, row_id, hlc, op, columns, source)
    SELECT ${table}, id, updated_at, 'update', ${WHOLE_ROW}, ${source} FROM ${sql.table(table)} WHERE id = ${rowId}`.execute(
    db,
  );
}

/** For every row of `table` addressed to a named, active branch: that branch, by code order. */
export async function activeBranchesOfRows(
  db: Kysely<Database>,
  table: RecordTable,
): Promise<{ row_id: string; code: string; name: string }[]> {
  return db
    .selectFrom('sync_audience')
    .innerJoin('sync_peer', 'sync_peer.code', 'sync_audience.peer_code')
    .select(['sync_audience.row_id', 'sync_peer.code', 'sync_peer.name'])
    .where('sync_audience.table_name', '=', table)
    .where('sync_peer.role', '=', 'branch')
    .where('sync_peer.revoked', '=', 0)
    .orderBy('sync_peer.code')
    .execute();
}

/**
 * On an office: the rows addressed to `peer` (or to `everyBranch`) whose latest change is not
 * the peer's own (it has that version already; `echo`, a recovery bundle, takes those too),
 * changed after `cursor` (0: all of them, with or without a change), with the seq of that
 * latest change. A row the peer brought here and no one else has written has no change-log
 * entry, only its origin audience row: it is the peer's own. Driven by the peer's audience
 * rows, so the cost follows this branch's share of the office, not the whole change log.
 */
export async function addressedChanges(
  db: Kysely<Database>,
  { peer, everyBranch, cursor, echo }: { peer: string; everyBranch: string; cursor: number; echo: boolean },
): Promise<{ table_name: string; row_id: string; seq: number | null }[]> {
  const r = await sql<{ table_name: string; row_id: string; seq: number | null }>`
    SELECT table_name, row_id, seq FROM (
      SELECT a.table_name, a.row_id, MAX(a.origin) AS own,
        (SELECT d.seq FROM change_log d WHERE d.table_name = a.table_name AND d.row_id = a.row_id
          ORDER BY d.seq DESC LIMIT 1) AS seq,
        (SELECT d.source FROM change_log d WHERE d.table_name = a.table_name AND d.row_id = a.row_id
          ORDER BY d.seq DESC LIMIT 1) AS source
      FROM sync_audience a WHERE a.peer_code IN (${peer}, ${everyBranch})
      GROUP BY a.table_name, a.row_id)
    WHERE (${echo ? 1 : 0} OR (CASE WHEN seq IS NULL THEN own = 0 ELSE source IS NOT ${peer} END))
      AND (${cursor} = 0 OR seq > ${cursor})
    ORDER BY seq`.execute(db);
  return r.rows;
}

/**
 * The same rows as `addressedChanges` for a cursor > 0, driven by the change-log tail after
 * the cursor instead: cheaper when few changes are unsent (an incremental reply), dearer
 * when many are (a reply after a day of imports). SQLite takes the bare `source` from the
 * row holding MAX(seq), i.e. the row's latest change.
 */
export async function addressedChangesInTail(
  db: Kysely<Database>,
  { peer, everyBranch, cursor }: { peer: string; everyBranch: string; cursor: number },
): Promise<{ table_name: string; row_id: string; seq: number | null }[]> {
  const r = await sql<{ table_name: string; row_id: string; seq: number | null }>`
    SELECT table_name, row_id, seq FROM (
      SELECT c.table_name, c.row_id, MAX(c.seq) AS seq, c.source FROM change_log c
      WHERE c.seq > ${cursor} GROUP BY c.table_name, c.row_id) t
    WHERE t.source IS NOT ${peer}
      AND EXISTS (SELECT 1 FROM sync_audience a WHERE a.table_name = t.table_name AND a.row_id = t.row_id
        AND a.peer_code IN (${peer}, ${everyBranch}))
    ORDER BY seq`.execute(db);
  return r.rows;
}
