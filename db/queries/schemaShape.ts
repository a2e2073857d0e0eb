import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The column names of a table, as the file's schema has them. */
export async function columnNames(db: Kysely<Database>, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  return r.rows.map((c) => c.name);
}

/** The tables a table's foreign keys refer to (itself included, for a self-reference). */
export async function referencedTables(db: Kysely<Database>, table: string): Promise<string[]> {
  const r = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${table})`.execute(db);
  return r.rows.map((f) => f.table);
}
