#!/usr/bin/env node
// The `zhibu` command. It runs the CLI as JavaScript built by esbuild into out/cli/<stamp>/,
// where the stamp is the newest source file's time: after `npm install`, or after any edit,
// the first run builds it (a second or two) and every later run starts at once. Compiling the
// TypeScript on every run (tsx) cost over a second per command.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out', 'cli');
const SOURCES = ['electron', 'db', 'renderer', 'scripts'];

function newestSource() {
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs)$/.test(e.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const d of SOURCES) walk(join(ROOT, d));
  return Math.floor(newest);
}

/** Builds into a private folder, then renames it into place: runs started together never see half a build. */
async function build(dir) {
  const { build: esbuild } = await import('esbuild');
  const tmp = `${dir}.${process.pid}.tmp`;
  await esbuild({
    // The maintenance thread (start-up check, backups): an entry of its own, beside cli.js (offThread/run.ts).
    entryPoints: {
      cli: join(ROOT, 'electron', 'cli.ts'),
      'maintenance-worker': join(ROOT, 'electron', 'services', 'offThread', 'worker.ts'),
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'error',
  });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another run built the same stamp first; theirs is identical.
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const old of readdirSync(OUT))
    if (join(OUT, old) !== dir && !old.endsWith('.tmp')) rmSync(join(OUT, old), { recursive: true, force: true });
}

const dir = join(OUT, String(newestSource()));
if (!existsSync(join(dir, 'cli.js'))) {
  mkdirSync(OUT, { recursive: true });
  await build(dir);
}
// The printed ledgers and reports are React rendered in this process: its development build, which
// react-dom picks when NODE_ENV is unset, took about twice as long per page (issue #12, reports).
process.env.NODE_ENV ??= 'production';
const { main } = await import(pathToFileURL(join(dir, 'cli.js')).href);
process.exitCode = await main(process.argv.slice(2));
