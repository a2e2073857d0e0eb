import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { systemClock } from '../../db/clock.js';
import { seededRandom, uuidv7Generator } from '../../db/ids.js';
import { buildDemoBranch } from '../../scripts/demo/branch.js';
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

/** `zhibu demo`: a new database holding a realistic, reproducible village branch. */
export async function demoCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'members', 'seed']);
  const db = requireFlag(flags, 'db', '数据文件路径');
  const members = intFlag(optionalFlag(flags, 'members'), 36, '--members 党员人数', 8, 10_000);
  const seed = intFlag(optionalFlag(flags, 'seed'), 1, '--seed', 0, 2 ** 31);
  if (existsSync(db)) throw new CliError(`数据文件已存在：${db}（演示数据只写入新文件）`);
  mkdirSync(dirname(db), { recursive: true });
  const clock = systemClock;
  const inst = await openInstallation(db, {
    version: appVersion(),
    clock,
    ids: uuidv7Generator(() => clock.nowMs(), seededRandom(seed)),
  });
  try {
    const r = await buildDemoBranch(inst.ctx, { members, seed });
    console.log(`已生成演示支部 ${r.name}（${r.members} 名党员）：${db}`);
  } finally {
    await inst.close();
  }
}
