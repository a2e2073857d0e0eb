import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, SyncInboxTable, SyncOutboxTable } from '../schema.js';

export type SyncOutboxRow = Selectable<SyncOutboxTable>;
export type SyncInboxRow = Selectable<SyncInboxTable>;

/** A peer's latest bundle one way: when, how many rows, and (sent ones) the change_log cursor. */
export interface LatestBundle {
  peer_code: string;
  at: string;
  rows: number;
  cursor: number;
}

/** The newest bundles sent, newest first. */
export async function listRecentOutbox(db: Kysely<Database>, limit: number): Promise<SyncOutboxRow[]> {
  return db.selectFrom('sync_outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** The newest bundles imported, newest first. */
export async function listRecentInbox(db: Kysely<Database>, limit: number): Promise<SyncInboxRow[]> {
  return db.selectFrom('sync_inbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** Per peer, the latest bundle imported (SQLite takes the bare columns from the row holding the MAX). */
export async function latestReceivedByPeer(db: Kysely<Database>): Promise<LatestBundle[]> {
  const r = await sql<LatestBundle>`
    SELECT peer_code, MAX(imported_at) AS at, rows, 0 AS cursor FROM sync_inbox GROUP BY peer_code`.execute(db);
  return r.rows;
}

/** Per peer, the latest bundle sent (SQLite takes the bare columns from the row holding the MAX). */
export async function latestSentByPeer(db: Kysely<Database>): Promise<LatestBundle[]> {
  const r = await sql<LatestBundle>`
    SELECT peer_code, MAX(created) AS at, rows, change_cursor AS cursor FROM sync_outbox GROUP BY peer_code`.execute(
    db,
  );
  return r.rows;
}

/**
 * Per audience peer code, the highest change_log seq after `from` on a row addressed to it
 * that did not come from that peer. The tail is first cut to one entry per row and source (a
 * county setting changed on every enrolment is one row), then each is looked up by branch: the
 * audience is keyed by branch (migration 0015), and left to itself the planner would read all
 * of it.
 */
export async function latestChangeByAudience(
  db: Kysely<Database>,
  from: number,
): Promise<{ peer_code: string; top: number }[]> {
  const r = await sql<{ peer_code: string; top: number }>`
      SELECT k.code AS peer_code, MAX(c.top) AS top
      FROM (SELECT table_name, row_id, source, MAX(seq) AS top FROM change_log
        WHERE seq > ${from} GROUP BY table_name, row_id, source) c
      CROSS JOIN sync_table t CROSS JOIN sync_code k CROSS JOIN sync_audience_row a
      WHERE t.name = c.table_name AND a.code_no = k.id AND a.table_no = t.id AND a.row_id = c.row_id
        AND c.source IS NOT k.code
      GROUP BY k.code`.execute(db);
  return r.rows;
}
