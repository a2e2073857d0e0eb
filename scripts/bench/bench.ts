import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countyScale } from './county.js';
import { largeBranch } from './largeBranch.js';
import { officeScreens } from './officeScreens.js';
import { RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions, ScenarioName } from './options.js';
import { withTargets, writeReport, type BenchReport } from './report.js';
import { bigRoster } from './roster.js';
import { SCALE_NOTES } from './targets.js';

/** A scenario samples `rss` after each step; the harness adds the memory metrics. */
export type Scenario = (dir: string, opts: BenchOptions, rss: RssSampler) => Promise<ScenarioResult>;

/** Runs every scenario on real SQLite files in a temp folder (removed afterwards). */
export async function runBench(
  opts: BenchOptions,
  onScenario: (s: ScenarioResult) => void = () => {},
): Promise<BenchReport> {
  const started = performance.now();
  const all: [ScenarioName, Scenario][] = [
    ['large', largeBranch],
    ['county', countyScale],
    ['roster', bigRoster],
    ['office', officeScreens],
  ];
  const scenarios = all
    .filter(([name]) => opts.only.includes(name) && (name !== 'roster' || opts.rosterMembers > 0))
    .map(([, s]) => s);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const dir = mkdtempSync(join(tmpdir(), 'zhibu-bench-'));
    const rss = new RssSampler();
    try {
      const r = await scenario(dir, opts, rss);
      const mem = rss.stop();
      r.metrics.push(
        { name: 'RSS at start of scenario', value: mem.start, unit: 'bytes' },
        { name: 'peak RSS (sampled)', value: mem.peak, unit: 'bytes' },
        { name: 'peak JS heap used (sampled)', value: mem.peakHeap, unit: 'bytes' },
      );
      const done = withTargets(r);
      results.push(done);
      onScenario(done);
    } finally {
      rss.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const { out: _out, ...options } = opts;
  const report: BenchReport = {
    ranAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    options,
    totalSeconds: (performance.now() - started) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    scaleNotes: SCALE_NOTES,
    scenarios: results,
  };
  if (opts.out) writeReport(opts.out, report);
  return report;
}
