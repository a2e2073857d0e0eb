import { activeMembersByBranch, branchOrgNames, inboxByBranch } from '../../../db/queries/office.js';
import { listBranchPeers } from '../../../db/queries/syncPeers.js';
import type { OfficeBranches } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { daysBetween } from '../rules/dates.js';
import { requireOffice } from './guard.js';
import { readStatusCache, statusFromCache } from './statusCache.js';

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

export async function officeBranches(ctx: ServiceContext): Promise<OfficeBranches> {
  await requireOffice(ctx);
  const today = ctx.clock.today();
  const [branches, counts, cache] = await Promise.all([
    enrolledBranches(ctx, true),
    activeMembersByBranch(ctx.db),
    readStatusCache(ctx),
  ]);
  const members = new Map(counts.map((c) => [c.code, c.n]));
  let stale = 0;
  const rows = [];
  for (const b of branches) {
    const status = b.bundles > 0 ? statusFromCache(cache, b, today) : null;
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
