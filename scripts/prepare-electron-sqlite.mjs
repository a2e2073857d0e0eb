#!/usr/bin/env node
/**
 * Builds better-sqlite3 (SQLite3 Multiple Ciphers, under an npm alias) for Electron into
 * .electron-native/ (run by `npm start`).
 *
 * Tests run better-sqlite3 under this machine's Node, the app under Electron's Node: different
 * ABIs. Rebuilding node_modules/better-sqlite3 in place would break the tests, so a copy is
 * rebuilt in a temporary folder and only its .node file is kept; main.ts hands it to
 * better-sqlite3 as `nativeBinding`. Rebuilt again when Electron, better-sqlite3 or the machine
 * changes (recorded in build-info.json next to it). Packaged apps do not use this.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Same folder and file name as electron/paths.ts (ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_BINDING).
const OUT_DIR = join(ROOT, '.electron-native');
const TARGET = join(OUT_DIR, 'better_sqlite3.node');
const INFO = join(OUT_DIR, 'build-info.json');
const FALLBACK = '可改用 npm run start:web 以浏览器方式运行';

const require = createRequire(join(ROOT, 'package.json'));

function fail(message, cause) {
  console.error(`\n${message}`);
  if (cause) console.error(`原因：${cause instanceof Error ? cause.message : String(cause)}`.split('\n')[0]);
  process.exit(1);
}

function manifestOf(pkg) {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8'));
}

function versionOf(pkg) {
  return manifestOf(pkg).version;
}

/** The package installed under that name (an npm alias installs another one). */
function packageNameOf(pkg) {
  return manifestOf(pkg).name;
}

function sqliteSpec() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies['better-sqlite3'];
}

function electronBinary() {
  try {
    // The electron package exports the path of the binary it downloaded, and throws if it did not.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function sameBuild(wanted) {
  if (!existsSync(TARGET) || !existsSync(INFO)) return false;
  try {
    const built = JSON.parse(readFileSync(INFO, 'utf8'));
    return Object.keys(wanted).every((key) => built[key] === wanted[key]);
  } catch {
    return false;
  }
}

/** A binary this Node can load was built for Node, not Electron (e.g. headers taken from nodedir). */
function loadsInNode(file) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}

async function build(electronVersion) {
  const { rebuild } = await import('@electron/rebuild');
  const work = mkdtempSync(join(tmpdir(), 'zhibu-electron-sqlite-'));
  try {
    const source = join(ROOT, 'node_modules', 'better-sqlite3');
    const copy = join(work, 'node_modules', 'better-sqlite3');
    // Everything but the Node build, so nothing of it can end up in the Electron one.
    cpSync(source, copy, { recursive: true, filter: (src) => relative(source, src).split(sep)[0] !== 'build' });
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({
        name: 'zhibu-electron-sqlite',
        private: true,
        // The same spec as ours: `better-sqlite3` is SQLite3 Multiple Ciphers under an npm alias.
        dependencies: { 'better-sqlite3': sqliteSpec() },
      }),
    );
    // Lets @electron/rebuild fetch a prebuilt binary first, so machines without a C++ compiler work too.
    const prebuild = join(ROOT, 'node_modules', 'prebuild-install');
    if (existsSync(prebuild)) symlinkSync(prebuild, join(work, 'node_modules', 'prebuild-install'), 'junction');

    // npm passes its `nodedir` setting to node-gyp, which would then build against Node's headers.
    for (const key of Object.keys(process.env)) if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];

    await rebuild({
      buildPath: work,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`编译结果缺失：${built}`);
    if (loadsInNode(built)) throw new Error('编译结果是为 Node.js 而不是 Electron 编译的');
    mkdirSync(OUT_DIR, { recursive: true });
    const partial = `${TARGET}.partial`;
    cpSync(built, partial);
    renameSync(partial, TARGET);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const wanted = {
  electron: versionOf('electron'),
  betterSqlite3: versionOf('better-sqlite3'),
  // A build of plain better-sqlite3 of the same version must not pass for the cipher one.
  sqlitePackage: packageNameOf('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
};

if (!electronBinary()) {
  fail(`未找到 Electron 程序文件（安装依赖时没有下载 Electron）。请联网后运行 npm rebuild electron；或${FALLBACK}`);
}

if (!sameBuild(wanted)) {
  console.log(`正在为 Electron ${wanted.electron} 编译 better-sqlite3（只在首次或升级后进行）…`);
  try {
    await build(wanted.electron);
  } catch (err) {
    fail(`无法为 Electron 编译 better-sqlite3（需要网络下载 Electron 头文件或预编译文件）；${FALLBACK}`, err);
  }
  writeFileSync(INFO, `${JSON.stringify(wanted, null, 2)}\n`);
  console.log(`已生成 ${relative(ROOT, TARGET)}`);
}
