import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call } from '../demo/contract.js';
import { branchCode, branchSeed, buildCounty, copyDatabase } from './countyBuild.js';
import { Metrics, timeOnce, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { exportTo, importAll, importFrom, lightEveryBranch, OFFICE_SEED, openBench } from './setup.js';
import { cliStartMs, hostPeakRssBytes, serveStartMs } from './startup.js';
import { bytesWritten, rawReference, storageSplit } from './storage.js';

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Files per 导入 of the county's first bundles. */
const IMPORT_CALL = 50;

/**
 * Scenario 2: a 乡镇/县党委 with many demo branches. Each branch is built, enrolled and exports
 * its first bundle (setup, optionally cached); then the office imports the whole stack (timed
 * per bundle) and the same rows go into a new file with plain prepared statements (the raw
 * reference); the office replies to one branch and to all (全部导出), and that branch makes one
 * edit and sends it up (the usual round trip).
 */
export async function countyScale(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const county = await buildCounty(dir, opts, rss);
  const { bundles } = county;
  m.add(
    `build ${opts.branches} demo branches + first bundles (setup)`,
    county.buildSeconds,
    's',
    county.buildSeconds === 0 ? `cached in ${opts.cache ?? ''}` : undefined,
  );
  const totalBytes = bundles.reduce((s, b) => s + b.bytes, 0);
  m.add('first bundle size, mean', totalBytes / bundles.length, 'bytes');
  m.add('first bundles, total', totalBytes, 'bytes');

  const office = await openBench(copyDatabase(county.officeTemplate, join(dir, 'office.sqlite')), OFFICE_SEED);
  try {
    // A clerk selects a stick's files and imports them in one 导入: fifty at a time here, so the
    // cost per bundle can be followed as the office fills. Each call's time is shared by its files.
    const perBundle: number[] = [];
    // CPU time as well: on a shared machine the wall time mostly says what else ran.
    const cpuPerBundle: number[] = [];
    const written = bytesWritten();
    const cpu = process.cpuUsage();
    const all = await timeOnce(async () => {
      for (let i = 0; i < bundles.length; i += IMPORT_CALL) {
        const paths = bundles.slice(i, i + IMPORT_CALL).map((b) => b.path);
        const before = process.cpuUsage();
        const ms = await importAll(office.ctx, paths);
        const spent = process.cpuUsage(before);
        perBundle.push(...paths.map(() => ms / paths.length));
        cpuPerBundle.push(...paths.map(() => (spent.user + spent.system) / 1000 / paths.length));
        rss.sample();
      }
    });
    const used = process.cpuUsage(cpu);
    m.add('office imports all first bundles', all.ms, 'ms', `${bundles.length} bundles, ${IMPORT_CALL} per 导入`);
    m.add('  CPU time of this process during it', (used.user + used.system) / 1000, 'ms', 'wall minus this is waiting');
    m.add('import per bundle in the first 导入', perBundle[0] as number, 'ms', 'empty office');
    m.add('import per bundle in the last 导入', perBundle[perBundle.length - 1] as number, 'ms', 'full office');
    const lit = await timeOnce(() => lightEveryBranch(office.ctx));
    m.add('then the 总览 lights every branch', lit.ms, 'ms', `${lit.value} batches of office.refresh`);
    // Growth: the mean bundle while the office fills its first quarter (1×), up to half (2×), up to full (4×).
    const q = Math.max(1, Math.floor(bundles.length / 4));
    const h = Math.max(q, Math.floor(bundles.length / 2));
    const g1 = mean(perBundle.slice(0, q));
    const g4 = mean(perBundle.slice(h));
    m.add('import per bundle, mean at 1× (first quarter)', g1, 'ms');
    m.add('import per bundle, mean at 2× (second quarter)', mean(perBundle.slice(q, h)), 'ms');
    m.add('import per bundle, mean at 4× (second half)', g4, 'ms');
    m.add('  growth 4× ÷ 1×', (g4 / g1) * 100, 'percent', 'flat is 100 %');
    const c1 = mean(cpuPerBundle.slice(0, q));
    const c4 = mean(cpuPerBundle.slice(h));
    m.add('import CPU per bundle, mean at 1× (first quarter)', c1, 'ms');
    m.add('import CPU per bundle, mean at 4× (second half)', c4, 'ms');
    m.add('  growth 4× ÷ 1× by CPU time', (c4 / c1) * 100, 'percent', 'steadier on a shared machine');
    m.add('storage written during the import', bytesWritten() - written, 'bytes', '/proc/self/io write_bytes');

    const split = storageSplit(office.database.sqlite);
    m.add('office database size', split.data + split.bookkeeping, 'bytes');
    m.add('  of it records (tables and their indexes)', split.data, 'bytes');
    m.add('  of it sync bookkeeping (change_log, sync_*)', split.bookkeeping, 'bytes');

    const raw = await rawReference(office.database.sqlite, join(dir, 'raw.sqlite'));
    m.add('raw reference: same rows, prepared statements, one transaction', raw.ms, 'ms', `${raw.rows} rows`);
    m.add('  import speed as a share of raw', (raw.ms / all.ms) * 100, 'percent', 'wall time');
    m.add(
      '  the same by CPU time of this process',
      (raw.cpuMs / ((used.user + used.system) / 1000)) * 100,
      'percent',
      'steadier on a shared machine',
    );
    m.add('  records without bookkeeping (raw file)', raw.bytes, 'bytes');
    m.add(
      '  office file ÷ records without bookkeeping',
      ((split.data + split.bookkeeping) / raw.bytes) * 100,
      'percent',
    );
    rss.sample();

    // The office's reply to one branch carries only rows addressed to it (and the directory).
    const reply = await exportTo(office.ctx, dir, branchCode(0));
    rss.sample();
    m.add(`office reply export to ${branchCode(0)}`, reply.ms, 'ms');
    m.add('reply bundle size', reply.bytes, 'bytes');
    m.add('reply bundle rows', reply.rows, 'rows');

    const everyone = performance.now();
    for (let i = 1; i < bundles.length; i += 1) {
      await exportTo(office.ctx, dir, branchCode(i));
      rss.sample();
    }
    m.add(
      '全部导出: reply to every branch',
      performance.now() - everyone + reply.ms,
      'ms',
      `${bundles.length} bundles`,
    );

    const branch = await openBench(copyDatabase(county.firstBranch, join(dir, 'branch-first.sqlite')), branchSeed(0));
    try {
      m.add('branch imports the reply', await importFrom(branch.ctx, reply.path), 'ms');
      rss.sample();
      const [someone] = await call(branch.ctx, 'members.list', { scope: 'current' });
      if (!someone) throw new Error('bench: the branch has no members');
      const member = await call(branch.ctx, 'members.get', { id: someone.id });
      await call(branch.ctx, 'members.update', { ...member.input, id: member.id, remarks: '基准测试修改' });
      const next = await exportTo(branch.ctx, dir);
      m.add('branch incremental export after one edit', next.ms, 'ms');
      m.add('incremental bundle size', next.bytes, 'bytes');
      m.add('incremental bundle rows', next.rows, 'rows');
      m.add('office imports the incremental bundle', await importFrom(office.ctx, next.path), 'ms');
      const up = await exportTo(office.ctx, dir, branchCode(0));
      m.add('office incremental export to the branch after it', up.ms, 'ms');
      rss.sample();
    } finally {
      await branch.close();
    }

    m.add('zhibu CLI start (--help)', cliStartMs(), 'ms');
    m.add('zhibu serve start with this office open', await serveStartMs(office.database.path, dir), 'ms');
    m.add(
      'zhibu serve host peak RSS, office open and a roster listed',
      await hostPeakRssBytes(office.database.path, dir, branchCode(0)),
      'bytes',
      'VmHWM of the host process',
    );
    rss.sample();

    return {
      scenario: 'county',
      params: { branches: opts.branches, membersPerBranch: opts.branchMembers },
      metrics: m.list,
      series: {
        'import ms per bundle': perBundle,
        'import CPU ms per bundle': cpuPerBundle,
        'first bundle bytes': bundles.map((b) => b.bytes),
      },
    };
  } finally {
    await office.close();
  }
}
