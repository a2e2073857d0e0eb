import type { Kysely } from 'kysely';
import { hlcDay } from '../../../db/hlc.js';
import { listCommitteeTerms } from '../../../db/queries/committee.js';
import { memberHistories, type MemberHistory } from '../../../db/queries/history.js';
import type { Database } from '../../../db/schema.js';
import type { EligibleMember } from '../../api/meetings.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import { committeeOn } from '../rules/committeeTerms.js';
import { formalOn, presenceIntervals, presentOn } from '../rules/membership.js';

export interface RosterOnDate extends EligibleMember {
  groupId: string | null;
}

/** The roster as it stood on `date`, each with their vote that day. */
export function rosterFrom(histories: readonly MemberHistory[], date: string): RosterOnDate[] {
  return histories
    .filter((h) => presentOn(presenceIntervals(h.joinedOn, h.events), date))
    .map((h) => ({
      memberId: h.id,
      name: h.name,
      groupId: h.groupId,
      groupName: h.groupName,
      voting: formalOn(
        h.events.filter((e) => e.kind === 'confirm').map((e) => e.date),
        date,
      ),
    }));
}

/**
 * The seats held on `day` resolved to roster members: by link, or by a name only one member
 * has. A 支委会 recorded late expects the committee of its day, not today's.
 */
async function committeeMemberIds(
  db: Kysely<Database>,
  roster: readonly RosterOnDate[],
  day: string,
): Promise<Set<string>> {
  const ids = new Set<string>();
  const terms = (await listCommitteeTerms(db)).map((t) => ({
    ...t,
    startedOn: t.started_on,
    endedOn: t.ended_on,
    enteredOn: hlcDay(t.created_at),
  }));
  for (const seat of committeeOn(terms, day)) {
    if (seat.member_id) ids.add(seat.member_id);
    else {
      const same = roster.filter((m) => m.name === seat.name);
      if (same.length === 1 && same[0]) ids.add(same[0].memberId);
    }
  }
  return ids;
}

/**
 * Who was expected at a meeting on that day: the whole branch, the group's members for a
 * 党小组会 (by their current group: group moves are not dated), or the committee for a 支委会.
 */
export async function eligibleMembers(
  db: Kysely<Database>,
  kind: ActivityKind,
  heldOn: string,
  groupId: string | null,
): Promise<RosterOnDate[]> {
  const roster = rosterFrom(await memberHistories(db), heldOn);
  if (kind === 'group') return roster.filter((m) => m.groupId === groupId);
  if (kind === 'committee') {
    const seats = await committeeMemberIds(db, roster, heldOn);
    return roster.filter((m) => seats.has(m.memberId)).map((m) => ({ ...m, voting: true }));
  }
  return roster;
}
