import { listCommitteeTerms } from '../../../db/queries/committee.js';
import { devSteps, listDevPeople } from '../../../db/queries/development.js';
import { memberHistories } from '../../../db/queries/history.js';
import { listMembers } from '../../../db/queries/members.js';
import { listAllGroups } from '../../../db/queries/partyGroup.js';
import type { CommitteeMember, PartyGroup } from '../../api/org.js';
import type { BranchCounts, BranchLedgerData, CommitteeFacts } from '../../../renderer/ledgers/types.js';
import type { MemberSummary } from '../../api/members.js';
import { COLLEGE_OR_ABOVE, GENDER_LABELS, type Education } from '../../api/memberOptions.js';
import type { ServiceContext } from '../context.js';
import { stageOf, stepDates } from '../development/mapping.js';
import { rosterFrom } from '../meetings/eligibility.js';
import { heldOn } from '../rules/committeeTerms.js';
import { toSummary } from '../members/mapping.js';
import { toCommitteeMember, toTermSpan } from '../org/committee.js';
import { toGroup } from '../org/groups.js';
import { getOverview } from '../org/overview.js';

/** The day a year's copy describes: the last day of a past year, today for this year. */
export function asOfDay(year: number, today: string): string {
  return year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;
}

/**
 * The members on the roster on `day`, each as a 正式 or 预备党员 that day and with their age
 * then: a past year's copy prints that year's branch, not today's.
 */
async function rosterOn(ctx: ServiceContext, day: string): Promise<MemberSummary[]> {
  const onDay = new Map(rosterFrom(await memberHistories(ctx.db), day).map((m) => [m.memberId, m]));
  return (await listMembers(ctx.db, 'all')).flatMap((row) => {
    const there = onDay.get(row.id);
    if (!there) return [];
    const m = toSummary(row, day);
    return [{ ...m, kind: there.voting ? 'formal' : 'probationary' } satisfies MemberSummary];
  });
}

/** 入党申请人, 积极分子 and 发展对象 on `day`, by the steps recorded up to then. */
async function developmentCounts(ctx: ServiceContext, day: string): Promise<Partial<BranchCounts>> {
  const steps = (await devSteps(ctx.db)).filter((s) => s.done_on <= day);
  const counts = { applicants: 0, activists: 0, candidates: 0 };
  for (const p of await listDevPeople(ctx.db)) {
    const own = steps.filter((s) => s.person_id === p.id);
    if (!own.some((s) => s.step === 'apply')) continue;
    const stage = stageOf(
      { ...p, cancelled_on: p.cancelled_on && p.cancelled_on <= day ? p.cancelled_on : null },
      stepDates(own),
    );
    if (stage === 'applicant') counts.applicants += 1;
    else if (stage === 'activist') counts.activists += 1;
    else if (stage === 'candidate') counts.candidates += 1;
  }
  return counts;
}

/**
 * The 党小组 that existed on `day` (a group dissolved later still shows; one set up later does
 * not). Only the current 组长 is kept, with their 任职时间: when they took over after `day`,
 * who led then is unknown and the group is listed in `leaderUnknown`.
 */
async function groupsOn(ctx: ServiceContext, day: string): Promise<{ groups: PartyGroup[]; leaderUnknown: string[] }> {
  const groups = (await listAllGroups(ctx.db))
    .filter((g) => (g.established_on === null || g.established_on <= day) && (g.dissolved_on ?? '9999') > day)
    .map(toGroup);
  const leaderUnknown = groups.filter((g) => g.leaderSince !== null && g.leaderSince > day).map((g) => g.id);
  return { groups, leaderUnknown };
}

/** The 支委 who held their posts on `day`: a past year's copy prints that year's committee. */
export async function committeeAt(ctx: ServiceContext, day: string): Promise<CommitteeMember[]> {
  return (await listCommitteeTerms(ctx.db)).filter((row) => heldOn(toTermSpan(row), day)).map(toCommitteeMember);
}

/** 党员情况 of the 基本情况登记表, from the current roster (ages as of the printing day). */
export function branchCounts(members: MemberSummary[], mobileKnown = true): Partial<BranchCounts> {
  return {
    total: members.length,
    formal: members.filter((m) => m.kind === 'formal').length,
    probationary: members.filter((m) => m.kind === 'probationary').length,
    female: members.filter((m) => m.gender === 'female').length,
    minority: members.filter((m) => m.ethnicity !== '汉族').length,
    age35OrUnder: members.filter((m) => m.age <= 35).length,
    age61OrOver: members.filter((m) => m.age >= 61).length,
    collegeOrAbove: members.filter((m) => COLLEGE_OR_ABOVE.includes(m.education as Education)).length,
    // Who was away is kept for today only: a past year's copy prints `—` rather than today's count.
    outgoing: mobileKnown ? members.filter((m) => m.flags.mobile !== null).length : undefined,
  };
}

export async function branchLedgerData(ctx: ServiceContext, year: number): Promise<BranchLedgerData> {
  const today = ctx.clock.today();
  const day = asOfDay(year, today);
  const [overview, members, development, { groups, leaderUnknown }, committee] = await Promise.all([
    getOverview(ctx),
    rosterOn(ctx, day),
    developmentCounts(ctx, day),
    groupsOn(ctx, day),
    committeeAt(ctx, day),
  ]);
  const groupSizes: Record<string, number> = {};
  for (const m of members) if (m.groupId) groupSizes[m.groupId] = (groupSizes[m.groupId] ?? 0) + 1;
  // A committee entry names a person; when exactly one current member has that name, the
  // roster supplies the facts the ledger prints about them.
  const committeeFacts: Record<string, CommitteeFacts> = {};
  for (const c of committee) {
    const same = members.filter((m) => m.name === c.name);
    const m = same.length === 1 ? same[0] : undefined;
    if (m)
      committeeFacts[c.id] = {
        gender: GENDER_LABELS[m.gender],
        ethnicity: m.ethnicity,
        birthDate: m.birthDate,
        education: m.education || null,
        joinedOn: m.joinedOn,
      };
  }
  return {
    ledger: 'branch',
    year,
    printedOn: today,
    overview: { ...overview, committee, groups },
    leaderUnknown,
    counts: { ...branchCounts(members, day === today), ...development },
    groupSizes,
    committeeFacts,
  };
}
