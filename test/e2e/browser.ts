import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's chromium (never a Playwright download); ZHIBU_BROWSER overrides. */
export function e2eBrowserPath(): string {
  const named = process.env.ZHIBU_BROWSER;
  if (named) return named;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('e2e tests need Debian chromium: apt-get install -y chromium');
  }
}
