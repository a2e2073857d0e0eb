import { sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Runs `work` inside a savepoint of the open transaction: what it wrote is rolled back, and the
 * error thrown on, if it throws; the rest of the transaction stands either way.
 */
export async function inSavepoint<T>(tx: Transaction<Database>, work: () => Promise<T>): Promise<T> {
  await sql`SAVEPOINT step`.execute(tx);
  try {
    const value = await work();
    await sql`RELEASE step`.execute(tx);
    return value;
  } catch (err) {
    await sql`ROLLBACK TO step`.execute(tx);
    await sql`RELEASE step`.execute(tx);
    throw err;
  }
}
