import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { RECORD_TABLES } from '../../db/schema.js';
import type { Installation } from '../../electron/services/installation.js';

/** Every row of every table (records, change_log and sync bookkeeping), to prove nothing changed. */
export async function contentHash(inst: Pick<Installation, 'ctx'>): Promise<string> {
  const h = createHash('sha256');
  const tables = [
    ...RECORD_TABLES,
    'change_log',
    'sync_peer',
    'sync_outbox',
    'sync_inbox',
    'sync_conflict',
    'sync_origin',
    'local_meta',
  ];
  for (const t of tables) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t)} ORDER BY 1`.execute(inst.ctx.db);
    h.update(t);
    for (const r of rows.rows)
      h.update(JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
  }
  return h.digest('hex');
}
