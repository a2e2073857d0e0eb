import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpName, Output, Input } from '../api/index.js';
import type { ServiceContext } from '../services/context.js';
import { dispatch } from '../services/dispatch.js';
import { openInstallation, type Installation, type InstallationOptions } from '../services/installation.js';
import { CliError } from './errors.js';

/** The folder holding package.json: the nearest one above this file, from source or from the built CLI. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the CLI');
    dir = up;
  }
  return `${dir}${sep}`;
}

export const PACKAGE_ROOT = packageRoot();

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
  return pkg.version;
}

/** Opens an existing database; the CLI never creates one by accident except through `init`. */
export async function openExisting(path: string, options: InstallationOptions = {}): Promise<Installation> {
  if (!existsSync(path)) throw new CliError(`数据文件不存在：${path}（新建请用 zhibu init）`);
  return openInstallation(path, { version: appVersion(), ...options });
}

/** Runs one contract operation exactly as the app would, turning a refusal into a CliError. */
export async function run<K extends OpName>(ctx: ServiceContext, name: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatch(ctx, name, input, debugLog);
  if (!result.ok) {
    const field = result.error.field ? `（${result.error.field}）` : '';
    throw new CliError(`${result.error.message}${field}`);
  }
  return result.value as Output<K>;
}

/** Internal errors stay out of the one-line report unless ZHIBU_DEBUG is set. */
function debugLog(op: string, err: unknown): void {
  if (process.env.ZHIBU_DEBUG) console.error(`[zhibu] ${op}:`, err);
}
