import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../db/clock.js';
import { maintenanceThreadRunning } from '../../electron/services/offThread/run.js';
import { buildDemoCounty } from '../demo/county.js';
import { call } from '../demo/contract.js';
import { Metrics, spread, timeMedian, timeOnce, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { buildCounty, copyDatabase } from './countyBuild.js';
import {
  BENCH_TODAY,
  BENCH_YEAR,
  databaseBytes,
  importAll,
  lightEveryBranch,
  newOffice,
  OFFICE_SEED,
  openBench,
} from './setup.js';

/** A past day for 统计 as of a date: the end of the first half-year. */
const BENCH_PAST = `${BENCH_YEAR}-06-30`;

/** Another past day, asked for after the first: the end of the first quarter. */
const BENCH_PAST_OTHER = `${BENCH_YEAR}-03-31`;

/** The first views of new days with no new bundle: a month ending, and the new year. */
const NEW_DAYS = [`${BENCH_YEAR}-12-01`, `${BENCH_YEAR + 1}-01-01`];

const DAY_MS = 86_400_000;

/** Waits (at most 10 s) for the maintenance thread the first past day started. */
async function threadUp(): Promise<void> {
  for (let waited = 0; waited < 10_000 && !maintenanceThreadRunning(); waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Bundle files per 导入 when the county comes from the cache. */
const IMPORT_BATCH = 50;

/**
 * The county to measure on: with `--cache`, the county scenario's built county (its enrolled
 * office file and first bundles, scripts/bench/countyBuild.ts) imported here through the contract;
 * otherwise one built the real way (scripts/demo/county.ts). Either way every bundle goes through
 * the exchange service, and every branch is lit as the 总览 lights a stack of new ones.
 */
async function county(dir: string, opts: BenchOptions, rss: RssSampler, m: Metrics) {
  const clock = fixedClock(BENCH_TODAY);
  const path = join(dir, 'county-office.sqlite');
  if (opts.cache) {
    const built = await buildCounty(dir, { ...opts, branches: opts.officeBranches }, rss);
    m.add(
      `build ${opts.officeBranches} branches (setup)`,
      built.buildSeconds,
      's',
      built.buildSeconds === 0 ? `cached in ${opts.cache}` : undefined,
    );
    if (opts.office && existsSync(opts.office)) {
      m.add('import every first bundle (setup)', 0, 's', `imported office reused from ${opts.office}`);
      return { office: await openBench(copyDatabase(opts.office, path), OFFICE_SEED, clock), clock };
    }
    const office = await openBench(copyDatabase(built.officeTemplate, path), OFFICE_SEED, clock);
    const cpu = process.cpuUsage();
    // As a clerk imports a stick of bundles: many files to one 导入 (one backup before it, not one a file).
    const imported = await timeOnce(async () => {
      for (let i = 0; i < built.bundles.length; i += IMPORT_BATCH) {
        await importAll(
          office.ctx,
          built.bundles.slice(i, i + IMPORT_BATCH).map((b) => b.path),
        );
        rss.sample();
      }
      await lightEveryBranch(office.ctx);
    });
    const used = process.cpuUsage(cpu);
    m.add('import every first bundle, then the 总览 lights them (setup)', imported.ms / 1000, 's');
    m.add('  CPU time of this process during it', (used.user + used.system) / 1e6, 's');
    if (!opts.office) return { office, clock };
    // Closed first, so the copy holds every page the imports wrote.
    await office.close();
    copyDatabase(path, opts.office);
    return { office: await openBench(path, OFFICE_SEED, clock), clock };
  }
  const office = await newOffice(path, clock);
  const build = await timeOnce(() =>
    buildDemoCounty(office.ctx, {
      branches: opts.officeBranches,
      seed: 1,
      members: opts.branchMembers,
      dir,
      openBranch: (p, seed) => openBench(p, seed),
      onBranch: () => rss.sample(),
    }),
  );
  m.add(`build ${opts.officeBranches} branches and import them (setup)`, build.ms / 1000, 's');
  return { office, clock };
}

/**
 * Scenario 4: the county office's own screens over many branches (the scale: 500
 * branches, 20,000 members). Each screen's operations are timed: 总览 (right after the imports,
 * and the first view of new days), 统计 (today and as of a past day), the drill-down into one
 * branch (its reads share one lens, as a page's do), and the printed reports.
 */
export async function officeScreens(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const { office, clock } = await county(dir, opts, rss, m);
  try {
    const ctx = office.ctx;
    const first = await timeOnce(() => call(ctx, 'office.branches', {}));
    const members = first.value.rows.reduce((n, r) => n + r.members, 0);
    m.add('members recorded in the county', members, 'count');
    m.add('office database size', databaseBytes(office), 'bytes');
    m.add('总览 office.branches with every light, after the imports', first.ms, 'ms');
    m.add('  branches left without lights', first.value.stale, 'count');
    for (const day of NEW_DAYS) {
      clock.advance(Math.round((Date.parse(day) - Date.parse(clock.today())) / DAY_MS) * DAY_MS);
      const view = await timeOnce(() => call(ctx, 'office.branches', {}));
      m.add(`总览 office.branches, first view of ${day} (no new bundle)`, view.ms, 'ms');
      m.add('  branches left without lights', view.value.stale, 'count');
    }
    clock.advance(Math.round((Date.parse(BENCH_TODAY) - Date.parse(clock.today())) / DAY_MS) * DAY_MS);
    const refresh = await timeOnce(() => call(ctx, 'office.refresh', { limit: 20 }));
    m.add('总览 office.refresh: nothing left to compute', refresh.ms, 'ms');
    rss.sample();

    // 统计 as of a past day: every branch's rules run on that day from the history kept of it
    // (read through a lens only for a branch whose history an older version did not keep).
    const pastInput = { asOf: BENCH_PAST, year: BENCH_YEAR, branches: null };
    const past = await timeOnce(() => call(ctx, 'office.statuses', pastInput));
    // The first on the serving thread alone (the maintenance thread is not up: it is started after
    // it); the second past day with half the branches on that thread (docs/decisions.md).
    m.add(`统计 office.statuses as of ${BENCH_PAST}, first time`, past.ms, 'ms', 'serving thread alone');
    const pastAgain = await timeMedian(opts.repeat, () => call(ctx, 'office.statuses', pastInput));
    m.add(`统计 office.statuses as of ${BENCH_PAST}, again`, pastAgain.ms, 'ms', spread(pastAgain));
    // As the clerk picks another date, the thread started after the first has come up.
    await threadUp();
    const otherInput = { asOf: BENCH_PAST_OTHER, year: BENCH_YEAR, branches: null };
    const other = await timeOnce(() => call(ctx, 'office.statuses', otherInput));
    m.add(
      `统计 office.statuses as of ${BENCH_PAST_OTHER}, first time`,
      other.ms,
      'ms',
      'half on the maintenance thread',
    );
    rss.sample();

    const code = first.value.rows[0]?.code ?? '';
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
