import { RECORD_COLUMNS, type Migration } from './types.js';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      -- Machine-local settings (node id, keys). Never synced, so not a record table.
      CREATE TABLE local_meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      -- Every write to a record table, in the same transaction: what bundles are built from.
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        columns TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_log_row ON change_log (table_name, row_id);
      CREATE INDEX change_log_hlc ON change_log (hlc);

      CREATE TABLE organization (${RECORD_COLUMNS},
        mode TEXT NOT NULL CHECK (mode IN ('branch', 'office')),
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        parent_name TEXT NOT NULL,
        org_type TEXT NOT NULL,
        founded_on TEXT,
        term_started_on TEXT,
        contact_name TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE committee_member (${RECORD_COLUMNS},
        position TEXT NOT NULL,
        name TEXT NOT NULL,
        duty TEXT NOT NULL DEFAULT '',
        started_on TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE party_group (${RECORD_COLUMNS},
        name TEXT NOT NULL,
        leader_name TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `);
  },
};
