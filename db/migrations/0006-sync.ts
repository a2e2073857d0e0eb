import type { Migration } from './types.js';

export const sync: Migration = {
  version: 6,
  name: 'sync',
  up(db) {
    db.exec(`
      -- Bundle exchange bookkeeping. Local to this machine (keys, secrets, sequence numbers),
      -- so none of it follows the sync record convention or travels in a bundle.
      CREATE TABLE sync_peer (
        code TEXT PRIMARY KEY NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('office', 'branch')),
        name TEXT NOT NULL,
        sign_pub TEXT,
        enc_pub TEXT,
        secret TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        last_seq_sent INTEGER NOT NULL DEFAULT 0,
        last_seq_received INTEGER NOT NULL DEFAULT 0,
        peer_acked INTEGER NOT NULL DEFAULT 0,
        revoked INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        peer_code TEXT NOT NULL REFERENCES sync_peer (code),
        seq INTEGER NOT NULL,
        created TEXT NOT NULL,
        change_cursor INTEGER NOT NULL,
        rows INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sync_outbox_peer ON sync_outbox (peer_code, seq);

      -- A re-enrolled branch starts its sequence again, so (peer, seq) is not unique here.
      CREATE TABLE sync_inbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        peer_code TEXT NOT NULL REFERENCES sync_peer (code),
        seq INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        rows INTEGER NOT NULL,
        applied INTEGER NOT NULL,
        conflicts INTEGER NOT NULL
      ) STRICT;

      -- On an office: which branch each imported row came from, so a bundle back to a
      -- branch (or a recovery bundle) carries that branch's rows and nobody else's.
      CREATE TABLE sync_origin (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        peer_code TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id)
      ) STRICT;
      CREATE INDEX sync_origin_peer ON sync_origin (peer_code);

      CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        peer_code TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        kept_hlc TEXT NOT NULL,
        lost_hlc TEXT NOT NULL,
        lost_values TEXT NOT NULL,
        created TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `);
  },
};
