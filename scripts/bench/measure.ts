import { performance } from 'node:perf_hooks';

export type Unit = 'ms' | 's' | 'bytes' | 'rows' | 'count' | 'percent';

/** One number of a scenario. `target` is filled from targets.ts, never asserted. */
export interface Metric {
  name: string;
  value: number;
  unit: Unit;
  note?: string;
  target?: string;
}

export interface ScenarioResult {
  scenario: string;
  /** Sizes the scenario was built with. */
  params: Record<string, number>;
  metrics: Metric[];
  /** Per-step numbers in run order (JSON only), e.g. each bundle's import time. */
  series?: Record<string, number[]>;
}

/** Collects a scenario's metrics in order. */
export class Metrics {
  readonly list: Metric[] = [];

  add(name: string, value: number, unit: Unit, note?: string): void {
    this.list.push(note ? { name, value, unit, note } : { name, value, unit });
  }
}

/** Wall time of one call, in milliseconds. */
export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** One warm-up call (its result is returned), then `repeat` timed calls; the median counts. */
export async function timeMedian<T>(
  repeat: number,
  fn: () => Promise<T>,
): Promise<{ ms: number; min: number; max: number; runs: number; value: T }> {
  const value = await fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i += 1) runs.push((await timeOnce(fn)).ms);
  return { ms: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs: repeat, value };
}

export function spread(t: { min: number; max: number; runs: number }): string {
  return t.runs > 1 ? `median of ${t.runs}, ${t.min.toFixed(1)}–${t.max.toFixed(1)} ms` : '1 run';
}

/**
 * Resident set size, sampled on a timer and at every `sample()` call. better-sqlite3 runs
 * synchronously, so the timer alone would miss peaks; scenarios sample after each step.
 */
export class RssSampler {
  readonly start = process.memoryUsage().rss;
  private peakRss = this.start;
  private peakHeap = process.memoryUsage().heapUsed;
  private readonly timer = setInterval(() => this.sample(), 10);

  constructor() {
    this.timer.unref();
  }

  sample(): void {
    const now = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, now.rss);
    this.peakHeap = Math.max(this.peakHeap, now.heapUsed);
  }

  stop(): { start: number; peak: number; peakHeap: number } {
    this.sample();
    clearInterval(this.timer);
    return { start: this.start, peak: this.peakRss, peakHeap: this.peakHeap };
  }
}
