import { join } from 'node:path';
import type { LedgerId } from '../../electron/api/ledgers.js';
import { call } from '../demo/contract.js';
import { Metrics, spread, timeMedian, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { BENCH_YEAR, databaseBytes, demoBranch, enrol, exportTo, importFrom, newOffice } from './setup.js';

/**
 * Scenario 1: one large village branch (demo data with three years of meetings, dues and
 * development) — the screens a secretary opens most, two printed ledgers, and its first
 * bundle to the office.
 */
export async function largeBranch(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const members = opts.largeMembers;
  const { inst, buildMs } = await demoBranch(join(dir, 'large.sqlite'), 1, members);
  rss.sample();
  const office = await newOffice(join(dir, 'large-office.sqlite'));
  try {
    const ctx = inst.ctx;
    m.add('demo build (setup, not a target)', buildMs / 1000, 's');
    m.add('branch database size', databaseBytes(inst), 'bytes');

    const reads: [string, () => Promise<unknown>][] = [
      ['members.list current', () => call(ctx, 'members.list', { scope: 'current' })],
      ['members.list all', () => call(ctx, 'members.list', { scope: 'all' })],
      ['home.reminders', () => call(ctx, 'home.reminders', {})],
      [`dues.year ${BENCH_YEAR}`, () => call(ctx, 'dues.year', { year: BENCH_YEAR })],
      [`compliance.year ${BENCH_YEAR}`, () => call(ctx, 'compliance.year', { year: BENCH_YEAR })],
    ];
    for (const [name, fn] of reads) {
      const t = await timeMedian(opts.repeat, fn);
      m.add(name, t.ms, 'ms', spread(t));
      rss.sample();
    }

    const ledgers: LedgerId[] = ['roster', 'dues', 'meetings'];
    for (const ledger of ledgers) {
      const t = await timeMedian(opts.repeat, () => call(ctx, 'ledger.render', { ledger, year: BENCH_YEAR }));
      m.add(`ledger.render ${ledger}`, t.ms, 'ms', spread(t));
      m.add(`ledger.render ${ledger} HTML size`, Buffer.byteLength(t.value.html), 'bytes');
      rss.sample();
    }

    await enrol(office.ctx, ctx);
    const first = await exportTo(ctx, dir);
    rss.sample();
    m.add('exchange.export first (full) bundle', first.ms, 'ms', '1 run');
    m.add('first bundle size', first.bytes, 'bytes');
    m.add('first bundle rows', first.rows, 'rows');
    m.add('office exchange.import of it', await importFrom(office.ctx, first.path), 'ms', '1 run');
    rss.sample();
    return { scenario: 'large branch', params: { members }, metrics: m.list };
  } finally {
    await office.close();
    await inst.close();
  }
}
