/**
 * Hybrid logical clock. Every write is stamped with a string that sorts in causal order
 * across installations (branch and office), even when wall clocks disagree a little:
 * `2026-11-23T08:00:00.000Z_0000_<node>`. ISO time keeps it readable in the database.
 */
import { localIsoDate } from './clock.js';

const MAX_COUNTER = 0xffff;

export class Hlc {
  private lastMs = 0;
  private counter = 0;

  constructor(
    readonly nodeId: string,
    private readonly wallMs: () => number,
  ) {
    if (!/^[0-9a-f]{16}$/.test(nodeId)) throw new Error(`HLC node id must be 16 hex digits: ${nodeId}`);
  }

  /** A new timestamp, later than every one issued or observed before. */
  now(): string {
    const wall = this.wallMs();
    if (wall > this.lastMs) {
      this.lastMs = wall;
      this.counter = 0;
    } else if (this.counter < MAX_COUNTER) {
      this.counter += 1;
    } else {
      // Running on a stamp from the future (a poisoned database): step the clock itself
      // rather than overflow, so writes keep working and stay in order.
      this.lastMs += 1;
      this.counter = 0;
    }
    return formatHlc(this.lastMs, this.counter, this.nodeId);
  }

  /** The clock's position, to put back when what observed it is rolled back. */
  mark(): { ms: number; counter: number } {
    return { ms: this.lastMs, counter: this.counter };
  }

  rewind(to: { ms: number; counter: number }): void {
    this.lastMs = to.ms;
    this.counter = to.counter;
  }

  /** Move past a timestamp seen elsewhere (another installation, or the database at startup). */
  observe(stamp: string): void {
    const p = parseHlc(stamp);
    if (p.ms > this.lastMs) {
      this.lastMs = p.ms;
      this.counter = p.counter;
    } else if (p.ms === this.lastMs && p.counter > this.counter) {
      this.counter = p.counter;
    }
  }
}

export interface ParsedHlc {
  ms: number;
  counter: number;
  nodeId: string;
}

export function formatHlc(ms: number, counter: number, nodeId: string): string {
  if (counter > MAX_COUNTER) throw new Error('HLC counter overflow');
  return `${new Date(ms).toISOString()}_${counter.toString(16).padStart(4, '0')}_${nodeId}`;
}

/** The form of a stamp: ISO time, counter, node id. */
export const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{4})_([0-9a-f]{16})$/;

export function parseHlc(stamp: string): ParsedHlc {
  const m = HLC_PATTERN.exec(stamp);
  if (!m) throw new Error(`not an HLC timestamp: ${stamp}`);
  return { ms: Date.parse(m[1] as string), counter: parseInt(m[2] as string, 16), nodeId: m[3] as string };
}

/** The day a stamp was written, in the user's local calendar like `Clock.today()`. */
export function hlcDay(stamp: string): string {
  return localIsoDate(new Date(parseHlc(stamp).ms));
}
