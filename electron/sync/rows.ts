import { sql, type Kysely } from 'kysely';
import { columnNames, referencedTables } from '../../db/queries/schemaShape.js';
import { RECORD_TABLES, type Database, type RecordTable } from '../../db/schema.js';

/** A row as it travels in a bundle; BLOBs become {"$b64": "..."} so the body stays JSON. */
export type WireValue = string | number | null | { $b64: string };
export type WireRow = Record<string, WireValue>;

export interface Change {
  table: RecordTable;
  id: string;
  hlc: string;
  row: WireRow;
}

export function toWire(row: Record<string, unknown>): WireRow {
  const out: WireRow = {};
  for (const [k, v] of Object.entries(row)) {
    if (v instanceof Uint8Array) out[k] = { $b64: Buffer.from(v).toString('base64') };
    else if (typeof v === 'string' || typeof v === 'number' || v === null) out[k] = v;
    else if (typeof v === 'bigint' || typeof v === 'boolean') out[k] = String(v);
    else out[k] = null;
  }
  return out;
}

export function fromWire(v: WireValue): string | number | null | Buffer {
  return typeof v === 'object' && v !== null ? Buffer.from(v.$b64, 'base64') : v;
}

export function isRecordTable(t: unknown): t is RecordTable {
  return typeof t === 'string' && (RECORD_TABLES as readonly string[]).includes(t);
}

/**
 * What an import needs of the file's schema, read once for all the bundles of an import: each
 * record table's columns (a bundle naming any other is refused) and its place when a bundle is
 * applied — every table after the tables its rows refer to (SQLite's own foreign keys). A child
 * row applied before its parent leaves a deferred violation open, and while one is open SQLite
 * looks for children of every parent row inserted, scanning whole tables where no index serves:
 * on a county office that made each 党员 row cost milliseconds (issue #13). A self-reference (a
 * 党费 correction naming the payment it corrects) does not count.
 */
export interface TableShape {
  columns: Map<RecordTable, Set<string>>;
  order: Map<RecordTable, number>;
}

export async function tableShape(db: Kysely<Database>): Promise<TableShape> {
  const columns = new Map<RecordTable, Set<string>>();
  const parents = new Map<RecordTable, string[]>();
  for (const t of RECORD_TABLES) {
    columns.set(t, new Set(await columnNames(db, t)));
    parents.set(
      t,
      (await referencedTables(db, t)).filter((p) => p !== t),
    );
  }
  const order = new Map<RecordTable, number>();
  const place = (t: RecordTable, path: Set<RecordTable>): void => {
    if (order.has(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents.get(t) ?? []) if (isRecordTable(p)) place(p, path);
    path.delete(t);
    order.set(t, order.size);
  };
  for (const t of RECORD_TABLES) place(t, new Set());
  return { columns, order };
}

export async function readRow(
  db: Kysely<Database>,
  table: RecordTable,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const r = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return r.rows[0];
}

export async function allRows(db: Kysely<Database>, table: RecordTable): Promise<Record<string, unknown>[]> {
  return (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY updated_at`.execute(db)).rows;
}

/** The rows with these ids, oldest change first; read in chunks to stay under SQLite's variable limit. */
export async function rowsByIds(
  db: Kysely<Database>,
  table: RecordTable,
  ids: string[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const r = await sql<
      Record<string, unknown>
    >`SELECT * FROM ${sql.table(table)} WHERE id IN (${sql.join(chunk)})`.execute(db);
    out.push(...r.rows);
  }
  return out.sort((a, b) => String(a.updated_at).localeCompare(String(b.updated_at)));
}
