import { meetingCounts, quorumKind, type CountedLine } from '../../../electron/api/quorum.js';
import type { ActivityKind, MeetingCounts } from '../../../electron/api/index.js';

export type { CountedLine };

/** 应到/实到 and quorum as the user marks attendance, by the very rule the main process applies. */
export function liveCounts(
  kind: ActivityKind,
  lines: readonly CountedLine[],
  alsoCountsAs: readonly ActivityKind[] = [],
): MeetingCounts {
  return meetingCounts(quorumKind(kind, alsoCountsAs), lines);
}
