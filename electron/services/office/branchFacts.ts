import {
  devPeopleOf,
  devStepsOf,
  memberEventsOf,
  membersOf,
  type BranchMemberRow,
} from '../../../db/queries/branchFacts.js';
import { setMeta } from '../../../db/queries/localMeta.js';
import { metaUnder } from '../../../db/queries/statusCache.js';
import type { ServiceContext } from '../context.js';
import type { HistoryEvent } from '../rules/membership.js';
import type { EnrolledBranch } from './branches.js';

/** One member as 统计 counts it: the roster columns and the dated events its presence is rebuilt from. */
export type MemberFacts = Omit<BranchMemberRow, 'code' | 'id'> & { events: HistoryEvent[] };

/** One 发展党员 person: when cancelled, and each step done with its day. */
export interface DevFacts {
  cancelledOn: string | null;
  steps: { step: string; on: string }[];
}

/**
 * What 统计's structure tables and the office's reports count of one branch, kept per branch
 * (local_meta, this machine's bookkeeping) from its last bundle, so a county-wide table reads
 * one small value per branch instead of every row of every branch. Members are kept whole, with
 * their dates: age, 党龄 and presence are worked out for whatever day is asked, exactly as before.
 */
export interface BranchFacts {
  members: MemberFacts[];
  dev: DevFacts[];
}

const PREFIX = 'office.facts.';

/** Bumped when BranchFacts changes shape, so older kept ones are worked out again. */
const FACTS_VERSION = 1;

interface Kept {
  v: number;
  /** The branch's last bundle when the facts were read: a newer one makes them stale. */
  seq: number | null;
  facts: BranchFacts;
}

/** The facts of the branches `codes`, from the rows they sent, in one pass over the file. */
async function readFacts(ctx: ServiceContext, codes: readonly string[]): Promise<Map<string, BranchFacts>> {
  const [members, events, people, steps] = await Promise.all([
    membersOf(ctx.db, codes),
    memberEventsOf(ctx.db, codes),
    devPeopleOf(ctx.db, codes),
    devStepsOf(ctx.db, codes),
  ]);
  const eventsOf = new Map<string, Map<string, HistoryEvent>>();
  for (const e of events) {
    const own = eventsOf.get(e.member_id) ?? new Map<string, HistoryEvent>();
    own.set(e.id, { kind: e.kind, date: e.event_date });
    eventsOf.set(e.member_id, own);
  }
  const stepsOf = new Map<string, Map<string, { step: string; on: string }>>();
  for (const s of steps) {
    const own = stepsOf.get(s.person_id) ?? new Map<string, { step: string; on: string }>();
    own.set(s.id, { step: s.step, on: s.done_on });
    stepsOf.set(s.person_id, own);
  }
  const out = new Map<string, BranchFacts>(codes.map((c) => [c, { members: [], dev: [] }]));
  for (const { code, id, ...row } of members)
    out.get(code)?.members.push({ ...row, events: [...(eventsOf.get(id)?.values() ?? [])] });
  for (const p of people)
    out.get(p.code)?.dev.push({ cancelledOn: p.cancelled_on, steps: [...(stepsOf.get(p.id)?.values() ?? [])] });
  return out;
}

async function keep(ctx: ServiceContext, facts: Map<string, BranchFacts>, seqOf: Map<string, number | null>) {
  await ctx.db.transaction().execute(async (tx) => {
    for (const [code, f] of facts)
      await setMeta(
        tx,
        `${PREFIX}${code}`,
        JSON.stringify({ v: FACTS_VERSION, seq: seqOf.get(code) ?? null, facts: f } satisfies Kept),
      );
  });
}

/**
 * The facts of each of `branches` that has sent a bundle: the kept ones where still current,
 * the others read now (a branch whose facts were never kept, or kept before its last bundle) and kept.
 */
export async function factsOf(
  ctx: ServiceContext,
  branches: readonly EnrolledBranch[],
): Promise<Map<string, BranchFacts>> {
  const kept = await metaUnder(ctx.db, PREFIX);
  const out = new Map<string, BranchFacts>();
  const stale: string[] = [];
  for (const b of branches) {
    if (b.bundles === 0) continue;
    const raw = kept.get(b.code);
    const k = raw ? (JSON.parse(raw) as Kept) : null;
    if (k && k.v === FACTS_VERSION && k.seq === b.seq) out.set(b.code, k.facts);
    else stale.push(b.code);
  }
  if (stale.length) {
    const fresh = await readFacts(ctx, stale);
    await keep(ctx, fresh, new Map(branches.map((b) => [b.code, b.seq])));
    for (const [code, f] of fresh) out.set(code, f);
  }
  return out;
}

/** Keeps the facts of the branches whose bundles were just imported (the import's hook), read in one pass. */
export async function keepFactsAfterImport(ctx: ServiceContext, branches: readonly EnrolledBranch[]): Promise<void> {
  const codes = branches.map((b) => b.code);
  await keep(ctx, await readFacts(ctx, codes), new Map(branches.map((b) => [b.code, b.seq])));
}
