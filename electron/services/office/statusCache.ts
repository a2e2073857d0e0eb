import { setMeta } from '../../../db/queries/localMeta.js';
import { metaUnder } from '../../../db/queries/statusCache.js';
import type { BranchStatus } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { enrolledBranches, type EnrolledBranch } from './branches.js';
import { keepFactsAfterImport } from './branchFacts.js';
import { requireOrganization } from '../org/profile.js';
import { requireOffice } from './guard.js';
import { inBranchLens, openBranchLens } from './lens.js';
import { statusAsOf, statusOn } from './status.js';
import { basisOf, type StatusBasis } from './statusBasis.js';
import { statusHistory, type StatusHistory } from './statusHistory.js';
import { HISTORY, keptHistoryValue, pastFromKept, type PastBranch } from './pastStatus.js';
import { maintenanceThreadRunning, pastStatusesOffThread } from '../offThread/run.js';

/**
 * The status cache lives in local_meta: it is this machine's bookkeeping and never travels.
 * Each branch's basis (statusBasis.ts) is kept, from which its lights on any later day are
 * worked out without reading its records (the 总览), and its history (statusHistory.ts), from
 * which its lights on any earlier day are (统计 as of a past date); those of the last past day
 * asked for are kept too, apart from today's.
 */
const PREFIX = 'office.status.';
/** The lights on the last past day asked for, so 统计 shown again for that day reads them back. */
const PAST = 'office.statusPast.';

/** Bumped when the basis or BranchStatus changes shape, so older cached ones are computed again. */
const STATUS_VERSION = 3;

interface Cached {
  v: number;
  /** The branch's last bundle when the basis was computed: a newer one makes it stale. */
  seq: number | null;
  basis: StatusBasis;
}

export type StatusCache = Map<string, string>;

export function readStatusCache(ctx: ServiceContext): Promise<StatusCache> {
  return metaUnder(ctx.db, PREFIX);
}

/**
 * The branch's lights on `day` from its cached basis, or null when it must be computed again:
 * a newer bundle came, or the day lies beyond what the basis can tell.
 */
export function statusFromCache(cache: StatusCache, b: EnrolledBranch, day: string): BranchStatus | null {
  const raw = cache.get(b.code);
  if (!raw) return null;
  const c = JSON.parse(raw) as Cached;
  if (c.v !== STATUS_VERSION || c.seq !== b.seq) return null;
  return statusOn(c.basis, day);
}

/** Keeps the branch's history, and its basis on today worked out from it, in one transaction. */
async function store(ctx: ServiceContext, code: string, seq: number | null, history: StatusHistory) {
  const basis = basisOf(history, ctx.clock.today());
  await ctx.db.transaction().execute(async (tx) => {
    await setMeta(tx, `${PREFIX}${code}`, JSON.stringify({ v: STATUS_VERSION, seq, basis } satisfies Cached));
    await setMeta(tx, `${HISTORY}${code}`, keptHistoryValue(seq, history));
  });
}

/**
 * Reads each branch's history (and so its basis on today) through one read-only lens moved
 * from branch to branch, and caches both; `each` sees every history read, one at a time.
 */
async function computeStatuses(
  ctx: ServiceContext,
  branches: readonly EnrolledBranch[],
  each?: (code: string, history: StatusHistory) => void,
): Promise<void> {
  const first = branches[0];
  if (!first) return;
  const lens = openBranchLens(ctx, first.code);
  try {
    for (const b of branches) {
      lens.focus(b.code);
      const history = await statusHistory(lens.ctx);
      await store(ctx, b.code, b.seq, history);
      each?.(b.code, history);
    }
  } finally {
    lens.close();
  }
}

async function staleToday(ctx: ServiceContext, branches: readonly EnrolledBranch[]) {
  const cache = await readStatusCache(ctx);
  const today = ctx.clock.today();
  return branches.filter((b) => b.bundles > 0 && !statusFromCache(cache, b, today));
}

interface KeptPast {
  v: number;
  seq: number | null;
  day: string;
  status: BranchStatus;
}

/**
 * The lights on `day` of branches whose history is kept, null for the others. When the maintenance
 * thread is up, it works out half of them from the same file meanwhile: a county's 500 take about a
 * second on one thread (issue #12). It is not started for this: a start costs a third of a second
 * built (1–2.5 s from sources) and competes for the CPU, so a cold start is no faster than this
 * thread alone; it is started after, for the next day asked within its idle minute. Waiting for its
 * half, rather than racing it, keeps a late answer from costing twice (measured: a half done here
 * as well left the thread busy with it into the next 统计, 1.0–1.2 s instead of 0.56–0.75 s).
 */
async function pastFromHistories(
  ctx: ServiceContext,
  branches: readonly EnrolledBranch[],
  day: string,
): Promise<Map<string, BranchStatus | null>> {
  const all: PastBranch[] = branches.map((b) => ({ code: b.code, seq: b.seq }));
  const mine = all.slice(0, Math.ceil(all.length / 2));
  const theirs = all.slice(mine.length);
  const access = ctx.maintenance?.fileAccess();
  const shared = access && theirs.length > 0 && maintenanceThreadRunning();
  const thread = shared
    ? pastStatusesOffThread({ ...access, day, branches: theirs }, () => pastFromKept(ctx.db, theirs, day))
    : null;
  const here = await pastFromKept(ctx.db, thread ? mine : all, day);
  const out = new Map([...here, ...(thread ? (await thread).value : [])]);
  // Nothing to work out: only the thread's start, for the next past day.
  if (access && !shared) void pastStatusesOffThread({ ...access, day, branches: [] }, () => Promise.resolve([]));
  return out;
}

