import { sql, type Transaction } from 'kysely';
import { parseHlc, type Hlc } from './hlc.js';
import type { IdGenerator } from './ids.js';
import { appendAudit, fieldChanges, type AuditActor } from './queries/audit.js';
import type { Database, RecordColumns, RecordTable } from './schema.js';

/**
 * The only way domain code writes a record table: it stamps the sync convention columns
 * (id, created_at, updated_at, deleted_at) and appends to change_log and to the audit trail
 * (who, and each field before and after) in the caller's transaction, so the row and its log
 * entries land or vanish together, and no write path can skip the audit.
 */
export interface Stamper {
  hlc: Hlc;
  ids: IdGenerator;
  /** Who is writing: the logged-in user, the local operator, or a peer's bundle. */
  who: AuditActor;
}

type Tx = Transaction<Database>;
type Row<T extends RecordTable> = Database[T];
type NullableKeys<R> = { [K in keyof R]: null extends R[K] ? K : never }[keyof R];
/** A new row's own columns; nullable ones may be left out (they start as NULL). */
export type NewRecord<T extends RecordTable> = Omit<Row<T>, keyof RecordColumns | NullableKeys<Row<T>>> &
  Partial<Pick<Row<T>, Exclude<NullableKeys<Row<T>>, keyof RecordColumns>>>;
export type RecordPatch<T extends RecordTable> = Partial<NewRecord<T>>;

type Scalar = string | number | Uint8Array | null;

async function logChange(
  tx: Tx,
  stamp: Stamper,
  table: RecordTable,
  rowId: string,
  hlc: string,
  op: 'insert' | 'update' | 'delete',
  columns: string[],
  changes: Record<string, [unknown, unknown]>,
): Promise<void> {
  await tx
    .insertInto('change_log')
    .values({ table_name: table, row_id: rowId, hlc, op, columns: JSON.stringify(columns) })
    .execute();
  const at = new Date(parseHlc(hlc).ms).toISOString();
  await appendAudit(tx, { at, actor: stamp.who, action: op, table, rowId, changes });
}

function entries(values: object): [string, Scalar][] {
  return Object.entries(values).filter(([, v]) => v !== undefined) as [string, Scalar][];
}

export async function insertRecord<T extends RecordTable>(
  tx: Tx,
  stamp: Stamper,
  table: T,
  values: NewRecord<T>,
): Promise<string> {
  const id = stamp.ids();
  const hlc = stamp.hlc.now();
  const cols = entries(values);
  const all: [string, Scalar][] = [['id', id], ['created_at', hlc], ['updated_at', hlc], ['deleted_at', null], ...cols];
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(all.map(([k]) => sql.ref(k)))}) VALUES (${sql.join(
    all.map(([, v]) => v),
  )})`.execute(tx);
  await logChange(
    tx,
    stamp,
    table,
    id,
    hlc,
    'insert',
    all.map(([k]) => k),
    fieldChanges(undefined, Object.fromEntries(all)),
  );
  return id;
}

async function currentRow(tx: Tx, table: RecordTable, id: string): Promise<Record<string, Scalar> | undefined> {
  const r = await sql<Record<string, Scalar>>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(tx);
  return r.rows[0];
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: RecordTable,
    readonly id: string,
  ) {
    super(`${table} ${id} not found`);
  }
}

/** Writes only the columns whose value really changes; returns their names (empty: nothing written). */
export async function updateRecord<T extends RecordTable>(
  tx: Tx,
  stamp: Stamper,
  table: T,
  id: string,
  patch: RecordPatch<T>,
): Promise<string[]> {
  const before = await currentRow(tx, table, id);
  if (!before || before.deleted_at !== null) throw new RecordNotFoundError(table, id);
  const changed = entries(patch).filter(([k, v]) => before[k] !== v);
  if (changed.length === 0) return [];
  const hlc = stamp.hlc.now();
  const sets = [...changed, ['updated_at', hlc] as [string, Scalar]];
  await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets.map(([k, v]) => sql`${sql.ref(k)} = ${v}`))} WHERE id = ${id}`.execute(
    tx,
  );
  const names = changed.map(([k]) => k);
  await logChange(
    tx,
    stamp,
    table,
    id,
    hlc,
    'update',
    [...names, 'updated_at'],
    fieldChanges(before, Object.fromEntries(changed)),
  );
  return names;
}

/** Domain records are never deleted: they get a tombstone that syncs like any other write. */
export async function tombstoneRecord(tx: Tx, stamp: Stamper, table: RecordTable, id: string): Promise<void> {
  const before = await currentRow(tx, table, id);
  if (!before || before.deleted_at !== null) throw new RecordNotFoundError(table, id);
  const hlc = stamp.hlc.now();
  await sql`UPDATE ${sql.table(table)} SET deleted_at = ${hlc}, updated_at = ${hlc} WHERE id = ${id}`.execute(tx);
  // What was deleted, field by field, so the trail still shows it after the tombstone.
  const gone = Object.fromEntries(Object.keys(before).map((k) => [k, null]));
  await logChange(tx, stamp, table, id, hlc, 'delete', ['deleted_at', 'updated_at'], fieldChanges(before, gone));
}
