import type { Transaction } from 'kysely';
import { childIds, findMeeting } from '../../../db/queries/meetings.js';
import { findGroup } from '../../../db/queries/partyGroup.js';
import { insertRecord, tombstoneRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { MeetingDetail, MeetingInput } from '../../api/meetings.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { meetingCounts, quorumKind } from '../../api/quorum.js';
import { inTransaction } from '../tx.js';
import { eligibleMembers, undatedCommittee } from './eligibility.js';
import { meetingDetail } from './read.js';
import { meetingIssues } from './validate.js';

type Tx = Transaction<Database>;

function columns(m: MeetingInput) {
  return {
    kind: m.kind,
    also_counts_as: JSON.stringify(m.alsoCountsAs),
    group_id: m.groupId,
    title: m.title,
    held_on: m.heldOn,
    start_time: m.startTime,
    end_time: m.endTime,
    place: m.place,
    host: m.host,
    recorder: m.recorder,
    guests: m.guests,
    superiors: m.superiors,
    agenda: JSON.stringify(m.agenda),
    minutes: m.minutes,
    decisions: m.decisions,
    lecturer: m.lecturer,
    lecture_title: m.lectureTitle,
    lecture_hours: m.lectureHours,
    activities: JSON.stringify(m.activities),
  };
}

/** A corrected record replaces its lists; the old rows stay as tombstones in the history. */
async function replaceChildren(
  tx: Tx,
  stamp: Stamper,
  meetingId: string,
  m: MeetingInput,
  voting: Map<string, boolean>,
) {
  for (const table of ['meeting_attendance', 'meeting_vote', 'appraisal_grade', 'rectification'] as const)
    for (const id of await childIds(tx, table, meetingId)) await tombstoneRecord(tx, stamp, table, id);
  for (const a of m.attendance)
    await insertRecord(tx, stamp, 'meeting_attendance', {
      meeting_id: meetingId,
      member_id: a.memberId,
      status: a.status,
      reason: a.status === 'present' ? '' : a.reason,
      voting: voting.get(a.memberId) ? 1 : 0,
    });
  for (const [i, v] of m.votes.entries())
    await insertRecord(tx, stamp, 'meeting_vote', { meeting_id: meetingId, ...v, sort_order: i });
  for (const g of m.grades)
    await insertRecord(tx, stamp, 'appraisal_grade', {
      meeting_id: meetingId,
      member_id: g.memberId,
      grade: g.grade,
      ballots_issued: g.ballotsIssued,
      ballots_returned: g.ballotsReturned,
      votes_excellent: g.votesExcellent,
      votes_qualified: g.votesQualified,
      votes_basic: g.votesBasic,
      votes_unqualified: g.votesUnqualified,
      disposition: g.disposition,
      note: g.note,
    });
  for (const [i, r] of m.rectifications.entries())
    await insertRecord(tx, stamp, 'rectification', {
      meeting_id: meetingId,
      problem: r.problem,
      measure: r.measure,
      owner: r.owner,
      due_on: r.dueOn,
      done_on: r.doneOn,
      progress: r.progress,
      sort_order: i,
    });
}

export async function saveMeeting(ctx: ServiceContext, m: MeetingInput): Promise<MeetingDetail> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    if (m.groupId && !(await findGroup(tx, m.groupId)))
      throw invalid([{ field: 'groupId', message: '所选党小组不存在或已撤销' }]);
    const eligible = await eligibleMembers(tx, m.kind, m.heldOn, m.groupId);
    const voting = new Map(eligible.map((e) => [e.memberId, e.voting]));
    const counts = meetingCounts(
      quorumKind(m.kind, m.alsoCountsAs),
      m.attendance.map((a) => ({ status: a.status, voting: voting.get(a.memberId) ?? false })),
    );
    const gradeIssues = m.grades
      .map((g, i) =>
        voting.has(g.memberId) ? null : { field: `grades.${i}.memberId`, message: '评议对象不在当日的党员名单中' },
      )
      .filter((x) => x !== null);
    // Looked up only when a 支委会 lists someone not expected: the refusal then says why.
    const strangers = m.kind === 'committee' && m.attendance.some((a) => !voting.has(a.memberId));
    const undated = strangers ? await undatedCommittee(tx, m.heldOn) : [];
    const issues = [...meetingIssues(m, eligible, counts, today, undated), ...gradeIssues];
    if (issues.length) throw invalid(issues);

    let id = m.id;
    if (id) {
      if (!(await findMeeting(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该会议记录');
      await updateRecord(tx, stamp, 'meeting', id, columns(m));
    } else {
      id = await insertRecord(tx, stamp, 'meeting', { ...columns(m), recorded_on: today });
    }
    await replaceChildren(tx, stamp, id, m, voting);
    return meetingDetail(tx, id);
  });
}

export async function removeMeeting(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findMeeting(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该会议记录');
    await tombstoneRecord(tx, stamp, 'meeting', id);
    return { id };
  });
}
