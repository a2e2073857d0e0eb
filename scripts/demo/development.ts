import type { DevDetail } from '../../electron/api/development.js';
import type { MemberSummary } from '../../electron/api/members.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { addDays, addMonths } from '../../electron/services/rules/dates.js';
import { call, on } from './contract.js';
import { demoPerson } from './people.js';
import type { Rng } from './random.js';

type Step = Parameters<typeof call<'dev.record'>>[2];

/**
 * A realistic pipeline: a new applicant, two 积极分子, a 发展对象, a 预备党员 taken in by
 * this pipeline, and one applicant whose 谈话 came late.
 */
export async function buildDemoDevelopment(
  ctx: ServiceContext,
  rng: Rng,
  today: string,
  usedIds: Set<string>,
  handler: string,
): Promise<void> {
  const formal = (await call(ctx, 'members.list', { scope: 'current' })).filter((m) => m.kind === 'formal');
  const pick = (): MemberSummary => rng.pick(formal);
  const groups = (await call(ctx, 'org.overview', {})).groups;
  const steps: { started: number; upTo: number }[] = [
    { started: 20, upTo: 1 },
    { started: 120, upTo: 1 },
    { started: 500, upTo: 6 },
    { started: 600, upTo: 7 },
    { started: 820, upTo: 16 },
    { started: 1000, upTo: 20 },
  ];
  for (const [i, plan] of steps.entries()) {
    const young = demoPerson(rng, addDays(today, -plan.started), usedIds, { probationary: true });
    const applied = addDays(today, -plan.started);
    const at = (days: number) => addDays(applied, days);
    const groupId = groups.length ? rng.pick(groups).id : null;
    const d = await call(on(ctx, applied), 'dev.create', {
      person: { ...young, groupId, note: '' },
      appliedOn: applied,
    });
    const record = async (s: Step['step'], date: string, extra: Partial<Step> = {}): Promise<DevDetail | null> =>
      date > today ? null : call(on(ctx, date), 'dev.record', { personId: d.id, step: s, date, ...extra });
    // The second applicant is the one whose 谈话 came after the one-month limit.
    await record('talk', at(i === 1 ? 45 : 20), { responsible: handler });
    if (plan.upTo < 3) continue;
    await record('activist', at(60), { method: rng.pick(['党员推荐', '群团组织推优']) });
    await record('activist_filing', at(70), { ref: `镇组备〔${at(70).slice(0, 4)}〕${rng.int(1, 40)}号` });
    await record('mentors', at(70), { memberIds: [pick().id, pick().id].filter((v, k, a) => a.indexOf(v) === k) });
    // Half-yearly 考察 until the 支部大会 vote (about 15 months after becoming 积极分子).
    for (let k = 1; k * 175 + 60 < plan.started && k <= 2; k += 1) await record('review', at(60 + k * 175));
    if (plan.upTo < 7) continue;
    const candidateOn = addMonths(at(60), 12);
    await record('candidate', addDays(candidateOn, 5));
    await record('candidate_filing', addDays(candidateOn, 15));
    const [a, b] = [formal[0], formal[1]];
    if (!a || !b) continue;
    await record('sponsors', addDays(candidateOn, 20), { memberIds: [a.id, b.id] });
    await record('vetting', addDays(candidateOn, 30), { conclusion: '政治历史清楚，符合要求' });
    await record('training', addDays(candidateOn, 40), { endDate: addDays(candidateOn, 42), hours: 24 });
    if (plan.upTo < 12) continue;
    await record('committee_review', addDays(candidateOn, 60), {
      publicityFrom: addDays(candidateOn, 61),
      publicityTo: addDays(candidateOn, 67),
    });
    await record('pre_approval', addDays(candidateOn, 75));
    await record('application_form', addDays(candidateOn, 80), { formNumber: `No.${rng.int(100000, 999999)}` });
    // Ballots of those entitled that day (正式党员 then, fewer than today's).
    const voteOn = addDays(candidateOn, 90);
    const entitled = await call(ctx, 'meetings.eligible', { kind: 'congress', heldOn: voteOn, groupId: null });
    const voters = entitled.filter((e) => e.voting).length;
    await record('congress_vote', voteOn, { yes: voters - 1, no: 0, abstain: 1 });
    await record('superior_talk', addDays(candidateOn, 100), { responsible: '镇党委组织委员' });
    await record('approval', addDays(candidateOn, 120), {
      ref: `镇党委〔${addDays(candidateOn, 120).slice(0, 4)}〕${rng.int(1, 40)}号`,
    });
    if (plan.upTo < 17) continue;
    await record('assign_group', addDays(candidateOn, 125), { groupId });
    await record('oath', addDays(candidateOn, 130));
  }
}
