/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so time zones never shift a day. */

/** The digit at `i` (0-9), or NaN. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

// Read character by character: a county's status lights parse these dates millions of times.
function parts(iso: string): [number, number, number] {
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-' || Number.isNaN(y + m + d))
    throw new Error(`not an ISO date: ${iso}`);
  return [y, m, d];
}

function toUtc(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d);
}

/*
 * Formatting through Date.toISOString was most of the time a county office spent working out
 * its branches' 党费 lights after each bundle (issue #13): the date is assembled from its
 * numbers instead, and a day count turned back into one with the proleptic Gregorian calendar.
 */
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function formatIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The date `days` after 1970-01-01 (H. Hinnant's civil_from_days). */
function fromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatIso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number);
}

/** Same month and day `n` months later; a day past the month's end falls back to its last day (1-31 + 1 month = 2-28/29). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  // Day 00 (never a real date) counts back into the month before, as Date.UTC does.
  if (d < 1) return fromDays(Date.UTC(ny, nm - 1, d) / 86_400_000);
  return formatIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(iso: string, n: number): string {
  return addMonths(iso, n * 12);
}

export function addDays(iso: string, n: number): string {
  return fromDays(toUtc(iso) / 86_400_000 + n);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}
