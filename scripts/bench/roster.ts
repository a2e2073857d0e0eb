import { join } from 'node:path';
import { call } from '../demo/contract.js';
import { MAX_MEMBERS_WITH_MEETINGS } from '../demo/branch.js';
import { Metrics, spread, timeMedian, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { databaseBytes, demoBranch } from './setup.js';

/**
 * Scenario 3: a very large roster (a big 机关 or 企业 委员会). Above
 * MAX_MEMBERS_WITH_MEETINGS the demo builds the roster and its history only.
 */
export async function bigRoster(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const members = opts.rosterMembers;
  const { inst, buildMs } = await demoBranch(join(dir, 'roster.sqlite'), 7, members);
  try {
    const ctx = inst.ctx;
    rss.sample();
    m.add(
      'demo build (setup, not a target)',
      buildMs / 1000,
      's',
      members > MAX_MEMBERS_WITH_MEETINGS ? 'roster only' : '',
    );
    m.add('branch database size', databaseBytes(inst), 'bytes');
    const list = await timeMedian(opts.repeat, () => call(ctx, 'members.list', { scope: 'current' }));
    m.add('members.list current', list.ms, 'ms', spread(list));
    m.add('members listed', list.value.length, 'rows');
    const home = await timeMedian(opts.repeat, () => call(ctx, 'home.reminders', {}));
    m.add('home.reminders', home.ms, 'ms', spread(home));
    const roster = await timeMedian(opts.repeat, () => call(ctx, 'ledger.render', { ledger: 'roster' }));
    m.add('ledger.render roster', roster.ms, 'ms', spread(roster));
    m.add('ledger.render roster HTML size', Buffer.byteLength(roster.value.html), 'bytes');
    rss.sample();
    const xlsx = await timeMedian(opts.repeat, () => call(ctx, 'members.export', { scope: 'current' }));
    m.add('members.export (xlsx)', xlsx.ms, 'ms', spread(xlsx));
    m.add('roster xlsx size', Buffer.from(xlsx.value.base64, 'base64').length, 'bytes');
    rss.sample();
    return { scenario: 'big roster', params: { members }, metrics: m.list };
  } finally {
    await inst.close();
  }
}
