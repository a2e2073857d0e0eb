import { POSITION_LABELS, type Position } from '../../api/org.js';

/**
 * A committee term: a post held from `startedOn` (null: start not recorded) until `endedOn`,
 * the first day of the successor (null: still held). Intervals are [start, end), so a change
 * on day D gives D to the new holder only.
 */
export interface TermSpan {
  id: string;
  position: Position;
  name: string;
  startedOn: string | null;
  endedOn: string | null;
}

/** A branch has one 书记 and at most one 副书记 at a time (《支部工作条例》 art. 10). */
export const SINGLE_POSITIONS: readonly Position[] = ['secretary', 'deputy'];

export function heldOn(term: Pick<TermSpan, 'startedOn' | 'endedOn'>, day: string): boolean {
  return (term.startedOn === null || term.startedOn <= day) && (term.endedOn === null || term.endedOn > day);
}

/** The committee as it stood on `day`: a past year's ledger prints the people of that day. */
export function committeeOn<T extends Pick<TermSpan, 'startedOn' | 'endedOn'>>(terms: readonly T[], day: string): T[] {
  return terms.filter((t) => heldOn(t, day));
}

function overlap(a: TermSpan, b: TermSpan): boolean {
  const aBeforeBEnds = b.endedOn === null || a.startedOn === null || a.startedOn < b.endedOn;
  const bBeforeAEnds = a.endedOn === null || b.startedOn === null || b.startedOn < a.endedOn;
  return aBeforeBEnds && bBeforeAEnds && !isEmpty(a) && !isEmpty(b);
}

function isEmpty(t: TermSpan): boolean {
  return t.startedOn !== null && t.endedOn !== null && t.endedOn <= t.startedOn;
}

/**
 * Why `term` cannot stand beside the other terms, or null: two 书记 (or 副书记) never hold
 * office on the same day. A post still held asks the user to record the change first; an
 * ended one names the day from which the new term may start.
 */
export function termConflict(term: TermSpan, others: readonly TermSpan[]): string | null {
  if (!SINGLE_POSITIONS.includes(term.position)) return null;
  const label = POSITION_LABELS[term.position];
  const clashes = others.filter((o) => o.id !== term.id && o.position === term.position && overlap(term, o));
  // The holder of today comes first: recording the change is what the user has to do.
  const clash = clashes.find((o) => o.endedOn === null) ?? clashes[0];
  if (!clash) return null;
  if (clash.endedOn === null) return `已有${label}（${clash.name}），请先修改或移除`;
  return `${label}${clash.name}任职到 ${clash.endedOn}，任职时间不能早于这一天`;
}

/** A change or an end date must fall after the term began and not in the future. */
export function endDateProblem(startedOn: string | null, endsOn: string, today: string, what: string): string | null {
  if (endsOn > today) return `${what}不能晚于今天`;
  if (startedOn !== null && endsOn <= startedOn) return `${what}须晚于原任职时间（${startedOn}）`;
  return null;
}
