import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { systemClock } from '../../db/clock.js';
import { seededRandom, uuidv7Generator } from '../../db/ids.js';
import { buildDemoCounty } from '../../scripts/demo/county.js';
import { call } from '../../scripts/demo/contract.js';
import { openInstallation } from '../services/installation.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { appVersion } from './context.js';
import { CliError } from './errors.js';

function intFlag(value: string | undefined, fallback: number, label: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${label}应为 ${min}–${max} 之间的整数`);
  return n;
}

/**
 * `zhibu office demo`: a new county office database filled by real branch installations'
 * first bundles (each branch built, enrolled, exported and imported as in the field).
 */
export async function officeDemoCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'branches', 'seed', 'members', 'keep-branches']);
  const db = requireFlag(flags, 'db', '数据文件路径');
  const branches = intFlag(optionalFlag(flags, 'branches'), 12, '--branches 支部数', 1, 4800);
  const seed = intFlag(optionalFlag(flags, 'seed'), 1, '--seed', 0, 200_000);
  const members = intFlag(optionalFlag(flags, 'members'), 40, '--members 每个支部的平均党员人数', 8, 200);
  const keep = optionalFlag(flags, 'keep-branches');
  if (existsSync(db)) throw new CliError(`数据文件已存在：${db}（演示数据只写入新文件）`);
  mkdirSync(dirname(db), { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'zhibu-county-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const clock = systemClock;
  const open = (path: string, s: number) =>
    openInstallation(path, {
      version: appVersion(),
      clock,
      ids: uuidv7Generator(() => clock.nowMs(), seededRandom(s)),
    });
  const office = await open(db, seed);
  try {
    await call(office.ctx, 'org.setup', {
      mode: 'office',
      name: '中共青山县委员会组织部',
      code: 'QS00',
      parentName: '中共某某市委员会',
      orgType: 'organ',
      foundedOn: null,
      termStartedOn: null,
      contactName: '',
      contactPhone: '',
    });
    const built = await buildDemoCounty(office.ctx, {
      branches,
      seed,
      members,
      dir,
      openBranch: open,
      onBranch: (done, name) => {
        if (done % 25 === 0 || done === branches) console.log(`已导入 ${done}/${branches}：${name}`);
      },
    });
    const total = built.reduce((s, b) => s + b.members, 0);
    console.log(`已生成演示县：${built.length} 个支部，共登记 ${total} 名党员：${db}`);
    if (keep) console.log(`各支部自己的数据文件在 ${keep}`);
  } finally {
    await office.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
