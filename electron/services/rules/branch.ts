/**
 * Branch structure (《中国共产党支部工作条例（试行）》 art. 9–10): a branch with 7 or more
 * 正式党员 elects a 支部委员会 and owes its meetings; a smaller one has a 书记 (maybe a 副书记)
 * and no committee, so no 支委会 is owed.
 */
export const COMMITTEE_MIN_FORMAL = 7;

export function hasCommittee(formalMembers: number): boolean {
  return formalMembers >= COMMITTEE_MIN_FORMAL;
}

/** Kinds whose meeting only counts as held when it had its quorum (过半数). */
export const QUORUM_KINDS = ['congress', 'committee'] as const;

/**
 * Whether a recorded meeting counts as held for `kind` on the calendar: a 党员大会 or 支委会
 * without more than half present is kept as a record but the period stays owed.
 */
export function countsAsHeld(kind: string, quorumMet: boolean | null): boolean {
  return !(QUORUM_KINDS as readonly string[]).includes(kind) || quorumMet !== false;
}
