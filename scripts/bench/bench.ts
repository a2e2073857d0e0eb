import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countyScale } from './county.js';
import { largeBranch } from './largeBranch.js';
import type { ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { withTargets, writeReport, type BenchReport } from './report.js';
import { bigRoster } from './roster.js';
import { SCALE_NOTES } from './targets.js';

export type Scenario = (dir: string, opts: BenchOptions) => Promise<ScenarioResult>;

/** Runs every scenario on real SQLite files in a temp folder (removed afterwards). */
export async function runBench(
  opts: BenchOptions,
  onScenario: (s: ScenarioResult) => void = () => {},
): Promise<BenchReport> {
  const started = performance.now();
  const scenarios: Scenario[] = [largeBranch, countyScale];
  if (opts.rosterMembers > 0) scenarios.push(bigRoster);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const dir = mkdtempSync(join(tmpdir(), 'zhibu-bench-'));
    try {
      const r = withTargets(await scenario(dir, opts));
      results.push(r);
      onScenario(r);
    } finally {
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
