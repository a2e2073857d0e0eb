import type { Migration } from './types.js';

export const access: Migration = {
  // Its place in the array: migrate() writes it to user_version and compares it with the array's length.
  version: 9,
  name: 'access',
  up(db) {
    db.exec(`
      -- Who may open this installation. Local to the machine: accounts never travel in a bundle.
      -- The password is scrypt(password, salt); a wrong one pushes retry_at_ms further out
      -- (1 s, 2 s, 4 s … 60 s), which slows guessing but never locks the only 管理员 out for good.
      CREATE TABLE account (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'treasurer', 'viewer')),
        salt TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        retry_at_ms INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX account_name ON account (name);

      -- 操作记录: who did what, when, with each field's value before and after. Local, and
      -- append-only: the triggers refuse any UPDATE or DELETE, so no one edits the trail.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_id TEXT,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        table_name TEXT,
        row_id TEXT,
        changes TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX audit_log_row ON audit_log (table_name, row_id, seq);
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
