import { attachmentsOf } from '../../../db/queries/attachments.js';
import { listBranchPeers } from '../../../db/queries/syncPeers.js';
import type {
  NoticeBranchLine,
  NoticeBranchState,
  NoticeDetail,
  NoticeList,
  NoticeProgress,
  NoticeSummary,
} from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { enrolledBranches } from '../exchange/directory.js';
import { branchNames, exportedUpTo, logPosition, recipientCodes, type Branch } from './audience.js';
import {
  fileCounts,
  findNotice,
  listNoticeRows,
  parseRecipients,
  receivedReplies,
  type NoticeReplyRow,
  type NoticeRow,
} from './rows.js';

/** The latest reply of each branch (a reinstalled branch PC may have written a second one). */
function latestByBranch(replies: NoticeReplyRow[]): Map<string, NoticeReplyRow> {
  const out = new Map<string, NoticeReplyRow>();
  for (const r of replies) {
    const had = out.get(r.branch_code);
    if (!had || had.updated_at < r.updated_at) out.set(r.branch_code, r);
  }
  return out;
}

function progressOf(codes: string[], replies: Map<string, NoticeReplyRow>): NoticeProgress {
  let read = 0;
  let done = 0;
  for (const c of codes) {
    const r = replies.get(c);
    if (r?.done_on) done += 1;
    if (r?.read_on || r?.done_on) read += 1;
  }
  return { total: codes.length, read, done };
}

function summary(n: NoticeRow, files: number, progress: NoticeProgress, today: string): NoticeSummary {
  return {
    id: n.id,
    title: n.title,
    issuedOn: n.issued_on,
    dueOn: n.due_on,
    issuer: n.issuer,
    recipients: parseRecipients(n.recipients),
    files,
    overdue: n.due_on !== null && n.due_on < today && progress.done < progress.total,
    progress,
    reply: null,
  };
}

/** Branches the office has stopped (停用): listed where addressed, never counted in progress. */
async function revokedCodes(ctx: ServiceContext): Promise<Set<string>> {
  return new Set((await listBranchPeers(ctx.db)).filter((p) => p.revoked).map((p) => p.code));
}

export async function officeList(ctx: ServiceContext): Promise<NoticeList> {
  const today = ctx.clock.today();
  const enrolled = await enrolledBranches(ctx.db);
  const revoked = await revokedCodes(ctx);
  const files = await fileCounts(ctx.db);
  const byNotice = new Map<string, NoticeReplyRow[]>();
  for (const r of await receivedReplies(ctx.db)) byNotice.set(r.notice_id, [...(byNotice.get(r.notice_id) ?? []), r]);
  const notices = (await listNoticeRows(ctx.db)).map((n) => {
    const codes = recipientCodes(parseRecipients(n.recipients), enrolled).filter((c) => !revoked.has(c));
    const progress = progressOf(codes, latestByBranch(byNotice.get(n.id) ?? []));
    return summary(n, files.get(n.id) ?? 0, progress, today);
  });
  return { mode: 'office', branches: enrolled, notices };
}

const STATE_ORDER: Record<NoticeBranchState, number> = { unsent: 0, unread: 1, read: 2, done: 3 };

const STOPPED = '（已停用）';

function line(branch: Branch, reply: NoticeReplyRow | undefined, sent: boolean): NoticeBranchLine {
  const state: NoticeBranchState = reply?.done_on
    ? 'done'
    : reply?.read_on
      ? 'read'
      : sent || reply
        ? 'unread'
        : 'unsent';
  return {
    ...branch,
    state,
    readOn: reply?.read_on ?? null,
    doneOn: reply?.done_on ?? null,
    note: reply?.note ?? '',
  };
}

/** The notice with one line per branch addressed; those that have not done it come first. */
export async function officeDetail(ctx: ServiceContext, id: string): Promise<NoticeDetail> {
  const n = await findNotice(ctx.db, id);
  if (!n) throw new ServiceError('NOT_FOUND', '找不到这条通知，可能已被删除');
  const enrolled = await enrolledBranches(ctx.db);
  const revoked = await revokedCodes(ctx);
  const names = await branchNames(ctx.db);
  const recipients = parseRecipients(n.recipients);
  const codes = recipientCodes(recipients, enrolled).filter((c) => !revoked.has(c));
  const replies = latestByBranch(await receivedReplies(ctx.db, id));
  // Its current version is out once a bundle to the branch reaches past its latest write.
  const latest = await logPosition(ctx.db, 'notice', id, 'latest');
  const first = await logPosition(ctx.db, 'notice', id, 'first');
  const exported = await exportedUpTo(ctx.db);
  // A stopped branch stays listed (marked 已停用, last) where it was addressed: by name, or, for a
  // notice to all, once the notice went out to it or it answered.
  const stopped = [...revoked]
    .filter((c) => (recipients === '*' ? replies.has(c) || (exported.get(c) ?? 0) >= first : recipients.includes(c)))
    .sort();
  const lineOf = (code: string, suffix = '') =>
    line({ code, name: `${names.get(code) ?? code}${suffix}` }, replies.get(code), (exported.get(code) ?? 0) >= latest);
  const branches = [
    ...codes
      .map((code) => lineOf(code))
      .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.code.localeCompare(b.code)),
    ...stopped.map((code) => lineOf(code, STOPPED)),
  ];
  const attachments = (await attachmentsOf(ctx.db, 'notice', id)).map((a) => ({
    id: a.id,
    fileName: a.file_name,
    mime: a.mime,
    size: a.size,
  }));
  const today = ctx.clock.today();
  return {
    ...summary(n, attachments.length, progressOf(codes, replies), today),
    body: n.body,
    attachments,
    branches,
  };
}
