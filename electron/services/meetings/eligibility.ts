import type { Kysely } from 'kysely';
import { hlcDay } from '../../../db/hlc.js';
import { listCommitteeTerms, type CommitteeRow } from '../../../db/queries/committee.js';
import { memberHistories, type MemberHistory } from '../../../db/queries/history.js';
import type { Database } from '../../../db/schema.js';
import type { EligibleMember, UndatedSeat } from '../../api/meetings.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { Position } from '../../api/org.js';
import { committeeOn, knownFrom, uncountedOn } from '../rules/committeeTerms.js';
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

type Term = CommitteeRow & { startedOn: string | null; endedOn: string | null; enteredOn: string };

/** Every committee term, ended ones included, with the days it spans. */
async function committeeTerms(db: Kysely<Database>): Promise<Term[]> {
  return (await listCommitteeTerms(db)).map((t) => ({
    ...t,
    startedOn: t.started_on,
    endedOn: t.ended_on,
    enteredOn: hlcDay(t.created_at),
  }));
}

/** The roster member a seat names: by link, or by a name only one member has. */
export function rosterMember(
  roster: readonly RosterOnDate[],
  memberId: string | null,
  name: string,
): RosterOnDate | undefined {
  if (memberId) return roster.find((m) => m.memberId === memberId);
  const same = roster.filter((m) => m.name === name);
  return same.length === 1 ? same[0] : undefined;
}

const seatMember = (seat: CommitteeRow, roster: readonly RosterOnDate[]) =>
  rosterMember(roster, seat.member_id, seat.name);

/** The roster members holding a seat on `day`. */
function committeeIdsOn(terms: readonly Term[], roster: readonly RosterOnDate[], day: string): Set<string> {
  return new Set(committeeOn(terms, day).flatMap((seat) => seatMember(seat, roster)?.memberId ?? []));
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
    const seats = committeeIdsOn(await committeeTerms(db), roster, heldOn);
    // A 支委会 recorded late expects the committee of its day, not today's.
    return roster.filter((m) => seats.has(m.memberId)).map((m) => ({ ...m, voting: true }));
  }
  return roster;
}

/**
 * 支委 of the day's roster whom a 支委会 on `heldOn` does not expect only because their
 * 任职时间 is not recorded: the form and the refusal name them and say where to fill it in.
 */
export async function undatedCommittee(db: Kysely<Database>, heldOn: string): Promise<UndatedSeat[]> {
  const roster = rosterFrom(await memberHistories(db), heldOn);
  const terms = await committeeTerms(db);
  const expected = committeeIdsOn(terms, roster, heldOn);
  const undated = new Map<string, UndatedSeat>();
  for (const seat of terms) {
    const m = uncountedOn(seat, heldOn) ? seatMember(seat, roster) : undefined;
    if (!m || expected.has(m.memberId) || undated.has(m.memberId)) continue;
    undated.set(m.memberId, {
      memberId: m.memberId,
      name: m.name,
      position: seat.position as Position,
      countsFrom: knownFrom(seat),
      ended: seat.endedOn !== null,
    });
  }
  return [...undated.values()];
}
