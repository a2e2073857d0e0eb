import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { keyFileFor } from '../../electron/services/cipher/keyFile.js';
import { backupDirFor } from '../../db/backupFile.js';
import { buildDemoBranch } from '../demo/branch.js';
import type { BenchOptions } from './options.js';
import type { RssSampler } from './measure.js';
import { databaseBytes, enrol, exportTo, newOffice, openBench } from './setup.js';

export const branchCode = (i: number) => `B${String(i + 1).padStart(3, '0')}`;
export const branchSeed = (i: number) => 1000 + i;

/** Child processes building demo branches at once; a small county is built in this process. */
const WORKERS = 3;
const MIN_BRANCHES_FOR_WORKERS = 12;

interface Job {
  path: string;
  seed: number;
  members: number;
}

function runWorker(jobs: Job[], onBuilt: () => void): Promise<void> {
  const script = fileURLToPath(new URL('./demoWorker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(jobs)], { execArgv: process.execArgv, stdio: 'inherit' });
    child.on('message', onBuilt);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench: demo worker exited with ${code}`))));
  });
}

/**
 * Builds every branch's demo data, each on its own file: in WORKERS child processes for a large
 * county (a branch takes seconds, and building 500 one after another took most of an hour).
 */
async function buildBranches(jobs: Job[], rss: RssSampler): Promise<void> {
  if (jobs.length < MIN_BRANCHES_FOR_WORKERS) {
    for (const job of jobs) {
      const inst = await openBench(job.path, job.seed);
      try {
        await buildDemoBranch(inst.ctx, { members: job.members, seed: job.seed });
      } finally {
        await inst.close();
      }
      rss.sample();
    }
    return;
  }
  const shares = Array.from({ length: WORKERS }, (_, w) => jobs.filter((_, i) => i % WORKERS === w));
  await Promise.all(shares.map((share) => runWorker(share, () => rss.sample())));
}

/** A county ready to import: the office with every branch enrolled, and each branch's first bundle. */
export interface BuiltCounty {
  /** The office file before any import (copied, never opened in place). */
  officeTemplate: string;
  bundles: { path: string; bytes: number }[];
  /** The first branch's own file, for the round trip. */
  firstBranch: string;
  /** Seconds spent building; 0 when the county came from the cache. */
  buildSeconds: number;
}

interface Manifest {
  bundles: string[];
  buildSeconds: number;
}

/**
 * Builds the county through real installations: each demo branch on its own file, enrolled at
 * the office, exporting its first bundle. With `cache`, the result is kept there and reused by
 * later runs of the same size (building 500 branches takes most of an hour on a small PC).
 */
export async function buildCounty(dir: string, opts: BenchOptions, rss: RssSampler): Promise<BuiltCounty> {
  const home = opts.cache ? join(opts.cache, `county-${opts.branches}x${opts.branchMembers}`) : join(dir, 'built');
  const manifestPath = join(home, 'manifest.json');
  const officeTemplate = join(home, 'office-template.sqlite');
  const firstBranch = join(home, `branch-${branchCode(0)}.sqlite`);
  if (opts.cache && existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const bundles = m.bundles.map((f) => ({ path: join(home, f), bytes: readFileSync(join(home, f)).length }));
    return { officeTemplate, bundles, firstBranch, buildSeconds: 0 };
  }
  mkdirSync(home, { recursive: true });
  const started = performance.now();
  const paths = Array.from({ length: opts.branches }, (_, i) => join(home, `branch-${branchCode(i)}.sqlite`));
  await buildBranches(
    paths.map((path, i) => ({ path, seed: branchSeed(i), members: opts.branchMembers })),
    rss,
  );
  // Enrolment and the first bundle go through the office one branch at a time, as at a real office.
  const office = await newOffice(officeTemplate);
  const bundles: { path: string; bytes: number }[] = [];
  try {
    for (const [i, path] of paths.entries()) {
      const inst = await openBench(path, branchSeed(i));
      try {
        await enrol(office.ctx, inst.ctx, branchCode(i));
        bundles.push(await exportTo(inst.ctx, home));
      } finally {
        await inst.close();
      }
      // Only the first branch takes part in the round trip; the others' bundles are what counts.
      if (i > 0) {
        rmSync(path);
        rmSync(keyFileFor(path), { force: true });
      }
      rss.sample();
    }
    databaseBytes(office);
  } finally {
    await office.close();
  }
  // Each branch backed up before importing its enrolment: 500 copies (2.6 GB) nobody will restore.
  rmSync(backupDirFor(officeTemplate), { recursive: true, force: true });
  const buildSeconds = (performance.now() - started) / 1000;
  const manifest: Manifest = { bundles: bundles.map((b) => basename(b.path)), buildSeconds };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { officeTemplate, bundles, firstBranch, buildSeconds };
}

/** A working copy of a database file and its key file (the template stays untouched for the next run). */
export function copyDatabase(from: string, to: string): string {
  copyFileSync(from, to);
  if (existsSync(keyFileFor(from))) copyFileSync(keyFileFor(from), keyFileFor(to));
  return to;
}
