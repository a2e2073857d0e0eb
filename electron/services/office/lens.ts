import { fixedClock } from '../../../db/clock.js';
import { openLensConnection } from '../../../db/queries/branchLens.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';

/**
 * A read-only window on one branch inside the office's database. The office holds every
 * branch's rows in the same tables as a branch holds its own; `sync_audience` says which
 * branch each row came from. The lens connection (db/queries/branchLens.ts) shows only one
 * branch's rows under the usual table names, so every branch service runs unchanged and sees
 * exactly the branch's own database, and SQLite itself refuses any write (read-only).
 */
export interface BranchLens {
  ctx: ServiceContext;
  /** Points the window at another branch (its rows are copied in; the statements stay prepared). */
  focus(code: string): void;
  close(): void;
}

/**
 * Opens a lens on the office's database file, focused on the branch `code`. With `asOf` (a past
 * day) the branch's services see that day as today and none of the records dated after it.
 */
export function openBranchLens(ctx: ServiceContext, code: string, asOf?: string): BranchLens {
  const path = ctx.app.databasePath;
  if (!path || path === ':memory:') throw new ServiceError('INTERNAL', '内存中的数据库无法按支部查看');
  const lens = openLensConnection(path, ctx.sqliteBinding);
  const focus = (c: string) => {
    if (!lens.focus(c, asOf)) throw new ServiceError('NOT_FOUND', `还没有收到支部 ${c} 的数据`);
  };
  try {
    focus(code);
  } catch (err) {
    lens.close();
    throw err;
  }
  const clock = asOf ? fixedClock(asOf) : ctx.clock;
  return { ctx: { ...ctx, db: lens.db, clock }, focus, close: () => lens.close() };
}
