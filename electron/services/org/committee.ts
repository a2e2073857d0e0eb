import { findCommitteeMember, listCommittee, type CommitteeRow } from '../../../db/queries/committee.js';
import { memberHistories } from '../../../db/queries/history.js';
import { insertRecord, tombstoneRecord, updateRecord } from '../../../db/records.js';
import type { ParsedInput } from '../../api/index.js';
import { POSITIONS, type CommitteeMember, type Position } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { rosterFrom } from '../meetings/eligibility.js';
import { COMMITTEE_MIN_FORMAL, hasCommittee } from '../rules/branch.js';
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
  };
}

/** A branch has one 书记 and at most one 副书记 at a time (《支部工作条例》 art. 10). */
const SINGLE_POSITIONS: readonly Position[] = ['secretary', 'deputy'];

export async function saveCommitteeMember(
  ctx: ServiceContext,
  input: ParsedInput<'committee.save'>,
): Promise<CommitteeMember> {
  await requireOrganization(ctx);
  if (input.startedOn && input.startedOn > ctx.clock.today())
    throw new ServiceError('VALIDATION', '任职时间不能晚于今天', 'startedOn');
  return inTransaction(ctx, async (tx, stamp) => {
    const current = await listCommittee(tx);
    if (SINGLE_POSITIONS.includes(input.position)) {
      const holder = current.find((c) => c.position === input.position && c.id !== input.id);
      if (holder)
        throw new ServiceError(
          'VALIDATION',
          `已有${input.position === 'secretary' ? '书记' : '副书记'}（${holder.name}），请先修改或移除`,
          'position',
        );
    }
    // A seat is held by a 正式党员 of the roster: typed names drop out of 应到 and 过半数.
    const roster = rosterFrom(await memberHistories(tx), ctx.clock.today());
    const holder = input.memberId
      ? roster.find((m) => m.memberId === input.memberId)
      : (() => {
          const same = roster.filter((m) => m.name === input.name);
          return same.length === 1 ? same[0] : undefined;
        })();
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
    const values = {
      member_id: holder.memberId,
      position: input.position,
      name: holder.name,
      duty: input.duty,
      started_on: input.startedOn,
      sort_order: POSITIONS.indexOf(input.position),
    };
    let id = input.id;
    if (id) {
      if (!(await findCommitteeMember(tx, id))) throw new ServiceError('NOT_FOUND', '该支委记录不存在或已移除');
      await updateRecord(tx, stamp, 'committee_member', id, values);
    } else {
      id = await insertRecord(tx, stamp, 'committee_member', values);
    }
    return toCommitteeMember((await findCommitteeMember(tx, id)) as CommitteeRow);
  });
}

export async function removeCommitteeMember(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findCommitteeMember(tx, id))) throw new ServiceError('NOT_FOUND', '该支委记录不存在或已移除');
    await tombstoneRecord(tx, stamp, 'committee_member', id);
    return { id };
  });
}
