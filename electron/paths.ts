import { join as nativeJoin, posix, win32 } from 'node:path';

/**
 * Where the data lives. The desktop app and browser mode (`zhibu serve`) must open the SAME
 * file, so both derive it here instead of asking Electron: the result equals what Electron's
 * `app.getPath('userData')` would be for this product name, and main.ts pins userData to it.
 * Pure (platform, environment and home folder are parameters) so every platform is tested here.
 */

/** package.json `productName`; Electron names the userData folder after it. */
export const PRODUCT_NAME = '支部台账';
export const DATABASE_FILE = 'zhibu.sqlite';

/** Where scripts/prepare-electron-sqlite.mjs puts better-sqlite3 built for Electron (dev only). */
export const ELECTRON_NATIVE_DIR = '.electron-native';
export const ELECTRON_NATIVE_BINDING = 'better_sqlite3.node';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Electron's appData folder (Chromium's rules: an empty variable counts as unset). */
function appDataDir(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  if (platform === 'win32') return env.APPDATA || win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || posix.join(homedir, '.config');
}

/** Paths of the target platform, whatever platform runs the code (the tests cover all three). */
function pathsOf(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

export function defaultDataDir(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  return pathsOf(platform).join(appDataDir(platform, env, homedir), PRODUCT_NAME);
}

export function defaultDatabasePath(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  return pathsOf(platform).join(defaultDataDir(platform, env, homedir), DATABASE_FILE);
}

/**
 * This PC user's machine secret, which wraps the data key (docs/decisions.md, encryption at
 * rest): a folder of its own beside the data folder, so copying the data folder (or its backups)
 * does not carry the means to read it. `ZHIBU_KEY_DIR` moves it (tests, a portable setup).
 */
export const MACHINE_KEY_DIR = `${PRODUCT_NAME}-本机密钥`;

export function defaultMachineKeyDir(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  return env.ZHIBU_KEY_DIR || pathsOf(platform).join(appDataDir(platform, env, homedir), MACHINE_KEY_DIR);
}

/** The Electron-built better-sqlite3 in a source checkout (`appRoot` = the folder of package.json). */
export function devNativeBindingPath(appRoot: string): string {
  return nativeJoin(appRoot, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_BINDING);
}
