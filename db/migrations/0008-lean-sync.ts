import type { Migration } from './types.js';

/**
 * An office holds hundreds of branches' rows, each with its sync bookkeeping (issue #13):
 * that bookkeeping was most of the file and most of an import's writes.
 */
export const leanSync: Migration = {
  version: 8,
  name: 'lean-sync',
  up(db) {
    db.exec(`
      -- The index on every stamp served only to find the latest one when the clock starts. Stamps
      -- written here keep a (smaller) index; the latest imported stamp is one local_meta value,
      -- raised by each import (electron/sync/importer.ts).
      INSERT OR REPLACE INTO local_meta (key, value)
        SELECT 'hlc_seen', MAX(hlc) FROM change_log WHERE source IS NOT NULL HAVING MAX(hlc) IS NOT NULL;
      DROP INDEX change_log_hlc;
      CREATE INDEX change_log_hlc_local ON change_log (hlc) WHERE source IS NULL;

      -- Only a branch's export asked for the rows a peer sent (a handful there); an office
      -- paid for this index on every imported row.
      DROP INDEX change_log_source;

      -- An imported row's columns are all of them: no need to name them again on every row.
      UPDATE change_log SET columns = '["*"]' WHERE source IS NOT NULL;

      -- The audience is looked up by its key only: without a rowid it is one B-tree instead of two.
      CREATE TABLE sync_audience_lean (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        peer_code TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id, peer_code)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO sync_audience_lean SELECT table_name, row_id, peer_code FROM sync_audience;
      DROP TABLE sync_audience;
      ALTER TABLE sync_audience_lean RENAME TO sync_audience;
      CREATE INDEX sync_audience_peer ON sync_audience (peer_code);
    `);
  },
};
