import type { Migration } from './types.js';

/**
 * The record tables' numbers as this migration gave them; a table added later gets the next
 * free number the first time a row of it is addressed (never renumbered: rows keep them).
 */
const TABLE_NUMBERS = [
  'organization',
  'committee_member',
  'party_group',
  'member',
  'member_event',
  'transfer',
  'setting',
  'meeting',
  'meeting_attendance',
  'meeting_vote',
  'appraisal_grade',
  'rectification',
  'talk',
  'attachment',
  'dues_basis',
  'dues_payment',
  'dues_remittance',
  'dev_person',
  'dev_step',
  'transfer_relay',
  'notice',
  'notice_reply',
];

/**
 * An office keeps one audience row for every row of every branch, and each spelled out its
 * table's name and the branch's code twice (the row and the peer index): small numbers instead
 * bring the office file to about 1.3 × its records (issue #13). `sync_audience` stays as a view
 * with the same columns, so every query reading it (and the few writing it) is unchanged; the
 * import writes the numbered rows directly (db/queries/importRows.ts).
 */
export const compactAudience: Migration = {
  // Its place in the array: migrate() writes it to user_version and compares it with the array's length.
  version: 12,
  name: 'compact-audience',
  up(db) {
    db.exec(`
      CREATE TABLE sync_table (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;
      -- Peer codes as the audience names them: a branch's code, or '*' (every branch).
      CREATE TABLE sync_code (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TABLE sync_audience_row (
        table_no INTEGER NOT NULL,
        row_id TEXT NOT NULL,
        code_no INTEGER NOT NULL,
        -- 1: this peer first wrote the row here (its author, for the ownership rules).
        origin INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),
        PRIMARY KEY (table_no, row_id, code_no)
      ) STRICT, WITHOUT ROWID;
    `);
    const number = db.prepare('INSERT INTO sync_table (id, name) VALUES (?, ?)');
    TABLE_NUMBERS.forEach((name, i) => number.run(i + 1, name));
    db.exec(`
      INSERT OR IGNORE INTO sync_table (name) SELECT DISTINCT table_name FROM sync_audience;
      INSERT INTO sync_code (code) SELECT DISTINCT peer_code FROM sync_audience ORDER BY 1;
      INSERT INTO sync_audience_row (table_no, row_id, code_no, origin)
        SELECT t.id, a.row_id, c.id, a.origin FROM sync_audience a
        JOIN sync_table t ON t.name = a.table_name JOIN sync_code c ON c.code = a.peer_code;
      DROP TABLE sync_audience;
      -- A reply reads a branch's audience rows with their flag from the index alone.
      CREATE INDEX sync_audience_peer ON sync_audience_row (code_no, origin);

      CREATE VIEW sync_audience AS
        SELECT t.name AS table_name, a.row_id, c.code AS peer_code, a.origin
        FROM sync_audience_row a JOIN sync_table t ON t.id = a.table_no JOIN sync_code c ON c.id = a.code_no;
      -- Writes through the view: the writing statement's conflict policy (INSERT OR IGNORE)
      -- governs the trigger's own statements, so a new number is added without one.
      CREATE TRIGGER sync_audience_insert INSTEAD OF INSERT ON sync_audience BEGIN
        INSERT INTO sync_table (name) SELECT NEW.table_name
          WHERE NOT EXISTS (SELECT 1 FROM sync_table WHERE name = NEW.table_name);
        INSERT INTO sync_code (code) SELECT NEW.peer_code
          WHERE NOT EXISTS (SELECT 1 FROM sync_code WHERE code = NEW.peer_code);
        INSERT INTO sync_audience_row (table_no, row_id, code_no, origin)
          VALUES ((SELECT id FROM sync_table WHERE name = NEW.table_name), NEW.row_id,
            (SELECT id FROM sync_code WHERE code = NEW.peer_code), COALESCE(NEW.origin, 0));
      END;
      CREATE TRIGGER sync_audience_update INSTEAD OF UPDATE ON sync_audience BEGIN
        INSERT INTO sync_code (code) SELECT NEW.peer_code
          WHERE NOT EXISTS (SELECT 1 FROM sync_code WHERE code = NEW.peer_code);
        UPDATE sync_audience_row
          SET code_no = (SELECT id FROM sync_code WHERE code = NEW.peer_code), origin = NEW.origin
          WHERE table_no = (SELECT id FROM sync_table WHERE name = OLD.table_name)
            AND row_id = OLD.row_id AND code_no = (SELECT id FROM sync_code WHERE code = OLD.peer_code);
      END;
      CREATE TRIGGER sync_audience_delete INSTEAD OF DELETE ON sync_audience BEGIN
        DELETE FROM sync_audience_row
          WHERE table_no = (SELECT id FROM sync_table WHERE name = OLD.table_name)
            AND row_id = OLD.row_id AND code_no = (SELECT id FROM sync_code WHERE code = OLD.peer_code);
      END;
    `);
  },
};
