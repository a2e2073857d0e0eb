import type { Migration } from './types.js';

/**
 * The audience's shape for the query planner, as `ANALYZE` would write it for a county: about
 * 4,000 rows per peer code, 200 per code and table, one per key. Fixed rather than measured, so
 * plans do not change as an office fills; `sync_audience_row` is the only table described.
 */
export const AUDIENCE_STAT = '2000000 4000 200 1';

/**
 * An office keeps one audience row per branch row, and kept two B-trees of them: by row
 * (table, row, code) and by branch (code, origin). An import wrote each row into both, the
 * by-row one at a place scattered over the whole tree, so each bundle cost more as the office
 * grew, and together they were an eighth of the file (issue #13). One tree keyed by branch
 * (code, table, row) keeps a bundle's rows together at the end of its branch's range and serves
 * every by-branch read directly. A by-row lookup (who brought this row, who receives it) skips
 * through the codes, a few hundred probes of one tree: the statistic above tells the planner it
 * can (a skip-scan), and the few whole-table reads that would otherwise probe per row are driven
 * by branch instead (db/queries/office.ts, health.ts, syncBundles.ts).
 */
export const audienceByBranch: Migration = {
  // Its place in the array: migrate() writes it to user_version and compares it with the array's length.
  version: 15,
  name: 'audience-by-branch',
  up(db) {
    db.exec(`
      DROP VIEW sync_audience;
      CREATE TABLE sync_audience_by_branch (
        code_no INTEGER NOT NULL,
        table_no INTEGER NOT NULL,
        row_id TEXT NOT NULL,
        -- 1: this peer first wrote the row here (its author, for the ownership rules).
        origin INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),
        PRIMARY KEY (code_no, table_no, row_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO sync_audience_by_branch (code_no, table_no, row_id, origin)
        SELECT code_no, table_no, row_id, origin FROM sync_audience_row ORDER BY code_no, table_no, row_id;
      DROP TABLE sync_audience_row;
      ALTER TABLE sync_audience_by_branch RENAME TO sync_audience_row;

      CREATE VIEW sync_audience AS
        SELECT t.name AS table_name, a.row_id, c.code AS peer_code, a.origin
        FROM sync_audience_row a JOIN sync_table t ON t.id = a.table_no JOIN sync_code c ON c.id = a.code_no;
      -- As in migration 0012: the writing statement's conflict policy governs these statements.
      CREATE TRIGGER sync_audience_insert INSTEAD OF INSERT ON sync_audience BEGIN
        INSERT INTO sync_table (name) SELECT NEW.table_name
          WHERE NOT EXISTS (SELECT 1 FROM sync_table WHERE name = NEW.table_name);
        INSERT INTO sync_code (code) SELECT NEW.peer_code
          WHERE NOT EXISTS (SELECT 1 FROM sync_code WHERE code = NEW.peer_code);
        INSERT INTO sync_audience_row (code_no, table_no, row_id, origin)
          VALUES ((SELECT id FROM sync_code WHERE code = NEW.peer_code),
            (SELECT id FROM sync_table WHERE name = NEW.table_name), NEW.row_id, COALESCE(NEW.origin, 0));
      END;
      CREATE TRIGGER sync_audience_update INSTEAD OF UPDATE ON sync_audience BEGIN
        INSERT INTO sync_code (code) SELECT NEW.peer_code
          WHERE NOT EXISTS (SELECT 1 FROM sync_code WHERE code = NEW.peer_code);
        UPDATE sync_audience_row
          SET code_no = (SELECT id FROM sync_code WHERE code = NEW.peer_code), origin = NEW.origin
          WHERE code_no = (SELECT id FROM sync_code WHERE code = OLD.peer_code)
            AND table_no = (SELECT id FROM sync_table WHERE name = OLD.table_name) AND row_id = OLD.row_id;
      END;
      CREATE TRIGGER sync_audience_delete INSTEAD OF DELETE ON sync_audience BEGIN
        DELETE FROM sync_audience_row
          WHERE code_no = (SELECT id FROM sync_code WHERE code = OLD.peer_code)
            AND table_no = (SELECT id FROM sync_table WHERE name = OLD.table_name) AND row_id = OLD.row_id;
      END;

      -- Creates sqlite_stat1 (a reserved name no CREATE TABLE may use); the planner rereads it after.
      ANALYZE sqlite_schema;
      DELETE FROM sqlite_stat1 WHERE tbl = 'sync_audience_row';
    `);
    db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('sync_audience_row', 'sync_audience_row', ?)").run(
      AUDIENCE_STAT,
    );
    db.exec('ANALYZE sqlite_schema');
  },
};
