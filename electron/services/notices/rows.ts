import type { Kysely, Selectable } from 'kysely';
import type { Database, NoticeReplyTable, NoticeTable } from '../../../db/schema.js';
import type { NoticeRecipients, NoticeReply } from '../../api/notices.js';

export type NoticeRow = Selectable<NoticeTable>;
export type NoticeReplyRow = Selectable<NoticeReplyTable>;

export async function listNoticeRows(db: Kysely<Database>): Promise<NoticeRow[]> {
  return db
    .selectFrom('notice')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('issued_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findNotice(db: Kysely<Database>, id: string): Promise<NoticeRow | undefined> {
  return db.selectFrom('notice').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Live attachment counts per notice. */
export async function fileCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('attachment')
    .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_table', '=', 'notice')
    .where('deleted_at', 'is', null)
    .groupBy('owner_id')
    .execute();
  return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
}

/**
 * Replies as the office received them. A reply counts only for the branch whose bundle
 * brought it (its audience entry), so no branch can answer in another's name.
 */
export async function receivedReplies(db: Kysely<Database>, noticeId?: string): Promise<NoticeReplyRow[]> {
  let q = db
    .selectFrom('notice_reply as r')
    .innerJoin('sync_audience as a', (j) =>
      j
        .onRef('a.row_id', '=', 'r.id')
        .onRef('a.peer_code', '=', 'r.branch_code')
        .on('a.table_name', '=', 'notice_reply'),
    )
    .selectAll('r')
    .where('r.deleted_at', 'is', null)
    .orderBy('r.updated_at');
  if (noticeId) q = q.where('r.notice_id', '=', noticeId);
  return q.execute();
}

/** This branch's own reply to a notice (the latest, should a reinstalled PC have made two). */
export async function ownReply(
  db: Kysely<Database>,
  noticeId: string,
  branchCode: string,
): Promise<NoticeReplyRow | undefined> {
  return db
    .selectFrom('notice_reply')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('branch_code', '=', branchCode)
    .where('deleted_at', 'is', null)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
}

export async function ownReplies(db: Kysely<Database>, branchCode: string): Promise<Map<string, NoticeReplyRow>> {
  const rows = await db
    .selectFrom('notice_reply')
    .selectAll()
    .where('branch_code', '=', branchCode)
    .where('deleted_at', 'is', null)
    .orderBy('updated_at')
    .execute();
  // Later rows overwrite earlier ones: the latest reply per notice wins.
  return new Map(rows.map((r) => [r.notice_id, r]));
}

export function toReply(r: NoticeReplyRow | undefined): NoticeReply | null {
  return r ? { readOn: r.read_on, doneOn: r.done_on, note: r.note } : null;
}

export function parseRecipients(text: string): NoticeRecipients {
  return text === '*' ? '*' : (JSON.parse(text) as string[]);
}
