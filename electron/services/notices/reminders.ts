import type { OrganizationRow } from '../../../db/queries/organization.js';
import type { NoticeReminder } from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { daysBetween } from '../rules/dates.js';
import { listNoticeRows, ownReplies } from './rows.js';

/** Branch home page: notices not yet done that have a due date (soonest first), then unopened ones. */
export async function noticeReminders(ctx: ServiceContext, org: OrganizationRow): Promise<NoticeReminder[]> {
  if (org.mode !== 'branch') return [];
  const today = ctx.clock.today();
  const replies = await ownReplies(ctx.db, org.code);
  const open: NoticeReminder[] = [];
  for (const n of await listNoticeRows(ctx.db)) {
    const r = replies.get(n.id);
    if (r?.done_on) continue;
    const read = Boolean(r?.read_on);
    if (n.due_on || !read)
      open.push({
        id: n.id,
        title: n.title,
        dueOn: n.due_on,
        daysLeft: n.due_on ? daysBetween(today, n.due_on) : null,
        read,
      });
  }
  return open.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}
