import { attachmentsOf } from '../../../db/queries/attachments.js';
import type { OrganizationRow } from '../../../db/queries/organization.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { NoticeDetail, NoticeList, NoticeReply, NoticeSummary } from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { inTransaction } from '../tx.js';
import {
  fileCounts,
  findNotice,
  listNoticeRows,
  ownReplies,
  ownReply,
  parseRecipients,
  toReply,
  type NoticeReplyRow,
  type NoticeRow,
} from './rows.js';

const GONE = '找不到这条通知，可能已被上级党委撤回';

function summary(n: NoticeRow, files: number, reply: NoticeReplyRow | undefined, today: string): NoticeSummary {
  return {
    id: n.id,
    title: n.title,
    issuedOn: n.issued_on,
    dueOn: n.due_on,
    issuer: n.issuer,
    recipients: parseRecipients(n.recipients),
    files,
    overdue: n.due_on !== null && n.due_on < today && !reply?.done_on,
    progress: null,
    reply: toReply(reply),
  };
}

/** The notices this branch received, newest first, each with its own answer. */
export async function branchList(ctx: ServiceContext, org: OrganizationRow): Promise<NoticeList> {
  const today = ctx.clock.today();
  const replies = await ownReplies(ctx.db, org.code);
  const files = await fileCounts(ctx.db);
  const notices = (await listNoticeRows(ctx.db)).map((n) => summary(n, files.get(n.id) ?? 0, replies.get(n.id), today));
  return { mode: 'branch', branches: [], notices };
}

export async function branchDetail(ctx: ServiceContext, org: OrganizationRow, id: string): Promise<NoticeDetail> {
  const n = await findNotice(ctx.db, id);
  if (!n) throw new ServiceError('NOT_FOUND', GONE);
  const attachments = (await attachmentsOf(ctx.db, 'notice', id)).map((a) => ({
    id: a.id,
    fileName: a.file_name,
    mime: a.mime,
    size: a.size,
  }));
  const reply = await ownReply(ctx.db, id, org.code);
  return { ...summary(n, attachments.length, reply, ctx.clock.today()), body: n.body, attachments, branches: [] };
}

/** Only a branch answers a notice; the office sees the answers arrive in its bundles. */
async function requireBranch(ctx: ServiceContext): Promise<OrganizationRow> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'branch')
    throw new ServiceError('FORBIDDEN', '阅读和办理情况由各支部登记，上级党委在通知详情中查看');
  return org;
}

/**
 * Writes this branch's one reply to a notice (creating it on first use), in one transaction.
 * `change` gets the current reply and returns the columns to write.
 */
async function writeReply(
  ctx: ServiceContext,
  id: string,
  change: (notice: NoticeRow, reply: NoticeReplyRow | undefined) => Partial<NoticeReply>,
): Promise<NoticeReply> {
  const org = await requireBranch(ctx);
  return inTransaction(ctx, async (tx, stamp) => {
    const n = await findNotice(tx, id);
    if (!n) throw new ServiceError('NOT_FOUND', GONE);
    const before = await ownReply(tx, id, org.code);
    const next = { ...(toReply(before) ?? { readOn: null, doneOn: null, note: '' }), ...change(n, before) };
    const columns = { read_on: next.readOn, done_on: next.doneOn, note: next.note };
    if (before) await updateRecord(tx, stamp, 'notice_reply', before.id, columns);
    else await insertRecord(tx, stamp, 'notice_reply', { notice_id: id, branch_code: org.code, ...columns });
    return next;
  });
}

/** The first opening is what counts as 已阅; opening it again changes nothing. */
export function markRead(ctx: ServiceContext, id: string): Promise<NoticeReply> {
  const today = ctx.clock.today();
  return writeReply(ctx, id, (_n, before) => ({ readOn: before?.read_on ?? today }));
}

export function markDone(
  ctx: ServiceContext,
  input: { id: string; doneOn: string | null; note: string },
): Promise<NoticeReply> {
  const today = ctx.clock.today();
  if (input.doneOn && input.doneOn > today) throw invalid([{ field: 'doneOn', message: '办结日期不能晚于今天' }]);
  return writeReply(ctx, input.id, (n, before) => {
    if (input.doneOn && input.doneOn < n.issued_on)
      throw invalid([{ field: 'doneOn', message: `办结日期不能早于发文日期（${n.issued_on}）` }]);
    return { readOn: before?.read_on ?? today, doneOn: input.doneOn, note: input.note };
  });
}
