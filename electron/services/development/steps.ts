import type { Transaction } from 'kysely';
import { devSteps, findDevPerson, type DevPersonRow } from '../../../db/queries/development.js';
import { memberHistories } from '../../../db/queries/history.js';
import { findMember } from '../../../db/queries/members.js';
import { findGroup, listGroups } from '../../../db/queries/partyGroup.js';
import { insertRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { DevDetail, StepInput } from '../../api/development.js';
import type { MemberInput } from '../../api/members.js';
import type { ParsedInput } from '../../api/index.js';
import type { FieldIssue } from '../../api/errors.js';
import { DEV_STEP_LABELS, REPEATABLE_STEPS } from '../../api/devSteps.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { checkMember, insertMember } from '../members/records.js';
import { DEPENDS_ON, REQUIRED_FIELDS } from '../../api/devOrder.js';
import { rosterFrom } from '../meetings/eligibility.js';
import {
  orderProblem,
  probationEnds,
  voteFailedMessage,
  votePassed,
  voteProblem,
  type StepDates,
} from '../rules/development.js';
import { inTransaction } from '../tx.js';
import { stepDates } from './mapping.js';
import { devDetail } from './people.js';

type Tx = Transaction<Database>;

function fieldIssues(s: StepInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of REQUIRED_FIELDS[s.step] ?? []) {
    if (f === 'votes' && (s.yes === null || s.no === null || s.abstain === null))
      issues.push({ field: 'yes', message: '请填写表决结果（赞成、反对、弃权票数）' });
    else if (f === 'publicity' && (!s.publicityFrom || !s.publicityTo))
      issues.push({ field: 'publicityFrom', message: '请填写公示起止日期' });
    else if (f === 'memberIds' && s.memberIds.length === 0)
      issues.push({
        field: 'memberIds',
        message: s.step === 'sponsors' ? '请选择 2 名入党介绍人' : '请选择 1–2 名培养联系人',
      });
    else if (f !== 'votes' && f !== 'publicity' && f !== 'memberIds' && !s[f])
      issues.push({ field: f, message: `请填写${DEV_STEP_LABELS[s.step]}的${FIELD_WORDS[f]}` });
  }
  if (s.step === 'sponsors' && s.memberIds.length !== 2)
    issues.push({ field: 'memberIds', message: '入党介绍人应为 2 名正式党员' });
  if (s.endDate && s.endDate < s.date) issues.push({ field: 'endDate', message: '结束日期不能早于开始日期' });
  if (s.publicityFrom && s.publicityTo && s.publicityTo < s.publicityFrom)
    issues.push({ field: 'publicityTo', message: '公示结束日期不能早于开始日期' });
  return issues;
}

const FIELD_WORDS = {
  responsible: '谈话人',
  method: '推荐方式',
  conclusion: '结论',
  endDate: '结束日期',
  formNumber: '志愿书编号',
} as const;

/** 培养联系人 and 入党介绍人 are 正式党员 of the roster. */
async function helperIssues(tx: Tx, s: StepInput): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const id of s.memberIds) {
    const m = await findMember(tx, id);
    if (!m || m.status !== 'active') issues.push({ field: 'memberIds', message: '所选党员不在册' });
    else if (m.kind !== 'formal')
      issues.push({
        field: 'memberIds',
        message: `${m.name}是预备党员，不能担任${s.step === 'sponsors' ? '入党介绍人' : '培养联系人'}`,
      });
  }
  return issues;
}

/** The roster line a person gets at 审批: a 预备党员 whose 入党日期 is the 支部大会 vote. */
export function rosterEntry(p: DevPersonRow, voteOn: string): MemberInput {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    idNumber: p.id_number,
    birthDate: p.birth_date,
    nativePlace: '',
    education: p.education,
    degree: '',
    occupation: p.occupation,
    workUnit: p.work_unit,
    phone: p.phone,
    address: p.address,
    joinedOn: voteOn,
    confirmedOn: null,
    kind: 'probationary',
    groupId: p.group_id,
    partyPost: '',
    remarks: '',
  } as MemberInput;
}

