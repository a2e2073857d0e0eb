import type { Transaction } from 'kysely';
import type { Stamper } from '../../db/records.js';
import type { Database } from '../../db/schema.js';
import { sessionActor } from './access/session.js';
import type { ServiceContext } from './context.js';

/** Runs a multi-row write as one transaction; all of it lands or none of it does. */
export function inTransaction<T>(
  ctx: ServiceContext,
  fn: (tx: Transaction<Database>, stamp: Stamper) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((tx) => fn(tx, { hlc: ctx.hlc, ids: ctx.ids, who: sessionActor(ctx.session) }));
}