/**
 * The lights on a past day: those kept for that very day since the branch's last bundle, the
 * others worked out from the branch's history and kept (one transaction).
 */
async function pastStatuses(
  ctx: ServiceContext,
  branches: readonly EnrolledBranch[],
  day: string,
): Promise<Map<string, BranchStatus>> {
  const kept = await metaUnder(ctx.db, PAST);
  const out = new Map<string, BranchStatus>();
  const missing: EnrolledBranch[] = [];
  for (const b of branches) {
    if (b.bundles === 0) continue;
    const raw = kept.get(b.code);
    const k = raw ? (JSON.parse(raw) as KeptPast) : null;
    if (k && k.v === STATUS_VERSION && k.seq === b.seq && k.day === day) out.set(b.code, k.status);
    else missing.push(b);
  }
  if (!missing.length) return out;
  const worked = new Map<string, BranchStatus>();
  const stale: EnrolledBranch[] = [];
  const fromHistories = await pastFromHistories(ctx, missing, day);
  for (const b of missing) {
    const status = fromHistories.get(b.code);
    if (status) worked.set(b.code, status);
    else stale.push(b);
  }
  // Kept by an older version, or never: read through the lens now (and kept for next time).
  await computeStatuses(ctx, stale, (code, h) => worked.set(code, statusAsOf(h, day)));
  await ctx.db.transaction().execute(async (tx) => {
    for (const b of missing) {
      const status = worked.get(b.code);
      if (!status) continue;
      out.set(b.code, status);
      await setMeta(
        tx,
        `${PAST}${b.code}`,
        JSON.stringify({ v: STATUS_VERSION, seq: b.seq, day, status } satisfies KeptPast),
      );
    }
  });
  return out;
}

/**
 * Computes today's basis of up to `limit` branches whose cached one cannot tell today's lights
 * (none yet, a newer bundle, or a branch silent beyond the months a basis looks ahead).
 */
export async function refreshStatuses(ctx: ServiceContext, limit: number): Promise<{ remaining: number }> {
  await requireOffice(ctx);
  const due = await staleToday(ctx, await enrolledBranches(ctx));
  await computeStatuses(ctx, due.slice(0, limit));
  return { remaining: Math.max(0, due.length - limit) };
}

/**
 * Every enrolled branch's status (or the chosen ones') on `day`, computing whatever is stale;
 * a day after today is today (nothing has happened yet after it). Today's come from each
 * branch's basis, an earlier day's from its history.
 */
export async function statusesOn(
  ctx: ServiceContext,
  day: string,
  codes: readonly string[] | null = null,
): Promise<Map<string, BranchStatus>> {
  const today = ctx.clock.today();
  const branches = (await enrolledBranches(ctx)).filter((b) => !codes || codes.includes(b.code));
  if (day < today) return pastStatuses(ctx, branches, day);
  // Each basis is parsed once: the reports ask for every branch's lights each time (issue #12).
  const out = new Map<string, BranchStatus>();
  const cache = await readStatusCache(ctx);
  const stale: EnrolledBranch[] = [];
  for (const b of branches) {
    if (b.bundles === 0) continue;
    const s = statusFromCache(cache, b, today);
    if (s) out.set(b.code, s);
    else stale.push(b);
  }
  if (!stale.length) return out;
  await computeStatuses(ctx, stale);
  const fresh = await readStatusCache(ctx);
  for (const b of stale) {
    const s = statusFromCache(fresh, b, today);
    if (s) out.set(b.code, s);
  }
  return out;
}

/** Every enrolled branch's status for today (computing whatever is stale), for reports. */
export function allStatuses(ctx: ServiceContext): Promise<Map<string, BranchStatus>> {
  return statusesOn(ctx, ctx.clock.today());
}

/**
 * Senders whose lights an import works out itself: a township's stack of a dozen branches is lit
 * at once; a county's hundreds (about a sixth of a second each) are left to the 总览, which lights
 * any branch it finds unlit in batches with its progress bar (useOfficeBranches), instead of
 * doubling the import's time (issue #13).
 */
const LIT_AT_IMPORT = 20;

/**
 * Right after bundles are imported (their transaction committed), an office keeps the facts 统计
 * and the reports count for every sender (branchFacts.ts, one pass for all), and for a few senders
 * works out each one's basis through the drill-down's shared lens, so the 总览 has its lights at
 * once on this and later days. Anything going wrong here leaves the branch to the 总览's refresh:
 * the import stands, and says nothing of it.
 */
export async function cacheAfterImport(ctx: ServiceContext, senders: readonly string[]): Promise<void> {
  if (!senders.length) return;
  try {
    const org = await requireOrganization(ctx);
    if (org.mode !== 'office') return;
    const enrolled = new Map((await enrolledBranches(ctx)).map((b) => [b.code, b]));
    const received = [...new Set(senders)].flatMap((code) => {
      const b = enrolled.get(code);
      return b && b.seq !== null ? [b] : [];
    });
    await keepFactsAfterImport(ctx, received);
    if (received.length > LIT_AT_IMPORT) return;
    for (const b of received) await store(ctx, b.code, b.seq, await inBranchLens(ctx, b.code, statusHistory));
  } catch (err) {
    console.error('[zhibu] status after import:', err);
  }
}
