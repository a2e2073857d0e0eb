import { POSITION_LABELS, type Position } from '../../api/org.js';
import { addDays } from './dates.js';

/**
 * A committee term: a post held from `startedOn` (null: start not recorded) until `endedOn`,
 * the first day of the successor (null: still held). Intervals are [start, end), so a change
 * on day D gives D to the new holder only. `enteredOn` is the day the term was entered in the
 * app, which bounds a start not recorded (see `knownFrom`).
 */
export interface TermSpan {
  id: string;
  position: Position;
  name: string;
  startedOn: string | null;
  endedOn: string | null;
  enteredOn: string;
}

type Span = Pick<TermSpan, 'startedOn' | 'endedOn' | 'enteredOn'>;

/** A branch has one 书记 and at most one 副书记 at a time (《支部工作条例》 art. 10). */
export const SINGLE_POSITIONS: readonly Position[] = ['secretary', 'deputy'];

/**
 * The first day the term counts: its 任职时间, or, when that is not recorded, 1 January of the
 * year it was entered: the user put the person in the post that year and keeps that year's
 * 台账, so its meetings entered late expect them. Earlier years are 不详 and name no one, rather
 * than today's holder. A term ended by a change dated before the year it was entered counts
 * from 1 January of the year of its last day, the one year the change vouches for.
 */
export function knownFrom(term: Span): string {
  if (term.startedOn !== null) return term.startedOn;
  const entered = term.enteredOn.slice(0, 4);
  const last = term.endedOn === null ? entered : addDays(term.endedOn, -1).slice(0, 4);
  return `${last < entered ? last : entered}-01-01`;
}

export function heldOn(term: Span, day: string): boolean {
  return knownFrom(term) <= day && (term.endedOn === null || term.endedOn > day);
}

/**
 * Whether the term would count on `day` but for its missing 任职时间: the one case the user can
 * put right by filling in the date, so a 支委会 left without the person says so.
 */
export function uncountedOn(term: Span, day: string): boolean {
  return term.startedOn === null && day < knownFrom(term) && (term.endedOn === null || term.endedOn > day);
}

/** The committee as it stood on `day`: a past year's ledger prints the people of that day. */
export function committeeOn<T extends Span>(terms: readonly T[], day: string): T[] {
  return terms.filter((t) => heldOn(t, day));
}

/** Whether two terms count on a common day, by the same days `heldOn` counts them. */
function overlap(a: TermSpan, b: TermSpan): boolean {
  const aBeforeBEnds = b.endedOn === null || knownFrom(a) < b.endedOn;
  const bBeforeAEnds = a.endedOn === null || knownFrom(b) < a.endedOn;
  return aBeforeBEnds && bBeforeAEnds && !isEmpty(a) && !isEmpty(b);
}

function isEmpty(t: TermSpan): boolean {
  return t.endedOn !== null && t.endedOn <= knownFrom(t);
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
