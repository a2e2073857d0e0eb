import type { Kysely, Transaction } from 'kysely';
import {
  audiencePeers,
  changeLogSeq,
  exportedCursors,
  relogRow,
  removeAudienceExcept,
} from '../../../db/queries/audience.js';
import { liveNoticeFiles } from '../../../db/queries/notices.js';
import { listBranchPeers } from '../../../db/queries/syncPeers.js';
import type { Database, RecordTable } from '../../../db/schema.js';
import type { NoticeRecipients } from '../../api/notices.js';
import { addAudience, EVERY_BRANCH } from '../../sync/audience.js';
import { invalid } from '../errors.js';
import { enrolledBranches, type DirectoryEntry } from '../exchange/directory.js';

type Tx = Transaction<Database>;

export type Branch = DirectoryEntry;

/** Names of every branch ever enrolled, so a notice to a since-revoked branch still names it. */
export async function branchNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await listBranchPeers(db);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The branch codes a notice goes to: '*' means every enrolled branch, those enrolled later too. */
export function recipientCodes(recipients: NoticeRecipients, enrolled: Branch[]): string[] {
  return recipients === '*' ? enrolled.map((b) => b.code) : recipients;
}

/** How far into this office's change log the bundles exported to each branch reach. */
export async function exportedUpTo(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await exportedCursors(db);
  return new Map(rows.map((r) => [r.peer_code, Number(r.cursor)]));
}

/** The change-log position of a row's first or latest write. */
export async function logPosition(
  db: Kysely<Database>,
  table: RecordTable,
  id: string,
  which: 'first' | 'latest',
): Promise<number> {
  return Number((await changeLogSeq(db, table, id, which)) ?? 0);
}

async function audienceOf(tx: Tx, noticeId: string): Promise<string[]> {
  return audiencePeers(tx, 'notice', noticeId);
}

/** A file added to a notice goes to exactly the branches the notice goes to. */
export async function copyNoticeAudience(tx: Tx, noticeId: string, table: RecordTable, rowId: string): Promise<void> {
  for (const peer of await audienceOf(tx, noticeId)) await addAudience(tx, table, rowId, peer);
}

/**
 * Addresses a notice and its files to its recipients. A branch that has already been sent
 * the notice cannot be taken off again (it would keep its copy without ever hearing of it):
 * the clerk deletes the notice instead, which does reach it.
 */
export async function addressNotice(tx: Tx, noticeId: string, recipients: NoticeRecipients): Promise<void> {
  const enrolled = await enrolledBranches(tx);
  const before = await audienceOf(tx, noticeId);
  const had = new Set(before.includes(EVERY_BRANCH) ? enrolled.map((b) => b.code) : before);
  const will = new Set(recipientCodes(recipients, enrolled));
  const lost = [...had].filter((c) => !will.has(c));
  if (lost.length > 0) {
    const first = await logPosition(tx, 'notice', noticeId, 'first');
    const exported = await exportedUpTo(tx);
    const names = new Map(enrolled.map((b) => [b.code, b.name]));
    const sent = lost.filter((c) => (exported.get(c) ?? 0) >= first);
    if (sent.length > 0)
      throw invalid([
        {
          field: 'recipients',
          message: `这条通知已发给${sent.map((c) => names.get(c) ?? c).join('、')}，不能再取消；如确实发错，请删除这条通知后重新发布`,
        },
      ]);
  }
  const next = recipients === '*' ? [EVERY_BRANCH] : recipients;
  const files = await liveNoticeFiles(tx, noticeId);
  const rows = [noticeId, ...files.map((f) => f.id)];
  await removeAudienceExcept(tx, ['notice', 'attachment'], rows, next);
  for (const peer of next) {
    await addAudience(tx, 'notice', noticeId, peer);
    for (const f of files) await addAudience(tx, 'attachment', f.id, peer);
  }
  // A bundle carries the rows written since the branch's last one: files written before a
  // branch was added to the notice must be put in the change log again to reach it.
  const gained = [...will].some((c) => !had.has(c));
  if (gained && before.length > 0) for (const f of files) await relogRow(tx, 'attachment', f.id, f.updated_at);
}
