import { openLensConnection, type LensConnection } from '../../../db/queries/branchLens.js';
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

/** Opens a lens on the office's database file, focused on the branch `code`. */
export function openBranchLens(ctx: ServiceContext, code: string): BranchLens {
  const path = ctx.app.databasePath;
  if (!path || path === ':memory:') throw new ServiceError('INTERNAL', '内存中的数据库无法按支部查看');
  const lens = openLensConnection(path, ctx.dataKey ?? null, ctx.sqliteBinding);
  const focus = (c: string) => {
    if (!lens.focus(c)) throw new ServiceError('NOT_FOUND', `还没有收到支部 ${c} 的数据`);
  };
  try {
    focus(code);
  } catch (err) {
    lens.close();
    throw err;
  }
  return { ctx: { ...ctx, db: lens.db }, focus, close: () => lens.close() };
}

/** A drill-down's lens, kept open between its reads (one page asks for several). */
interface Kept {
  conn: LensConnection;
  /** The branch shown and the file's version when it was copied in. */
  shows: string | null;
  /** Reads take turns: a read of another branch must not refocus under a running one. */
  queue: Promise<unknown>;
  idle: ReturnType<typeof setTimeout> | null;
}

const kept = new Map<string, Kept>();

/** Closed after this long without a read, so no connection outlives the drill-down. */
const IDLE_MS = 60_000;

/**
 * Runs one read on a lens focused on `code`, reusing the lens the previous read left open: the
 * branch's rows are copied in again only for another branch or once the office's file has
 * changed (a bundle imported), so a drill-down page's reads cost what they cost at the branch.
 */
export function inBranchLens<T>(
  ctx: ServiceContext,
  code: string,
  read: (lens: ServiceContext) => Promise<T>,
): Promise<T> {
  const path = ctx.app.databasePath;
  if (!path || path === ':memory:') throw new ServiceError('INTERNAL', '内存中的数据库无法按支部查看');
  let k = kept.get(path);
  if (!k) {
    k = {
      conn: openLensConnection(path, ctx.dataKey ?? null, ctx.sqliteBinding),
      shows: null,
      queue: Promise.resolve(),
      idle: null,
    };
    kept.set(path, k);
  }
  const entry = k;
  if (entry.idle) clearTimeout(entry.idle);
  const run = entry.queue.then(async () => {
    const shows = `${code}|${entry.conn.dataVersion()}`;
    if (entry.shows !== shows) {
      entry.shows = null;
      if (!entry.conn.focus(code)) throw new ServiceError('NOT_FOUND', `还没有收到支部 ${code} 的数据`);
      entry.shows = shows;
    }
    return read({ ...ctx, db: entry.conn.db });
  });
  entry.queue = run.then(
    () => undefined,
    () => undefined,
  );
  entry.idle = setTimeout(() => {
    void entry.queue.then(() => {
      if (kept.get(path) !== entry) return;
      kept.delete(path);
      entry.conn.close();
    });
  }, IDLE_MS);
  entry.idle.unref();
  return run;
}
