import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ServiceContext } from '../../electron/services/context.js';
import type { Installation } from '../../electron/services/installation.js';
import { buildDemoBranch } from './branch.js';
import { call } from './contract.js';
import { Rng } from './random.js';

// prettier-ignore
const HEADS = ['东', '西', '南', '北', '前', '后', '上', '下', '大', '小', '新', '老', '高', '李', '王', '张', '刘', '陈',
  '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何'];
// prettier-ignore
const TAILS = ['庄', '营', '店', '集', '寨', '湾', '河', '桥', '坡', '岭', '沟', '屯', '堡', '楼', '园', '塘', '铺', '坊',
  '岗', '埠'];
const TOWNS = ['城关', '柳河', '白沙', '青山', '石桥', '桃源', '双河', '黄庄'];

/** The county's branch names: every one distinct, in an order that depends on the seed. */
export function countyBranchNames(count: number, seed: number): { name: string; code: string }[] {
  const all: string[] = [];
  for (const town of TOWNS) for (const h of HEADS) for (const t of TAILS) all.push(`中共${town}镇${h}${t}村支部委员会`);
  if (count > all.length) throw new Error(`演示县最多 ${all.length} 个支部`);
  const rng = new Rng(seed);
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all.slice(0, count).map((name, i) => ({ name, code: `ZB${String(i + 1).padStart(4, '0')}` }));
}

export interface CountyDemoOptions {
  branches: number;
  seed: number;
  /** Mean members per branch; each branch gets between half and one and a half times it. */
  members: number;
  /** Where each branch's own database and first bundle are written. */
  dir: string;
  /** Opens a new branch installation on its own file (same clock as the office). */
  openBranch: (path: string, seed: number) => Promise<Installation>;
  /** Called after each branch, for progress output. */
  onBranch?: (done: number, name: string) => void;
}

export interface DemoCountyBranch {
  code: string;
  name: string;
  path: string;
  members: number;
}

/**
 * Builds a county the way a real one comes about: each branch is its own installation (a demo
 * village branch renamed to a distinct name and code), enrolled by the office, and its first
 * bundle is exported to a file and imported by the office, all through the contract.
 */
export async function buildDemoCounty(office: ServiceContext, opts: CountyDemoOptions): Promise<DemoCountyBranch[]> {
  const rng = new Rng(opts.seed ^ 0x5eed);
  const out: DemoCountyBranch[] = [];
  for (const [i, { name, code }] of countyBranchNames(opts.branches, opts.seed).entries()) {
    const path = join(opts.dir, `${code}.sqlite`);
    const branchSeed = opts.seed * 10_000 + i + 1;
    const members = rng.int(Math.max(8, Math.round(opts.members / 2)), Math.round((opts.members * 3) / 2));
    const inst = await opts.openBranch(path, branchSeed);
    try {
      await buildDemoBranch(inst.ctx, { members, seed: branchSeed });
      const org = await call(inst.ctx, 'org.get', {});
      if (!org) throw new Error('demo: branch not set up');
      await call(inst.ctx, 'org.update', { ...org, name, code });
      const enrolment = await call(office, 'exchange.enrolBranch', { code, name: name.replace(/^中共/, '') });
      await call(inst.ctx, 'exchange.importEnrolment', enrolment);
      const bundle = await call(inst.ctx, 'exchange.export', {});
      const file = join(opts.dir, bundle.fileName);
      writeFileSync(file, Buffer.from(bundle.base64, 'base64'));
      const [line] = await call(office, 'exchange.import', {
        files: [{ fileName: basename(file), base64: readFileSync(file).toString('base64') }],
      });
      if (!line?.ok) throw new Error(`demo: import refused: ${line?.message ?? ''}`);
      out.push({ code, name, path, members });
    } finally {
      await inst.close();
    }
    opts.onBranch?.(i + 1, name);
  }
  return out;
}
