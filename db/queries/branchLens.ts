import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openKeyed, type DataKey } from '../cipher.js';
import { RECORD_TABLES, type Database as Schema, type RecordTable } from '../schema.js';
import { withStatementCache } from '../statementCache.js';

/**
 * A second, read-only connection on an office's file that shows one branch at a time: TEMP
 * tables named like the record tables (temp names resolve before main ones) hold only that
 * branch's rows and the county rows addressed to every branch, and `local_meta.org_id` names
 * the branch's organisation (electron/services/office/lens.ts builds the branch's context on it).
 */
export interface LensConnection {
  db: Kysely<Schema>;
  /** Shows another branch (its rows are copied in); false when no organisation row of it has arrived. */
  focus(code: string): boolean;
  /** Changes whenever another connection (the office's own) has written to the file since. */
  dataVersion(): number;
  close(): void;
}

/** Attachments (photos, scans) stay where they are: a view reads one by id without copying it. */
const VIEWED: readonly RecordTable[] = ['attachment'];
const COPIED = RECORD_TABLES.filter((t) => !VIEWED.includes(t));

function createShadows(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(`
    CREATE TEMP TABLE lens_scope (table_name TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (table_name, row_id));
    CREATE TEMP TABLE lens_org (id TEXT NOT NULL);
    CREATE TEMP VIEW local_meta AS
      SELECT key, value FROM main.local_meta WHERE key <> 'org_id'
      UNION ALL SELECT 'org_id', id FROM temp.lens_org;
  `);
  // A branch's own rows are copied into small TEMP tables on focus: each query then costs what
  // it costs on the branch's own file, however many branches the office holds.
  for (const t of COPIED)
    sqlite.exec(
      `CREATE TEMP TABLE ${t} AS SELECT * FROM main.${t} WHERE 0; CREATE INDEX temp.lens_${t}_id ON ${t} (id);`,
    );
  for (const t of VIEWED)
    sqlite.exec(
      `CREATE TEMP VIEW ${t} AS SELECT * FROM main.${t}
         WHERE id IN (SELECT row_id FROM temp.lens_scope WHERE table_name = '${t}')`,
    );
}

/** Opens the connection (the desktop app passes Electron's sqlite build). */
export function openLensConnection(path: string, key: DataKey | null, nativeBinding?: string): LensConnection {
  const sqlite = openKeyed(path, {
    key,
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  createShadows(sqlite);
  const scope = sqlite.prepare(
    `INSERT INTO temp.lens_scope SELECT DISTINCT table_name, row_id FROM main.sync_audience
       WHERE peer_code IN (?, '*')`,
  );
  const org = sqlite.prepare(
    `SELECT o.id FROM main.organization o JOIN main.sync_audience a
       ON a.table_name = 'organization' AND a.row_id = o.id AND a.peer_code = ?
     WHERE o.mode = 'branch' AND o.deleted_at IS NULL ORDER BY o.created_at LIMIT 1`,
  );
  const setOrg = sqlite.prepare('INSERT INTO temp.lens_org (id) VALUES (?)');
  const copies = COPIED.map((t) => [
    sqlite.prepare(`DELETE FROM temp.${t}`),
    sqlite.prepare(
      `INSERT INTO temp.${t} SELECT m.* FROM temp.lens_scope s CROSS JOIN main.${t} m
         ON m.id = s.row_id WHERE s.table_name = '${t}'`,
    ),
  ]);
  const focus = (c: string) => {
    const row = org.get(c) as { id: string } | undefined;
    if (!row) return false;
    sqlite.transaction(() => {
      sqlite.exec('DELETE FROM temp.lens_scope; DELETE FROM temp.lens_org;');
      scope.run(c);
      setOrg.run(row.id);
      for (const [clear, fill] of copies) {
        clear?.run();
        fill?.run();
      }
    })();
    return true;
  };
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    focus,
    dataVersion: () => sqlite.pragma('data_version', { simple: true }) as number,
    close: () => {
      void db.destroy();
    },
  };
}
