import { attendanceOf, listMeetings } from '../../../db/queries/meetings.js';
import { memberHistories } from '../../../db/queries/history.js';
import type { ParticipationRow } from '../../api/compliance.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ServiceContext } from '../context.js';

/**
 * Per member, the activities of the year they were expected at (on each meeting's own
 * attendance list) and how they took part, with every leave and absence and its reason.
 */
export async function participation(ctx: ServiceContext, year: number): Promise<ParticipationRow[]> {
  const meetings = await listMeetings(ctx.db, `${year}-01-01`, `${year}-12-31`);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const lines = await attendanceOf(
    ctx.db,
    meetings.map((m) => m.id),
  );
  const histories = await memberHistories(ctx.db);
  const rows = new Map<string, ParticipationRow>(
    histories.map((h) => [
      h.id,
      {
        memberId: h.id,
        name: h.name,
        groupName: h.groupName,
        expected: 0,
        present: 0,
        leave: 0,
        absent: 0,
        missed: [],
      },
    ]),
  );
  for (const a of lines) {
    const row = rows.get(a.member_id);
    const m = byId.get(a.meeting_id);
    if (!row || !m) continue;
    row.expected += 1;
    row[a.status] += 1;
    if (a.status !== 'present')
      row.missed.push({
        heldOn: m.held_on,
        kind: m.kind as ActivityKind,
        title: m.title,
        status: a.status,
        reason: a.reason,
      });
  }
  return [...rows.values()].filter((r) => r.expected > 0);
}
