import type { Kysely } from 'kysely';
import {
  findNotice,
  findOwnReply,
  listNoticeRows,
  listOwnReplies,
  noticeFileCounts,
  receivedReplyRows,
  type NoticeReplyRow,
  type NoticeRow,
} from '../../../db/queries/notices.js';
import type { Database } from '../../../db/schema.js';
import type { NoticeRecipients, NoticeReply } from '../../api/notices.js';

export type { NoticeReplyRow, NoticeRow };
export { findNotice, listNoticeRows };

/** Live attachment counts per notice. */
export async function fileCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await noticeFileCounts(db);
  return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
}

/**
 * Replies as the office received them. A reply counts only for the branch whose bundle
 * brought it (its audience entry), so no branch can answer in another's name.
 */
export async function receivedReplies(db: Kysely<Database>, noticeId?: string): Promise<NoticeReplyRow[]> {
  return receivedReplyRows(db, noticeId);
}

/** This branch's own reply to a notice (the latest, should a reinstalled PC have made two). */
export async function ownReply(
  db: Kysely<Database>,
  noticeId: string,
  branchCode: string,
): Promise<NoticeReplyRow | undefined> {
  return findOwnReply(db, noticeId, branchCode);
}

export async function ownReplies(db: Kysely<Database>, branchCode: string): Promise<Map<string, NoticeReplyRow>> {
  const rows = await listOwnReplies(db, branchCode);
  // Later rows overwrite earlier ones: the latest reply per notice wins.
  return new Map(rows.map((r) => [r.notice_id, r]));
}

export function toReply(r: NoticeReplyRow | undefined): NoticeReply | null {
  return r ? { readOn: r.read_on, doneOn: r.done_on, note: r.note } : null;
}

export function parseRecipients(text: string): NoticeRecipients {
  return text === '*' ? '*' : (JSON.parse(text) as string[]);
}
