import { findCommitteeMember, listCommittee, type CommitteeRow } from '../../../db/queries/committee.js';
import { findMember } from '../../../db/queries/members.js';
import { insertRecord, tombstoneRecord, updateRecord } from '../../../db/records.js';
import type { ParsedInput } from '../../api/index.js';
import { POSITIONS, type CommitteeMember, type Position } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
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
    if (input.memberId && !(await findMember(tx, input.memberId)))
      throw new ServiceError('VALIDATION', '所选党员不存在', 'memberId');
    const values = {
      member_id: input.memberId,
      position: input.position,
      name: input.name,
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
