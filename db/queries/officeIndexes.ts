import { sql, type Kysely } from 'kysely';
import { BRANCH_ONLY_INDEXES } from '../migrations/0014-office-indexes.js';
import type { Database } from '../schema.js';

/** Drops the indexes only a branch uses, when this installation is set up as an office (migration 14 says why). */
export async function dropBranchOnlyIndexes(db: Kysely<Database>): Promise<void> {
  for (const index of BRANCH_ONLY_INDEXES) await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
}
