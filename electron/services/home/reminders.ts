import { countMeetings } from '../../../db/queries/meetings.js';
import { listMembers } from '../../../db/queries/members.js';
import type { HomeReminders, ProbationEnding } from '../../api/home.js';
import type { OrgType } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { devDashboard } from '../development/people.js';
import { arrears } from '../dues/year.js';
import { unassessedMembers } from '../dues/unassessed.js';
import { listTransferLetters } from '../members/transfers.js';
import { listIncoming } from '../members/relays.js';
import { noticeReminders } from '../notices/reminders.js';
import { requireOrganization } from '../org/profile.js';
import { daysBetween } from '../rules/dates.js';
import { probationEndsOn, wholeYears } from '../rules/members.js';
import { termInfo } from '../rules/term.js';

/** 预备党员 whose probation ends within this many days are listed (roster issue). */
export const PROBATION_NOTICE_DAYS = 60;

export async function homeReminders(ctx: ServiceContext): Promise<HomeReminders> {
  const org = await requireOrganization(ctx);
  const today = ctx.clock.today();
  const month = today.slice(5, 7);
  const members = await listMembers(ctx.db, 'current');

  const politicalBirthdays = members
    .filter((m) => m.joined_on.slice(5, 7) === month && m.joined_on.slice(0, 4) < today.slice(0, 4))
    .map((m) => ({
      id: m.id,
      name: m.name,
      joinedOn: m.joined_on,
      years: wholeYears(m.joined_on, `${today.slice(0, 4)}-12-31`),
    }))
    .sort((a, b) => a.joinedOn.slice(8).localeCompare(b.joinedOn.slice(8)));

  const probationEnding: ProbationEnding[] = members
    .filter((m) => m.kind === 'probationary')
    .map((m) => {
      const endsOn = probationEndsOn(m.joined_on, m.probation_extended_months);
      return { id: m.id, name: m.name, joinedOn: m.joined_on, endsOn, daysLeft: daysBetween(today, endsOn) };
    })
    .filter((p) => p.daysLeft <= PROBATION_NOTICE_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft);

  const duesUnassessed = await unassessedMembers(ctx.db);
  const meetings = await countMeetings(ctx.db);

  const awaitingReceipts = (await listTransferLetters(ctx)).filter((t) => t.direction === 'out' && !t.receiptOn);

  return {
    today,
    term: termInfo(org.org_type as OrgType, org.term_started_on, today),
    politicalBirthdays,
    awaitingReceipts,
    probationEnding,
    duesArrears: (await arrears(ctx)).filter((a) => a.level !== 'none'),
    duesUnassessed,
    development: await devDashboard(ctx).then(({ upcoming, flags }) => ({ upcoming, flags })),
    notices: await noticeReminders(ctx, org),
    incomingTransfers: (await listIncoming(ctx)).filter((t) => t.status === 'pending').length,
    firstSteps: {
      members: members.length,
      assessed: members.length - duesUnassessed.length,
      meetings,
    },
  };
}
