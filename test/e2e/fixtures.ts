import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';

export interface RunningApp {
  /** Opening URL with this run's token. */
  url: string;
  dbPath: string;
  dir: string;
}

/** A running `zhibu serve` on one database file. */
export interface Host {
  url: string;
  /** Ends the host and removes its folder. */
  stop: () => Promise<void>;
  /** Ends the host and keeps its folder, for another host to serve the same data. */
  end: () => Promise<void>;
}

/** Starts the real browser-mode host on `dbPath` (inside `dir`) and waits for its opening URL. */
export async function serve(dbPath: string, dir: string): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/zhibu.mjs', 'serve', '--db', dbPath, '--port', '0'], {
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
  const end = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const stop = async () => {
    await end();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop, end };
}

/** The first account every e2e installation gets. */
export const ADMIN = { name: '管理员', password: 'e2e-admin-pass' };

/**
 * Opens the app at its token URL: a fresh installation (or one made by the CLI) first asks
 * for its 管理员, so this creates it and leaves the page logged in.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: '首次使用：创建管理员账号' }).waitFor();
  await page.getByLabel('用户名').fill(ADMIN.name);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建并登录' }).click();
  await page.getByRole('heading', { name: '首次使用：创建管理员账号' }).waitFor({ state: 'detached' });
}

export const test = base.extend<{ app: RunningApp }>({
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    // A fresh database file for each test.
    const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-'));
    const dbPath = join(dir, 'zhibu.sqlite');
    const host = await serve(dbPath, dir);
    await use({ url: host.url, dbPath, dir });
    await host.stop();
  },
});

export { expect } from '@playwright/test';
