import { setMeta } from '../../../db/queries/localMeta.js';
import { lastImported, metaUnder } from '../../../db/queries/statusCache.js';
import type { BranchStatus } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { enrolledBranches, type EnrolledBranch } from './branches.js';
import { keepFactsAfterImport } from './branchFacts.js';
import { requireOrganization } from '../org/profile.js';
import { requireOffice } from './guard.js';
import { inBranchLens, openBranchLens } from './lens.js';
import { statusOn } from './status.js';
import { statusBasis, type StatusBasis } from './statusBasis.js';

/**
 * The status cache lives in local_meta: it is this machine's bookkeeping and never travels.
 * Each branch's basis (statusBasis.ts) is kept, from which its lights on any later day are
 * worked out without reading its records. Today's (总览) and the last past day's asked for
 * (统计 as of a date) are kept apart, so looking back does not push the 总览's lights out.
 */
const prefix = (past: boolean) => `office.${past ? 'statusPast' : 'status'}.`;

/** Bumped when the basis or BranchStatus changes shape, so older cached ones are computed again. */
const STATUS_VERSION = 3;

interface Cached {
  v: number;
  /** The branch's last bundle when the basis was computed: a newer one makes it stale. */
  seq: number | null;
  basis: StatusBasis;
}

export type StatusCache = Map<string, string>;

export function readStatusCache(ctx: ServiceContext, past: boolean): Promise<StatusCache> {
  return metaUnder(ctx.db, prefix(past));
}

/**
 * The branch's lights on `day` from its cached basis, or null when it must be computed again:
 * a newer bundle came, or the day lies beyond what the basis can tell. A past day's basis is
 * used only for that very day (it was computed from the records dated up to it).
 */
export function statusFromCache(
  cache: StatusCache,
  b: EnrolledBranch,
  day: string,
  past: boolean,
): BranchStatus | null {
  const raw = cache.get(b.code);
  if (!raw) return null;
  const c = JSON.parse(raw) as Cached;
  if (c.v !== STATUS_VERSION || c.seq !== b.seq || (past && c.basis.day !== day)) return null;
  return statusOn(c.basis, day);
}

async function store(ctx: ServiceContext, code: string, seq: number | null, basis: StatusBasis, past: boolean) {
  await setMeta(ctx.db, `${prefix(past)}${code}`, JSON.stringify({ v: STATUS_VERSION, seq, basis } satisfies Cached));
}

/**
 * Computes each branch's basis on `day` (today, or a past day: the lens then shows the branch's
 * records as they stood that day), one read-only lens moved from branch to branch, and caches it.
 */
async function computeStatuses(ctx: ServiceContext, branches: readonly EnrolledBranch[], day: string): Promise<void> {
  const first = branches[0];
  if (!first) return;
  const past = day !== ctx.clock.today();
  const lens = openBranchLens(ctx, first.code, past ? day : undefined);
  try {
    for (const b of branches) {
      lens.focus(b.code);
      await store(ctx, b.code, b.seq, await statusBasis(lens.ctx), past);
    }
  } finally {
    lens.close();
  }
}

async function staleOn(ctx: ServiceContext, branches: readonly EnrolledBranch[], day: string) {
  const past = day !== ctx.clock.today();
  const cache = await readStatusCache(ctx, past);
  return branches.filter((b) => b.bundles > 0 && !statusFromCache(cache, b, day, past));
}

/**
 * Computes today's basis of up to `limit` branches whose cached one cannot tell today's lights
 * (none yet, a newer bundle, or a branch silent beyond the months a basis looks ahead).
 */
export async function refreshStatuses(ctx: ServiceContext, limit: number): Promise<{ remaining: number }> {
  await requireOffice(ctx);
  const due = await staleOn(ctx, await enrolledBranches(ctx), ctx.clock.today());
  await computeStatuses(ctx, due.slice(0, limit), ctx.clock.today());
  return { remaining: Math.max(0, due.length - limit) };
}

/**
 * Every enrolled branch's status (or the chosen ones') on `day`, computing whatever is stale;
 * a day after today is today (nothing has happened yet after it).
 */
export async function statusesOn(
  ctx: ServiceContext,
  day: string,
  codes: readonly string[] | null = null,
): Promise<Map<string, BranchStatus>> {
  const today = ctx.clock.today();
  const on = day < today ? day : today;
  const past = on !== today;
  const branches = (await enrolledBranches(ctx)).filter((b) => !codes || codes.includes(b.code));
  await computeStatuses(ctx, await staleOn(ctx, branches, on), on);
  const cache = await readStatusCache(ctx, past);
  const out = new Map<string, BranchStatus>();
  for (const b of branches) {
    const s = b.bundles > 0 ? statusFromCache(cache, b, on, past) : null;
    if (s) out.set(b.code, s);
  }
  return out;
}

/** Every enrolled branch's status for today (computing whatever is stale), for reports. */
export function allStatuses(ctx: ServiceContext): Promise<Map<string, BranchStatus>> {
  return statusesOn(ctx, ctx.clock.today());
}

/**
 * Right after a bundle is imported (its transaction committed), an office computes its sender's
 * basis through the drill-down's shared lens, so the 总览 has the branch's lights at once on this
 * and later days, and keeps the facts 统计 and the reports count (branchFacts.ts). Anything going wrong here leaves the branch to the 总览's refresh: the import
 * stands, and says nothing of it.
 */
export async function cacheAfterImport(ctx: ServiceContext): Promise<void> {
  try {
    const org = await requireOrganization(ctx);
    const last = await lastImported(ctx.db);
    if (org.mode !== 'office' || !last) return;
    const b = (await enrolledBranches(ctx)).find((e) => e.code === last.peer_code);
    if (!b || b.seq !== last.seq) return;
    const basis = await inBranchLens(ctx, b.code, (lens) => statusBasis(lens));
    await store(ctx, b.code, b.seq, basis, false);
    await keepFactsAfterImport(ctx, b.code, b.seq);
  } catch (err) {
    console.error('[zhibu] status after import:', err);
  }
}
