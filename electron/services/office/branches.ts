import { getMeta, setMeta } from '../../../db/queries/localMeta.js';
import { activeMembersByBranch, branchOrgNames, inboxByBranch } from '../../../db/queries/office.js';
import { listBranchPeers } from '../../../db/queries/syncPeers.js';
import type { BranchStatus, OfficeBranches } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { daysBetween } from '../rules/dates.js';
import { requireOffice } from './guard.js';
import { openBranchLens } from './lens.js';
import { branchStatus } from './status.js';

export interface EnrolledBranch {
  code: string;
  name: string;
  revoked: boolean;
  bundles: number;
  lastBundleOn: string | null;
  /** The last bundle's sequence number: a new one makes the cached status stale. */
  seq: number | null;
}

/** Every branch enrolled here (revoked ones included), named as the branch names itself. */
export async function enrolledBranches(ctx: ServiceContext, withRevoked = false): Promise<EnrolledBranch[]> {
  const [peers, names, inbox] = await Promise.all([
    listBranchPeers(ctx.db),
    branchOrgNames(ctx.db),
    inboxByBranch(ctx.db),
  ]);
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const inboxOf = new Map(inbox.map((i) => [i.peer_code, i]));
  return peers
    .filter((p) => withRevoked || !p.revoked)
    .map((p) => {
      const i = inboxOf.get(p.code);
      return {
        code: p.code,
        name: nameOf.get(p.code) ?? p.name,
        revoked: p.revoked === 1,
        bundles: i?.bundles ?? 0,
        lastBundleOn: i?.last ? i.last.slice(0, 10) : null,
        seq: i?.seq ?? null,
      };
    });
}

/**
 * The status cache lives in local_meta: it is this machine's bookkeeping and never travels.
 * Today's statuses (总览) and those of the last past day asked for (统计 as of a date) are kept
 * apart, so looking back does not push the 总览's lights out.
 */
const statusKey = (code: string, past: boolean) => `office.${past ? 'statusPast' : 'status'}.${code}`;

/** Bumped when BranchStatus gains a field, so older cached statuses are computed again. */
const STATUS_VERSION = 2;

interface Cached {
  v: number;
  seq: number | null;
  status: BranchStatus;
}

async function cachedStatus(ctx: ServiceContext, b: EnrolledBranch, day: string): Promise<BranchStatus | null> {
  const raw = await getMeta(ctx.db, statusKey(b.code, day !== ctx.clock.today()));
  if (!raw) return null;
  const c = JSON.parse(raw) as Cached;
  return c.v === STATUS_VERSION && c.seq === b.seq && c.status.asOf === day ? c.status : null;
}

export async function officeBranches(ctx: ServiceContext): Promise<OfficeBranches> {
  await requireOffice(ctx);
  const today = ctx.clock.today();
  const [branches, counts] = await Promise.all([enrolledBranches(ctx, true), activeMembersByBranch(ctx.db)]);
  const members = new Map(counts.map((c) => [c.code, c.n]));
  let stale = 0;
  const rows = [];
  for (const b of branches) {
    const status = b.bundles > 0 ? await cachedStatus(ctx, b, today) : null;
    if (b.bundles > 0 && !status && !b.revoked) stale += 1;
    rows.push({
      code: b.code,
      name: b.name,
      revoked: b.revoked,
      lastBundleOn: b.lastBundleOn,
      daysSinceBundle: b.lastBundleOn ? daysBetween(b.lastBundleOn, today) : null,
      bundles: b.bundles,
      members: members.get(b.code) ?? 0,
      status,
    });
  }
  return { today, rows, stale };
}

/**
 * Computes each branch's status on `day` (today, or a past day: the lens then shows the branch's
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
      const status = await branchStatus(lens.ctx);
      await setMeta(
        ctx.db,
        statusKey(b.code, past),
        JSON.stringify({ v: STATUS_VERSION, seq: b.seq, status } satisfies Cached),
      );
    }
  } finally {
    lens.close();
  }
}

async function staleOn(ctx: ServiceContext, branches: readonly EnrolledBranch[], day: string) {
  const due: EnrolledBranch[] = [];
  for (const b of branches) if (b.bundles > 0 && !(await cachedStatus(ctx, b, day))) due.push(b);
  return due;
}

/**
 * Computes today's status of up to `limit` branches whose cached one is missing or out of date
 * (a new bundle came, or the day changed), each through a read-only lens on the branch.
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
  const branches = (await enrolledBranches(ctx)).filter((b) => !codes || codes.includes(b.code));
  await computeStatuses(ctx, await staleOn(ctx, branches, on), on);
  const out = new Map<string, BranchStatus>();
  for (const b of branches) {
    const s = b.bundles > 0 ? await cachedStatus(ctx, b, on) : null;
    if (s) out.set(b.code, s);
  }
  return out;
}

/** Every enrolled branch's status for today (computing whatever is stale), for reports. */
export function allStatuses(ctx: ServiceContext): Promise<Map<string, BranchStatus>> {
  return statusesOn(ctx, ctx.clock.today());
}
