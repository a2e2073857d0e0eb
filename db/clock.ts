/**
 * The clock is injected everywhere domain code needs "now" or "today",
 * so tests and the demo generator can fix time and nothing reads globals.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  nowMs(): number;
  /** Today's date in the user's local calendar, ISO `YYYY-MM-DD`. */
  today(): string;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function localIsoDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  today: () => localIsoDate(new Date()),
};

/** A clock standing still at `iso` (a date or a full timestamp); `advance` moves it. */
export function fixedClock(iso: string): Clock & { advance(ms: number): void } {
  let ms = Date.parse(iso.length === 10 ? `${iso}T09:00:00` : iso);
  if (Number.isNaN(ms)) throw new Error(`bad clock time: ${iso}`);
  return {
    nowMs: () => ms,
    today: () => localIsoDate(new Date(ms)),
    advance: (delta: number) => {
      ms += delta;
    },
  };
}
