import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fixedClock } from '../../db/clock.js';
import { seededRandom, uuidv7Generator } from '../../db/ids.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { openInstallation, type Installation } from '../../electron/services/installation.js';
import { buildDemoBranch } from '../demo/branch.js';
import { call } from '../demo/contract.js';
import { timeOnce } from './measure.js';

/** Every installation of a run stands at the same moment, so runs compare like with like. */
export const BENCH_TODAY = '2026-11-23';
export const BENCH_YEAR = Number(BENCH_TODAY.slice(0, 4));

/** A real installation on its own SQLite file, with a fixed clock and reproducible ids. */
export function openBench(path: string, seed: number, clock = fixedClock(BENCH_TODAY)): Promise<Installation> {
  return openInstallation(path, {
    clock,
    nodeId: seed.toString(16).padStart(16, '0'),
    ids: uuidv7Generator(() => clock.nowMs(), seededRandom(seed)),
  });
}

/** A demo village branch (scripts/demo) in a new file; returns it open, with the build time. */
export async function demoBranch(path: string, seed: number, members: number) {
  const inst = await openBench(path, seed);
  const { ms } = await timeOnce(() => buildDemoBranch(inst.ctx, { members, seed }));
  return { inst, buildMs: ms };
}

export const OFFICE_SEED = 0xc0ffee;

/** The 乡镇党委 every branch of a run reports to. */
export async function newOffice(path: string, clock = fixedClock(BENCH_TODAY)): Promise<Installation> {
  const inst = await openBench(path, OFFICE_SEED, clock);
  await call(inst.ctx, 'org.setup', {
    mode: 'office',
    name: '中共城关镇委员会',
    code: 'CG01',
    parentName: '中共某某县委员会',
    orgType: 'organ',
    foundedOn: null,
    termStartedOn: null,
    contactName: '',
    contactPhone: '',
  });
  return inst;
}

/** Gives the branch its county code, then enrols it at the office (.zbenrol file, imported). */
export async function enrol(office: ServiceContext, branch: ServiceContext, code?: string): Promise<string> {
  let org = await call(branch, 'org.get', {});
  if (!org) throw new Error('bench: branch not set up');
  if (code && code !== org.code) org = await call(branch, 'org.update', { ...org, code });
  const file = await call(office, 'exchange.enrolBranch', { code: org.code, name: org.name });
  await call(branch, 'exchange.importEnrolment', file);
  return org.code;
}

export interface Exported {
  path: string;
  bytes: number;
  rows: number;
  ms: number;
}

/** Exports a bundle through the contract and writes it to `dir`, as onto a USB stick. */
export async function exportTo(ctx: ServiceContext, dir: string, peer?: string): Promise<Exported> {
  const { ms, value } = await timeOnce(() => call(ctx, 'exchange.export', peer ? { peer } : {}));
  const bytes = Buffer.from(value.base64, 'base64');
  const path = join(dir, value.fileName);
  writeFileSync(path, bytes);
  return { path, bytes: bytes.length, rows: value.rows, ms };
}

/** Imports one bundle file through the contract; a refused bundle stops the run. */
export async function importFrom(ctx: ServiceContext, path: string): Promise<number> {
  const files = [{ fileName: basename(path), base64: readFileSync(path).toString('base64') }];
  const { ms, value } = await timeOnce(() => call(ctx, 'exchange.import', { files }));
  const [line] = value;
  if (!line?.ok) throw new Error(`bench: import refused: ${line?.message ?? 'no report'}`);
  return ms;
}

/** Imports several bundle files in one 导入 through the contract; any refused file stops the run. Returns the time. */
export async function importAll(ctx: ServiceContext, paths: readonly string[]): Promise<number> {
  const files = paths.map((p) => ({ fileName: basename(p), base64: readFileSync(p).toString('base64') }));
  const { ms, value: lines } = await timeOnce(() => call(ctx, 'exchange.import', { files }));
  const refused = lines.find((l) => !l.ok);
  if (refused || lines.length !== paths.length)
    throw new Error(`bench: import refused: ${refused?.message ?? 'no report'}`);
  return ms;
}

/**
 * What the 总览 does after a county's stack of bundles (an import lights only a few senders
 * itself): lights every unlit branch, twenty per office.refresh. Returns the number of calls.
 */
export async function lightEveryBranch(ctx: ServiceContext): Promise<number> {
  let calls = 1;
  while ((await call(ctx, 'office.refresh', { limit: 20 })).remaining > 0) calls += 1;
  return calls;
}

/** The database file's size with the write-ahead log folded in. */
export function databaseBytes(inst: Installation): number {
  inst.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(inst.database.path).size;
}
