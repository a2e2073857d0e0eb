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

/** The status cache lives in local_meta: it is this machine's bookkeeping and never travels. */
const statusKey = (code: string) => `office.status.${code}`;

/** Bumped when BranchStatus gains a field, so older cached statuses are computed again. */
const STATUS_VERSION = 2;

interface Cached {
  v: number;
  seq: number | null;
  status: BranchStatus;
}

async function cachedStatus(ctx: ServiceContext, b: EnrolledBranch, today: string): Promise<BranchStatus | null> {
  const raw = await getMeta(ctx.db, statusKey(b.code));
  if (!raw) return null;
  const c = JSON.parse(raw) as Cached;
  return c.v === STATUS_VERSION && c.seq === b.seq && c.status.asOf === today ? c.status : null;
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
 * Computes today's status of up to `limit` branches whose cached one is missing or out of date
 * (a new bundle came, or the day changed), each through a read-only lens on the branch.
 */
export async function refreshStatuses(ctx: ServiceContext, limit: number): Promise<{ remaining: number }> {
  await requireOffice(ctx);
  const today = ctx.clock.today();
  const due: EnrolledBranch[] = [];
  for (const b of await enrolledBranches(ctx)) if (b.bundles > 0 && !(await cachedStatus(ctx, b, today))) due.push(b);
  const batch = due.slice(0, limit);
  if (batch.length === 0) return { remaining: 0 };
  const lens = openBranchLens(ctx, (batch[0] as EnrolledBranch).code);
  try {
    for (const b of batch) {
      lens.focus(b.code);
      const status = await branchStatus(lens.ctx);
      await setMeta(
        ctx.db,
        statusKey(b.code),
        JSON.stringify({ v: STATUS_VERSION, seq: b.seq, status } satisfies Cached),
      );
    }
  } finally {
    lens.close();
  }
  return { remaining: due.length - batch.length };
}

/** Every enrolled branch's status for today (computing whatever is stale), for reports. */
export async function allStatuses(ctx: ServiceContext): Promise<Map<string, BranchStatus>> {
  while ((await refreshStatuses(ctx, 100)).remaining > 0);
  const out = new Map<string, BranchStatus>();
  const today = ctx.clock.today();
  for (const b of await enrolledBranches(ctx)) {
    const s = b.bundles > 0 ? await cachedStatus(ctx, b, today) : null;
    if (s) out.set(b.code, s);
  }
  return out;
}
