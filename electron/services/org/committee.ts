import type { Transaction } from 'kysely';
import { hlcDay } from '../../../db/hlc.js';
import { findCommitteeMember, listCommitteeTerms, type CommitteeRow } from '../../../db/queries/committee.js';
import { memberHistories } from '../../../db/queries/history.js';
import { insertRecord, tombstoneRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { ParsedInput } from '../../api/index.js';
import { POSITIONS, type CommitteeMember, type Position } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { rosterFrom, rosterMember, type RosterOnDate } from '../meetings/eligibility.js';
import { COMMITTEE_MIN_FORMAL, hasCommittee } from '../rules/branch.js';
import { endDateProblem, SINGLE_POSITIONS, termConflict, type TermSpan } from '../rules/committeeTerms.js';
import { inTransaction } from '../tx.js';
import { requireOrganization } from './profile.js';

export function toCommitteeMember(row: CommitteeRow): CommitteeMember {
  return {
    id: row.id,
    memberId: row.member_id,
    position: row.position as Position,
    name: row.name,
    duty: row.duty,
    startedOn: row.started_on,
    endedOn: row.ended_on,
  };
}

/** The row as a term of office; it was entered on the day its row was first written. */
export function toTermSpan(row: CommitteeRow): TermSpan {
  return { ...toCommitteeMember(row), enteredOn: hlcDay(row.created_at) };
}

type SaveInput = ParsedInput<'committee.save'>;

/** The 正式党员 of today's roster who takes the seat: typed names drop out of 应到 and 过半数. */
async function seatHolder(ctx: ServiceContext, tx: Transaction<Database>, input: SaveInput): Promise<RosterOnDate> {
  const roster = rosterFrom(await memberHistories(tx), ctx.clock.today());
  const holder = rosterMember(roster, input.memberId, input.name);
  if (!holder)
    throw new ServiceError(
      'VALIDATION',
      input.memberId
        ? '所选党员不在本支部当前花名册中'
        : `花名册中没有唯一名为“${input.name}”的党员，请从花名册中选择支委`,
      'memberId',
    );
  if (!holder.voting) throw new ServiceError('VALIDATION', `${holder.name}是预备党员，支委须为正式党员`, 'memberId');
  const formal = roster.filter((m) => m.voting).length;
  if (!hasCommittee(formal) && !SINGLE_POSITIONS.includes(input.position))
    throw new ServiceError(
      'VALIDATION',
      `本支部正式党员 ${formal} 人，不足 ${COMMITTEE_MIN_FORMAL} 人，不设支部委员会，只设书记（可设副书记）`,
      'position',
    );
  return holder;
}

/**
 * Corrects an ended term in place: its 任职时间, often missing on seats entered before the field
 * existed and what decides which past 支委会 expected the person, or its 分工. Who held the post
 * and until when is history, so another person or post is refused; the holder need not be on
 * today's roster, having perhaps left the branch since.
 */
async function correctEndedTerm(
  tx: Transaction<Database>,
  stamp: Stamper,
  old: CommitteeRow & { ended_on: string },
  input: SaveInput,
): Promise<CommitteeMember> {
  const samePerson = input.memberId === old.member_id && (old.member_id !== null || input.name === old.name);
  if (!samePerson || input.position !== old.position)
    throw new ServiceError(
      'VALIDATION',
      `${old.name}已于 ${old.ended_on} 卸任，只能更正任职时间和分工，不能换人或换职务`,
      samePerson ? 'position' : 'memberId',
    );
  if (input.startedOn !== null && input.startedOn >= old.ended_on)
    throw new ServiceError('VALIDATION', `任职时间须早于卸任日期（${old.ended_on}）`, 'startedOn');
  const others = (await listCommitteeTerms(tx)).filter((t) => t.id !== old.id).map(toTermSpan);
  const conflict = termConflict({ ...toTermSpan(old), startedOn: input.startedOn }, others);
  if (conflict) throw new ServiceError('VALIDATION', conflict, 'startedOn');
  await updateRecord(tx, stamp, 'committee_member', old.id, { started_on: input.startedOn, duty: input.duty });
  return toCommitteeMember((await findCommitteeMember(tx, old.id)) as CommitteeRow);
}

/**
 * Adds a seat, corrects one, or records a change. Editing a seat so that another person or
 * another post holds it is a change: the old term ends on `changedOn` and a new term starts
 * that day, so a past year's 基本情况登记表 still prints who held the post then. An ended term
 * takes corrections only.
 */
export async function saveCommitteeMember(ctx: ServiceContext, input: SaveInput): Promise<CommitteeMember> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  if (input.startedOn && input.startedOn > today)
    throw new ServiceError('VALIDATION', '任职时间不能晚于今天', 'startedOn');
  return inTransaction(ctx, async (tx, stamp) => {
    const old = input.id ? await findCommitteeMember(tx, input.id) : undefined;
    if (input.id && !old) throw new ServiceError('NOT_FOUND', '该支委记录不存在或已移除');
    if (old?.ended_on) return correctEndedTerm(tx, stamp, { ...old, ended_on: old.ended_on }, input);
    const holder = await seatHolder(ctx, tx, input);
    const change = old !== undefined && (old.member_id !== holder.memberId || old.position !== input.position);
    if (change && !input.changedOn)
      throw new ServiceError('VALIDATION', '换人或换职务时请填写变更日期（原任期到这一天结束）', 'changedOn');
    if (change && input.changedOn) {
      const problem = endDateProblem(old.started_on, input.changedOn, today, '变更日期');
      if (problem) throw new ServiceError('VALIDATION', problem, 'changedOn');
    }
    const startedOn = change ? input.changedOn : input.startedOn;
    const values = {
      member_id: holder.memberId,
      position: input.position,
      name: holder.name,
      duty: input.duty,
      started_on: startedOn,
      sort_order: POSITIONS.indexOf(input.position),
    };
    const others = (await listCommitteeTerms(tx)).filter((t) => t.id !== old?.id).map(toTermSpan);
    // A correction keeps the row, so the term keeps the day it was first entered.
    const enteredOn = old && !change ? hlcDay(old.created_at) : today;
    const term: TermSpan = { id: '', position: input.position, name: holder.name, startedOn, endedOn: null, enteredOn };
    const conflict = termConflict(term, others);
    if (conflict) throw new ServiceError('VALIDATION', conflict, change ? 'changedOn' : 'position');
    let id: string;
    if (old && !change) {
      id = old.id;
      await updateRecord(tx, stamp, 'committee_member', id, values);
    } else {
      if (old && change) await updateRecord(tx, stamp, 'committee_member', old.id, { ended_on: input.changedOn });
      id = await insertRecord(tx, stamp, 'committee_member', values);
    }
    return toCommitteeMember((await findCommitteeMember(tx, id)) as CommitteeRow);
  });
}

