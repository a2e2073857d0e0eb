import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

export interface RunningApp {
  /** Opening URL with this run's token. */
  url: string;
  dbPath: string;
  dir: string;
}

/** Starts the real browser-mode host (`zhibu serve`) on a fresh database file for each test. */
async function startApp(): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-'));
  const dbPath = join(dir, 'zhibu.sqlite');
  const child = spawn(process.execPath, ['scripts/zhibu.mjs', 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited (${code}):\n${output}`)));
  });
  return { app: { url, dbPath, dir }, child };
}

export const test = base.extend<{ app: RunningApp }>({
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const { app, child } = await startApp();
    await use(app);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(app.dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
