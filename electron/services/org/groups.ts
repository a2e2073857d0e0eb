import {
  countMembersInGroup,
  findGroup,
  listGroups,
  maxGroupOrder,
  type PartyGroupRow,
} from '../../../db/queries/partyGroup.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { ParsedInput } from '../../api/index.js';
import type { PartyGroup } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { inTransaction } from '../tx.js';
import { requireOrganization } from './profile.js';

export function toGroup(row: PartyGroupRow): PartyGroup {
  return {
    id: row.id,
    name: row.name,
    leaderName: row.leader_name,
    leaderSince: row.leader_since,
    establishedOn: row.established_on,
  };
}

/** What the form cannot see on its own: the dates against today and against each other. */
function checkDates(input: ParsedInput<'groups.save'>, today: string): void {
  if (input.establishedOn && input.establishedOn > today)
    throw new ServiceError('VALIDATION', '成立时间不能晚于今天', 'establishedOn');
  if (!input.leaderSince) return;
  if (!input.leaderName) throw new ServiceError('VALIDATION', '填写了任职时间，请同时填写党小组长', 'leaderName');
  if (input.leaderSince > today) throw new ServiceError('VALIDATION', '任职时间不能晚于今天', 'leaderSince');
  if (input.establishedOn && input.leaderSince < input.establishedOn)
    throw new ServiceError('VALIDATION', '任职时间不能早于党小组成立时间', 'leaderSince');
}

export async function saveGroup(ctx: ServiceContext, input: ParsedInput<'groups.save'>): Promise<PartyGroup> {
  await requireOrganization(ctx);
  checkDates(input, ctx.clock.today());
  return inTransaction(ctx, async (tx, stamp) => {
    const clash = (await listGroups(tx)).find((g) => g.name === input.name && g.id !== input.id);
    if (clash) throw new ServiceError('VALIDATION', `已有名为“${input.name}”的党小组`, 'name');
    let id = input.id;
    if (id) {
      if (!(await findGroup(tx, id))) throw new ServiceError('NOT_FOUND', '该党小组不存在或已撤销');
      await updateRecord(tx, stamp, 'party_group', id, {
        name: input.name,
        leader_name: input.leaderName,
        leader_since: input.leaderSince,
        established_on: input.establishedOn,
      });
    } else {
      const order = (await maxGroupOrder(tx)) + 1;
      id = await insertRecord(tx, stamp, 'party_group', {
        name: input.name,
        leader_name: input.leaderName,
        leader_since: input.leaderSince,
        sort_order: order,
        established_on: input.establishedOn,
      });
    }
    return toGroup((await findGroup(tx, id)) as PartyGroupRow);
  });
}

/** 撤销: the group keeps its row with the date, so earlier periods still show it. */
export async function removeGroup(
  ctx: ServiceContext,
  id: string,
  dissolvedOn: string | null,
): Promise<{ id: string }> {
  const date = dissolvedOn ?? ctx.clock.today();
  if (date > ctx.clock.today()) throw new ServiceError('VALIDATION', '撤销时间不能晚于今天', 'dissolvedOn');
  return inTransaction(ctx, async (tx, stamp) => {
    const group = await findGroup(tx, id);
    if (!group) throw new ServiceError('NOT_FOUND', '该党小组不存在或已撤销');
    const members = await countMembersInGroup(tx, id);
    if (members > 0)
      throw new ServiceError('VALIDATION', `“${group.name}”还有 ${members} 名党员，请先把他们调整到其他党小组`, 'id');
    if (group.established_on && date < group.established_on)
      throw new ServiceError('VALIDATION', '撤销时间不能早于成立时间', 'dissolvedOn');
    await updateRecord(tx, stamp, 'party_group', id, { dissolved_on: date });
    return { id };
  });
}
