import { join } from 'node:path';
import { call } from '../demo/contract.js';
import { median, Metrics, timeOnce, type RssSampler, type ScenarioResult } from './measure.js';
import type { BenchOptions } from './options.js';
import { databaseBytes, demoBranch, enrol, exportTo, importFrom, newOffice, openBench } from './setup.js';

const branchCode = (i: number) => `B${String(i + 1).padStart(3, '0')}`;
const branchSeed = (i: number) => 1000 + i;

/**
 * Scenario 2: a 乡镇党委 with many demo branches. Each branch is built, enrolled and exports
 * its first bundle (setup); then the office imports the whole stack (timed per bundle),
 * replies to one branch, and that branch makes one edit and sends it up (the usual round trip).
 */
export async function countyScale(dir: string, opts: BenchOptions, rss: RssSampler): Promise<ScenarioResult> {
  const m = new Metrics();
  const office = await newOffice(join(dir, 'office.sqlite'));
  try {
    const bundles: { path: string; bytes: number }[] = [];
    let setupMs = 0;
    for (let i = 0; i < opts.branches; i += 1) {
      const path = join(dir, `branch-${branchCode(i)}.sqlite`);
      const t = await timeOnce(async () => {
        const { inst } = await demoBranch(path, branchSeed(i), opts.branchMembers);
        try {
          await enrol(office.ctx, inst.ctx, branchCode(i));
          return await exportTo(inst.ctx, dir);
        } finally {
          await inst.close();
        }
      });
      setupMs += t.ms;
      bundles.push(t.value);
      rss.sample();
    }
    m.add(`build ${opts.branches} demo branches + first bundles (setup)`, setupMs / 1000, 's');
    const totalBytes = bundles.reduce((s, b) => s + b.bytes, 0);
    m.add('first bundle size, mean', totalBytes / bundles.length, 'bytes');
    m.add('first bundles, total', totalBytes, 'bytes');

    const perBundle: number[] = [];
    const all = await timeOnce(async () => {
      for (const b of bundles) {
        perBundle.push(await importFrom(office.ctx, b.path));
        rss.sample();
      }
    });
    m.add(`office imports all ${bundles.length} first bundles`, all.ms, 'ms');
    m.add('import per bundle, median', median(perBundle), 'ms');
    m.add('import per bundle, max', Math.max(...perBundle), 'ms');
    m.add('import of the first bundle', perBundle[0] as number, 'ms', 'empty office');
    m.add('import of the last bundle', perBundle[perBundle.length - 1] as number, 'ms', 'full office');
    m.add('office database size', databaseBytes(office), 'bytes');

    // The office's reply to one branch carries only rows addressed to it (and the directory).
    const reply = await exportTo(office.ctx, dir, branchCode(0));
    rss.sample();
    m.add(`office reply export to ${branchCode(0)}`, reply.ms, 'ms');
    m.add('reply bundle size', reply.bytes, 'bytes');
    m.add('reply bundle rows', reply.rows, 'rows');

    const branch = await openBench(join(dir, `branch-${branchCode(0)}.sqlite`), branchSeed(0));
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
      rss.sample();
    } finally {
      await branch.close();
    }

    return {
      scenario: 'county',
      params: { branches: opts.branches, membersPerBranch: opts.branchMembers },
      metrics: m.list,
      series: { 'import ms per bundle': perBundle, 'first bundle bytes': bundles.map((b) => b.bytes) },
    };
  } finally {
    await office.close();
  }
}