/**
 * Ends a term on `endedOn` (the seat stays in the history), or, without a date, deletes a
 * seat entered by mistake.
 */
export async function removeCommitteeMember(
  ctx: ServiceContext,
  input: ParsedInput<'committee.remove'>,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findCommitteeMember(tx, input.id);
    if (!row) throw new ServiceError('NOT_FOUND', '该支委记录不存在或已移除');
    if (input.endedOn === null) {
      await tombstoneRecord(tx, stamp, 'committee_member', input.id);
      return { id: input.id };
    }
    if (row.ended_on) throw new ServiceError('VALIDATION', `${row.name}已于 ${row.ended_on} 卸任`, 'endedOn');
    const problem = endDateProblem(row.started_on, input.endedOn, ctx.clock.today(), '卸任日期');
    if (problem) throw new ServiceError('VALIDATION', problem, 'endedOn');
    await updateRecord(tx, stamp, 'committee_member', input.id, { ended_on: input.endedOn });
    return { id: input.id };
  });
}

/** Ended terms, the most recently ended first. */
export async function committeeHistory(ctx: ServiceContext): Promise<CommitteeMember[]> {
  return (await listCommitteeTerms(ctx.db))
    .filter((t) => t.ended_on !== null)
    .map(toCommitteeMember)
    .sort((a, b) => (b.endedOn ?? '').localeCompare(a.endedOn ?? ''));
}
