import type { Kysely } from 'kysely';
import { findMember } from '../../../db/queries/members.js';
import { findTalk, listTalks, type TalkRow } from '../../../db/queries/talks.js';
import { insertRecord, tombstoneRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { Talk, TalkInput } from '../../api/talks.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { isLate } from '../meetings/mapping.js';
import { requireOrganization } from '../org/profile.js';
import { readSettings } from '../settings/settings.js';
import { inTransaction } from '../tx.js';

function toTalk(r: TalkRow, lateAfterDays: number): Talk {
  return {
    id: r.id,
    heldOn: r.held_on,
    talker: r.talker,
    talkerPost: r.talker_post,
    memberId: r.member_id,
    talkee: r.talkee,
    talkeePost: r.talkee_post,
    place: r.place,
    talkType: r.talk_type,
    topic: r.topic,
    content: r.content,
    feedback: r.feedback,
    followUp: r.follow_up,
    recordedOn: r.recorded_on,
    late: isLate(r.held_on, r.recorded_on, lateAfterDays),
  };
}

export function listYearTalks(db: Kysely<Database>, year: number): Promise<Talk[]> {
  return listTalksBetween(db, `${year}-01-01`, `${year}-12-31`);
}

/** The talks held from `from` to `to`. */
export async function listTalksBetween(db: Kysely<Database>, from: string, to: string): Promise<Talk[]> {
  const { lateAfterDays } = await readSettings(db);
  return (await listTalks(db, from, to)).map((t) => toTalk(t, lateAfterDays));
}

function columns(t: TalkInput) {
  return {
    held_on: t.heldOn,
    talker: t.talker,
    talker_post: t.talkerPost,
    member_id: t.memberId,
    talkee: t.talkee,
    talkee_post: t.talkeePost,
    place: t.place,
    talk_type: t.talkType,
    topic: t.topic,
    content: t.content,
    feedback: t.feedback,
    follow_up: t.followUp,
  };
}

export async function saveTalk(ctx: ServiceContext, t: TalkInput): Promise<Talk> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  if (t.heldOn > today) throw invalid([{ field: 'heldOn', message: '谈话日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    if (t.memberId && !(await findMember(tx, t.memberId)))
      throw invalid([{ field: 'memberId', message: '所选党员不存在' }]);
    let id = t.id;
    if (id) {
      if (!(await findTalk(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该谈话记录');
      await updateRecord(tx, stamp, 'talk', id, columns(t));
    } else id = await insertRecord(tx, stamp, 'talk', { ...columns(t), recorded_on: today });
    const { lateAfterDays } = await readSettings(tx);
    return toTalk((await findTalk(tx, id)) as TalkRow, lateAfterDays);
  });
}

export async function removeTalk(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findTalk(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该谈话记录');
    await tombstoneRecord(tx, stamp, 'talk', id);
    return { id };
  });
}
