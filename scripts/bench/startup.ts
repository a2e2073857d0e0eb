import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ZHIBU = fileURLToPath(new URL('../zhibu.mjs', import.meta.url));

/** Wall time of `zhibu --help` (built JS; the first run after an edit builds it, so it is run twice). */
export function cliStartMs(): number {
  const run = () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [ZHIBU, '--help'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error('bench: zhibu --help failed');
    return performance.now() - t;
  };
  run();
  return run();
}

/**
 * Wall time from starting `zhibu serve` on `db` until it prints the address to open: opening the
 * database (its start-up checks included) and the host listening. A stand-in page replaces the
 * built UI, which only matters once a browser asks for it.
 */
export function serveStartMs(db: string, dir: string): Promise<number> {
  const page = join(dir, 'serve-static');
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), '<!doctype html><title>bench</title>');
  const t = performance.now();
  const child = spawn(process.execPath, [ZHIBU, 'serve', '--db', db, '--static', page], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('http://')) {
        const ms = performance.now() - t;
        child.kill('SIGINT');
        resolve(ms);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!out.includes('http://')) reject(new Error(`bench: zhibu serve exited with ${code}`));
    });
  });
}
