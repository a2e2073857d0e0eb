import type { Migration } from './types.js';

/**
 * An office stops logging every row a branch sends it (issue #13): the branch's own rows go
 * back to it only in a recovery bundle and to no one else, so the office needs to know only
 * who wrote them first. That is one flag on the audience row it keeps anyway.
 */
export const leanOffice: Migration = {
  // Its place in the array: migrate() writes it to user_version and compares it with the array's length.
  version: 10,
  name: 'lean-office',
  up(db) {
    db.exec(`
      -- 1: this peer first wrote the row here (its author, for the ownership rules).
      ALTER TABLE sync_audience ADD COLUMN origin INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1));
      UPDATE sync_audience SET origin = 1
        WHERE peer_code = (SELECT c.source FROM change_log c
          WHERE c.table_name = sync_audience.table_name AND c.row_id = sync_audience.row_id
          ORDER BY c.seq LIMIT 1);
      -- A reply reads a branch's audience rows with their flag from the index alone.
      DROP INDEX sync_audience_peer;
      CREATE INDEX sync_audience_peer ON sync_audience (peer_code, origin);

      -- A row its author alone has written and only its author receives is in the state a
      -- new import leaves it in: its log entries say nothing the origin flag does not.
      CREATE TEMP TABLE lean_own AS
        SELECT a.table_name, a.row_id FROM sync_audience a
        WHERE a.origin = 1
          AND NOT EXISTS (SELECT 1 FROM sync_audience o
            WHERE o.table_name = a.table_name AND o.row_id = a.row_id AND o.peer_code != a.peer_code)
          AND NOT EXISTS (SELECT 1 FROM change_log c
            WHERE c.table_name = a.table_name AND c.row_id = a.row_id AND c.source IS NOT a.peer_code);
      DELETE FROM change_log WHERE (table_name, row_id) IN (SELECT table_name, row_id FROM temp.lean_own);
      DROP TABLE temp.lean_own;
    `);
  },
};
