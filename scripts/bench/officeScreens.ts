import { join } from 'node:path';
import { buildDemoCounty } from '../demo/county.js';
import { call } from '../demo/contract.js';
import { Metrics, spread, timeMedian, timeOnce, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { BENCH_TODAY, BENCH_YEAR, databaseBytes, newOffice, openBench } from './setup.js';

/** A past day for 统计 as of a date: the end of the first half-year. */
const BENCH_PAST = `${BENCH_YEAR}-06-30`;

/**
 * Scenario 4: the county office's own screens over many branches (the scale: 500
 * branches, 20,000 members). The county is built the real way (scripts/demo/county.ts), then
 * each screen's operations are timed: 总览 (cold, while today's lights are computed, and warm),
 * 统计 (today and as of a past day), the drill-down into one branch (its reads share one lens,
 * as a page's do), and the printed reports.
 */
export async function officeScreens(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const office = await newOffice(join(dir, 'county-office.sqlite'));
  try {
    const ctx = office.ctx;
    const build = await timeOnce(() =>
      buildDemoCounty(ctx, {
        branches: opts.officeBranches,
        seed: 1,
        members: opts.branchMembers,
        dir,
        openBranch: (path, seed) => openBench(path, seed),
        onBranch: () => rss.sample(),
      }),
    );
    const members = build.value.reduce((n, b) => n + b.members, 0);
    m.add(`build ${opts.officeBranches} branches and import them (setup)`, build.ms / 1000, 's');
    m.add('members recorded in the county', members, 'count');
    m.add('office database size', databaseBytes(office), 'bytes');

    const cold = await timeOnce(() => call(ctx, 'office.branches', {}));
    m.add('总览 office.branches, first rows (lights not yet computed)', cold.ms, 'ms');
    const refresh = await timeOnce(async () => {
      while ((await call(ctx, 'office.refresh', { limit: 20 })).remaining > 0) rss.sample();
    });
    m.add("总览 office.refresh: every branch's lights for a new day", refresh.ms, 'ms');
    m.add('  per branch', refresh.ms / opts.officeBranches, 'ms');
    rss.sample();

    // 统计 as of a past day: every branch's rules run on that day once, then it is cached.
    const pastInput = { asOf: BENCH_PAST, year: BENCH_YEAR, branches: null };
    const past = await timeOnce(() => call(ctx, 'office.statuses', pastInput));
    m.add(`统计 office.statuses as of ${BENCH_PAST}, first time`, past.ms, 'ms');
    m.add('  per branch', past.ms / opts.officeBranches, 'ms');
    const pastAgain = await timeMedian(opts.repeat, () => call(ctx, 'office.statuses', pastInput));
    m.add(`统计 office.statuses as of ${BENCH_PAST}, again (cached)`, pastAgain.ms, 'ms', spread(pastAgain));
    rss.sample();

    const code = build.value[0]?.code ?? '';
    const reads: [string, () => Promise<unknown>][] = [
      ['总览 office.branches (lights computed)', () => call(ctx, 'office.branches', {})],
      [
        '统计 office.structure, all branches',
        () => call(ctx, 'office.structure', { asOf: BENCH_TODAY, year: BENCH_YEAR, branches: null }),
      ],
      [
        '统计 office.statuses, all branches, today (lights cached)',
        () => call(ctx, 'office.statuses', { asOf: BENCH_TODAY, year: BENCH_YEAR, branches: null }),
      ],
      ['drill-down members.list', () => call(ctx, 'office.view', { code, op: 'members.list', input: {} })],
      [
        'drill-down meetings.list',
        () => call(ctx, 'office.view', { code, op: 'meetings.list', input: { year: BENCH_YEAR } }),
      ],
      [
        'drill-down compliance.year',
        () => call(ctx, 'office.view', { code, op: 'compliance.year', input: { year: BENCH_YEAR } }),
      ],
      ['drill-down dues.year', () => call(ctx, 'office.view', { code, op: 'dues.year', input: { year: BENCH_YEAR } })],
      ['drill-down dev.list', () => call(ctx, 'office.view', { code, op: 'dev.list', input: {} })],
      [
        'drill-down ledger.render roster',
        () => call(ctx, 'office.view', { code, op: 'ledger.render', input: { ledger: 'roster' } }),
      ],
      [
        '报表 office.report office-summary',
        () => call(ctx, 'office.report', { report: 'office-summary', year: BENCH_YEAR }),
      ],
      [
        '报表 office.report office-activity',
        () => call(ctx, 'office.report', { report: 'office-activity', year: BENCH_YEAR }),
      ],
      [
        '统计 office.statsExport (.xlsx)',
        () => call(ctx, 'office.statsExport', { asOf: BENCH_TODAY, year: BENCH_YEAR, branches: null }),
      ],
    ];
    for (const [name, fn] of reads) {
      const t = await timeMedian(opts.repeat, fn);
      m.add(name, t.ms, 'ms', spread(t));
      rss.sample();
    }
    return {
      scenario: 'office screens',
      params: { branches: opts.officeBranches, membersPerBranch: opts.branchMembers, members },
      metrics: m.list,
    };
  } finally {
    await office.close();
  }
}
