import type { Kysely, Selectable } from 'kysely';
import type { Database, NoticeReplyTable, NoticeTable } from '../schema.js';

export type NoticeRow = Selectable<NoticeTable>;
export type NoticeReplyRow = Selectable<NoticeReplyTable>;

/** Live notices, newest first. */
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

/** Live attachment counts per notice, one row per notice with files. */
export async function noticeFileCounts(db: Kysely<Database>): Promise<{ owner_id: string; n: number }[]> {
  return db
    .selectFrom('attachment')
    .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_table', '=', 'notice')
    .where('deleted_at', 'is', null)
    .groupBy('owner_id')
    .execute();
}

/** A notice's live files, with the time of their latest write. */
export async function liveNoticeFiles(
  db: Kysely<Database>,
  noticeId: string,
): Promise<{ id: string; updated_at: string }[]> {
  return db
    .selectFrom('attachment')
    .select(['id', 'updated_at'])
    .where('owner_table', '=', 'notice')
    .where('owner_id', '=', noticeId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Replies whose audience entry names the branch that wrote them, oldest first. */
export async function receivedReplyRows(db: Kysely<Database>, noticeId?: string): Promise<NoticeReplyRow[]> {
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

/** A branch's latest live reply to a notice. */
export async function findOwnReply(
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

/** A branch's live replies, oldest first. */
export async function listOwnReplies(db: Kysely<Database>, branchCode: string): Promise<NoticeReplyRow[]> {
  return db
    .selectFrom('notice_reply')
    .selectAll()
    .where('branch_code', '=', branchCode)
    .where('deleted_at', 'is', null)
    .orderBy('updated_at')
    .execute();
}