/** At 审批 the person joins the roster as a 预备党员, 入党日期 = the 支部大会 vote. */
async function enrol(tx: Tx, stamp: Stamper, p: DevPersonRow, voteOn: string, today: string): Promise<void> {
  const m = rosterEntry(p, voteOn);
  await checkMember(tx, m, today);
  const memberId = await insertMember(tx, stamp, m);
  await updateRecord(tx, stamp, 'dev_person', p.id, { member_id: memberId });
}

/** At 转正审批 the member becomes 正式党员 on the day the probation ended. */
export async function confirm(tx: Tx, stamp: Stamper, p: DevPersonRow, endsOn: string): Promise<void> {
  if (!p.member_id) return;
  await updateRecord(tx, stamp, 'member', p.member_id, { kind: 'formal', confirmed_on: endsOn });
  await insertRecord(tx, stamp, 'member_event', {
    member_id: p.member_id,
    kind: 'confirm',
    event_date: endsOn,
    details: '{}',
    note: '',
  });
}

/**
 * Every check a step passes before it is written, wherever it is entered: by the branch, or
 * by the office for the 备案 and 审批 it performs itself (services/approvals).
 */
export async function checkStep(
  tx: Tx,
  s: StepInput,
  today: string,
): Promise<{ p: DevPersonRow; done: StepDates; entitled: number | null }> {
  if (s.date > today) throw invalid([{ field: 'date', message: '日期不能晚于今天' }]);
  const issues = fieldIssues(s);
  if (issues.length) throw invalid(issues);
  const p = await findDevPerson(tx, s.personId);
  if (!p) throw new ServiceError('NOT_FOUND', '找不到该发展对象');
  if (p.cancelled_on) throw invalid([{ field: 'step', message: '已取消资格，不能继续登记' }]);
  const done = stepDates(await devSteps(tx, [p.id]));
  if (done[s.step] && !REPEATABLE_STEPS.includes(s.step))
    throw invalid([{ field: 'step', message: `“${DEV_STEP_LABELS[s.step]}”已登记过` }]);
  const order = orderProblem(s.step, s.date, done, DEPENDS_ON[s.step]);
  if (order) throw invalid([{ field: 'date', message: order }]);
  const more = await helperIssues(tx, s);
  if (more.length) throw invalid(more);
  if (s.step === 'confirm_vote' || s.step === 'confirm_approval') {
    // Compared with the step's own date: a 转正 cannot be dated inside the 预备期.
    const ends = probationEnds(done, p.extended_months ?? 0) as string;
    if (s.date < ends)
      throw invalid([
        {
          field: 'date',
          message: `预备期到 ${ends} 才满，${DEV_STEP_LABELS[s.step]}的日期不能早于期满之日`,
        },
      ]);
  }
  if (s.step === 'assign_group') {
    if (s.groupId && !(await findGroup(tx, s.groupId)))
      throw invalid([{ field: 'groupId', message: '所选党小组不存在或已撤销' }]);
    if (!s.groupId && (await listGroups(tx)).length > 0)
      throw invalid([{ field: 'groupId', message: '请选择编入的党小组' }]);
  }
  let entitled: number | null = null;
  if (s.step === 'congress_vote' || s.step === 'confirm_vote') {
    entitled = rosterFrom(await memberHistories(tx), s.date).filter((m) => m.voting).length;
    const problem = voteProblem(s.yes ?? 0, s.no ?? 0, s.abstain ?? 0, entitled);
    if (problem) throw invalid([{ field: 'yes', message: problem }]);
  }
  const ballot = s.step === 'approval' ? 'congress_vote' : s.step === 'confirm_approval' ? 'confirm_vote' : null;
  if (ballot) {
    const vote = (await devSteps(tx, [p.id])).find((r) => r.step === ballot);
    const v = vote ? (JSON.parse(vote.details) as VoteDetails) : null;
    if (v && typeof v.entitled === 'number' && !votePassed(v.yes ?? 0, v.entitled))
      throw invalid([{ field: 'step', message: `${voteFailedMessage(v.yes ?? 0, v.entitled)}，不能报批` }]);
  }
  return { p, done, entitled };
}

