import type { ActivityKind, AttendanceStatus, MeetingCounts } from '../../../electron/api/index.js';

export interface CountedLine {
  status: AttendanceStatus;
  voting: boolean;
}

/**
 * 应到/实到 and quorum as the user marks attendance, by the same rule the main process applies
 * on saving (《支部工作条例》 art. 12): a 党员大会 needs more than half of the members with a
 * vote, a 支委会 more than half of the committee.
 */
export function liveCounts(kind: ActivityKind, lines: readonly CountedLine[]): MeetingCounts {
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
  if (kind === 'committee')
    return {
      ...base,
      votingExpected: base.expected,
      votingPresent: base.present,
      quorumMet: base.present * 2 > base.expected,
    };
  return { ...base, votingExpected: base.expected, votingPresent: base.present, quorumMet: null };
}
