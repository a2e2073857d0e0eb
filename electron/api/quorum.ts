import type { MeetingCounts } from './meetings.js';
import type { ActivityKind, AttendanceStatus } from './meetingOptions.js';

export interface CountedLine {
  status: AttendanceStatus;
  voting: boolean;
}

/**
 * Which quorum rule a meeting follows: a 党员大会's whenever it is or counts as one, else a
 * 支委会's, else none. Shared by the form (live counts) and the main process (on saving).
 */
export function quorumKind(kind: ActivityKind, alsoCountsAs: readonly ActivityKind[] = []): ActivityKind {
  const kinds = [kind, ...alsoCountsAs];
  if (kinds.includes('congress')) return 'congress';
  if (kinds.includes('committee')) return 'committee';
  return kind;
}

/**
 * 应到/实到 and quorum (《支部工作条例》 art. 12): a 支部党员大会 needs more than half of the
 * members with a vote (预备党员 attend but do not vote); a 支委会 more than half of the committee.
 */
export function meetingCounts(kind: ActivityKind, lines: readonly CountedLine[]): MeetingCounts {
  const present = lines.filter((l) => l.status === 'present');
  const base = {
    expected: lines.length,
    present: present.length,
    leave: lines.filter((l) => l.status === 'leave').length,
    absent: lines.filter((l) => l.status === 'absent').length,
  };
  if (kind === 'congress') {
    const votingExpected = lines.filter((l) => l.voting).length;
    const votingPresent = present.filter((l) => l.voting).length;
    return { ...base, votingExpected, votingPresent, quorumMet: votingPresent * 2 > votingExpected };
  }
  if (kind === 'committee') {
    return {
      ...base,
      votingExpected: base.expected,
      votingPresent: base.present,
      quorumMet: base.present * 2 > base.expected,
    };
  }
  return { ...base, votingExpected: base.expected, votingPresent: base.present, quorumMet: null };
}

export function quorumMessage(kind: ActivityKind, c: MeetingCounts): string {
  return kind === 'committee'
    ? `到会支委未超过半数（应到 ${c.votingExpected} 人，实到 ${c.votingPresent} 人），会议不能作出决定`
    : `到会的有表决权党员未超过半数（应到 ${c.votingExpected} 人，实到 ${c.votingPresent} 人），不能进行表决`;
}