/** What a recorded 支部大会 vote keeps besides the form: how many could vote that day. */
export interface VoteDetails {
  yes: number | null;
  entitled?: number;
}

/**
 * The step's row; its details are the form's fields, one JSON shape for every reader, plus the
 * number entitled to vote for a 支部大会 step (the roster of that day).
 */
export function insertStep(tx: Tx, stamp: Stamper, s: StepInput, entitled: number | null = null): Promise<string> {
  const { personId, step, date, ...details } = s;
  return insertRecord(tx, stamp, 'dev_step', {
    person_id: personId,
    step,
    done_on: date,
    details: JSON.stringify(entitled === null ? details : { ...details, entitled }),
  });
}

export async function recordStep(ctx: ServiceContext, s: StepInput): Promise<DevDetail> {
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    const { p, done, entitled } = await checkStep(tx, s, today);
    await insertStep(tx, stamp, s, entitled);
    if (s.step === 'approval') await enrol(tx, stamp, p, done.congress_vote?.[0] as string, today);
    // 编入党小组 puts the new 预备党员 in that group on the roster too.
    if (s.step === 'assign_group' && s.groupId) {
      await updateRecord(tx, stamp, 'dev_person', p.id, { group_id: s.groupId });
      const memberId = (await findDevPerson(tx, p.id))?.member_id;
      if (memberId) await updateRecord(tx, stamp, 'member', memberId, { group_id: s.groupId });
    }
    if (s.step === 'confirm_approval') {
      const ends = probationEnds(done, p.extended_months ?? 0) as string;
      await confirm(tx, stamp, (await findDevPerson(tx, p.id)) as DevPersonRow, ends);
    }
    return devDetail(tx, p.id, today);
  });
}

/** 延长预备期 (6–12 months, once) or 取消资格; the roster member follows. */
export async function devEvent(ctx: ServiceContext, e: ParsedInput<'dev.event'>): Promise<DevDetail> {
  const today = ctx.clock.today();
  if (e.date > today) throw invalid([{ field: 'date', message: '日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    const p = await findDevPerson(tx, e.personId);
    if (!p) throw new ServiceError('NOT_FOUND', '找不到该发展对象');
    if (p.cancelled_on) throw invalid([{ field: 'event', message: '已取消资格' }]);
    const done = stepDates(await devSteps(tx, [p.id]));
    if (e.event === 'extend_probation') {
      if (!done.approval || done.confirm_approval)
        throw invalid([{ field: 'event', message: '只有预备党员才能延长预备期' }]);
      if (p.extended_months !== null) throw invalid([{ field: 'event', message: '预备期只能延长一次' }]);
      if (e.months === null || e.months < 6 || e.months > 12)
        throw invalid([{ field: 'months', message: '延长预备期应为 6 至 12 个月' }]);
      await updateRecord(tx, stamp, 'dev_person', p.id, { extended_months: e.months });
      if (p.member_id) {
        await updateRecord(tx, stamp, 'member', p.member_id, { probation_extended_months: e.months });
        await insertRecord(tx, stamp, 'member_event', {
          member_id: p.member_id,
          kind: 'extend_probation',
          event_date: e.date,
          details: JSON.stringify({ months: e.months }),
          note: e.reason,
        });
      }
    } else {
      if (done.confirm_approval) throw invalid([{ field: 'event', message: '已转正，不能取消资格' }]);
      await updateRecord(tx, stamp, 'dev_person', p.id, { cancelled_on: e.date });
      if (p.member_id) {
        await updateRecord(tx, stamp, 'member', p.member_id, { status: 'left', status_since: e.date });
        await insertRecord(tx, stamp, 'member_event', {
          member_id: p.member_id,
          kind: 'leave',
          event_date: e.date,
          details: JSON.stringify({ leaveKind: 'probation_cancelled' }),
          note: e.reason,
        });
      }
    }
    await insertRecord(tx, stamp, 'dev_step', {
      person_id: p.id,
      step: e.event,
      done_on: e.date,
      details: JSON.stringify({ months: e.months, reason: e.reason }),
    });
    return devDetail(tx, p.id, today);
  });
}
