import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH } from '../../../test/support/temp.js';
import type { DevDetail } from '../../api/development.js';
import { buildIdNumber } from '../../api/idNumber.js';
import type { MemberDetail } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { dispatch } from '../dispatch.js';
import { addDays } from '../rules/dates.js';

/**
 * A branch's development pipeline at the end of 2026, written through the contract: one person
 * taken in and 转正 during the year, one 发展对象 hurried through (突击发展), a 预备党员 whose
 * probation was extended, one cancelled this year and one the year before, an 积极分子 and an
 * applicant still waiting for the 谈话. Shared by the ledger data tests and the CLI print test.
 */
export const DEV_FIXTURE_YEAR = 2026;
export const DEV_FIXTURE_TODAY = '2026-12-20';

async function call<T>(ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? ''})`);
  return r.value as T;
}

let seq = 100;

/** A new applicant as the 登记 form sends it. */
async function apply(
  ctx: ServiceContext,
  name: string,
  gender: 'male' | 'female',
  appliedOn: string,
  extra: object = {},
): Promise<string> {
  seq += 2;
  const birthDate = '1999-05-20';
  const p = {
    name,
    gender,
    ethnicity: '汉族',
    idNumber: buildIdNumber('320102', birthDate, seq, gender),
    birthDate,
    education: '大学专科',
    occupation: '农牧渔民',
    workUnit: '东风村村民',
    ...extra,
  };
  return (await call<DevDetail>(ctx, 'dev.create', { person: p, appliedOn })).id;
}

export interface DevFixture {
  /** dev_person ids by name. */
  ids: Record<string, string>;
}

type Step = (id: string, step: string, date: string, extra?: object) => Promise<DevDetail>;

/**
 * From the 谈话 to the 支部大会 vote: 积极分子 and 发展对象 on the dates given, the 接收 steps
 * in the weeks before the vote, as a branch spaces them out.
 */
async function toVote(
  step: Step,
  id: string,
  on: { talk: string; activist: string; candidate: string; vote: string },
  helpers: string[],
) {
  const before = (days: number) => addDays(on.vote, -days);
  await step(id, 'talk', on.talk, { responsible: '王建国' });
  await step(id, 'activist', on.activist, { method: '党员推荐' });
  await step(id, 'activist_filing', addDays(on.activist, 10), { ref: '城组备〔2024〕5号' });
  await step(id, 'mentors', addDays(on.activist, 10), { memberIds: helpers.slice(0, 1) });
  await step(id, 'candidate', on.candidate);
  await step(id, 'candidate_filing', addDays(on.candidate, 10));
  await step(id, 'sponsors', addDays(on.candidate, 10), { memberIds: helpers });
  await step(id, 'vetting', addDays(on.candidate, 20), { conclusion: '政治历史清楚，符合要求', note: '函调材料齐全' });
  await step(id, 'training', addDays(on.candidate, 30), { endDate: addDays(on.candidate, 32), hours: 24 });
  await step(id, 'committee_review', before(40), { publicityFrom: before(39), publicityTo: before(33) });
  await step(id, 'pre_approval', before(25));
  await step(id, 'application_form', before(15), { formNumber: 'No.2025031' });
  await step(id, 'congress_vote', on.vote, { yes: 2, no: 0, abstain: 0 });
}

export async function seedDevelopmentYear(ctx: ServiceContext): Promise<DevFixture> {
  await call(ctx, 'org.setup', SAMPLE_BRANCH);
  const group = (await call<{ id: string }>(ctx, 'groups.save', { name: '第一党小组', leaderName: '李秀英' })).id;
  const helpers: string[] = [];
  for (const name of ['王建国', '李秀英'])
    helpers.push((await call<MemberDetail>(ctx, 'members.create', person({ name }))).id);
  const step: Step = (id, s, date, extra = {}) =>
    call<DevDetail>(ctx, 'dev.record', { personId: id, step: s, date, ...extra });
  const event = (id: string, e: string, date: string, extra: object) =>
    call<DevDetail>(ctx, 'dev.event', { personId: id, event: e, date, ...extra });

  const chen = await apply(ctx, '陈晓燕', 'female', '2023-12-20', { groupId: group, note: '村妇联执委' });
  await toVote(
    step,
    chen,
    { talk: '2024-01-10', activist: '2024-03-05', candidate: '2025-03-05', vote: '2025-06-10' },
    helpers,
  );
  await step(chen, 'review', '2024-09-01');
  await step(chen, 'approval', '2025-07-20', { ref: '城党委〔2025〕12号' });
  await step(chen, 'assign_group', '2025-07-25', { groupId: group });
  await step(chen, 'oath', '2025-07-28');
  await step(chen, 'continued_review', '2026-01-10');
  await step(chen, 'confirm_apply', '2026-05-20');
  await step(chen, 'confirm_vote', '2026-06-15', { yes: 2, no: 0, abstain: 0 });
  await step(chen, 'confirm_approval', '2026-07-20', { ref: '城党委〔2026〕30号' });

  const zhou = await apply(ctx, '周丽', 'female', '2023-11-02');
  await toVote(
    step,
    zhou,
    { talk: '2023-11-20', activist: '2024-01-10', candidate: '2025-02-10', vote: '2025-09-10' },
    helpers,
  );
  await step(zhou, 'approval', '2025-10-20');
  await event(zhou, 'extend_probation', '2026-08-01', { months: 6, reason: '群众意见较多，需继续考察' });

  // 积极分子 in September 2025, 发展对象 in March 2026: under the year required (突击发展).
  const zhao = await apply(ctx, '赵磊', 'male', '2025-08-01');
  await step(zhao, 'talk', '2025-08-15', { responsible: '李秀英' });
  await step(zhao, 'activist', '2025-09-01', { method: '群团组织推优' });
  await step(zhao, 'mentors', '2025-09-05', { memberIds: helpers });
  await step(zhao, 'review', '2026-02-20');
  await step(zhao, 'candidate', '2026-03-01');
  await step(zhao, 'review', '2026-08-10');

  const wu = await apply(ctx, '吴刚', 'male', '2025-03-01');
  await step(wu, 'talk', '2025-03-15', { responsible: '王建国' });
  await step(wu, 'activist', '2025-05-01', { method: '党员推荐' });
  await event(wu, 'cancel', '2026-04-01', { reason: '本人申请退出' });

  // Cancelled the year before: not on 2026's ledgers.
  const qian = await apply(ctx, '钱明', 'male', '2024-10-08');
  await event(qian, 'cancel', '2025-06-01', { reason: '本人申请退出' });

  const sun = await apply(ctx, '孙悦', 'female', '2026-01-05', { education: '大学本科' });
  await step(sun, 'talk', '2026-01-20', { responsible: '王建国' });
  await step(sun, 'activist', '2026-03-01', { method: '群团组织推优' });
  await step(sun, 'mentors', '2026-03-01', { memberIds: helpers.slice(1) });
  await step(sun, 'review', '2026-09-01');

  // Applied in November, no 谈话 a month and a half later.
  const zheng = await apply(ctx, '郑浩', 'male', '2026-11-01');
  return { ids: { 陈晓燕: chen, 周丽: zhou, 赵磊: zhao, 吴刚: wu, 钱明: qian, 孙悦: sun, 郑浩: zheng } };
}
