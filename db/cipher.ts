import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseOpenError } from './errors.js';

/**
 * The data key of one installation: 32 random bytes, given to SQLite3 Multiple Ciphers as a raw
 * key (`x'…'`), so no password KDF runs on every open (the office opens a lens connection often).
 */
export type DataKey = Buffer;

/**
 * ChaCha20-Poly1305, sqlite3mc's default, named explicitly so a future default cannot change how
 * existing files are read: every page is authenticated, and it is fast in software on the old
 * PCs without AES instructions that branches run on.
 */
export const CIPHER = 'chacha20';

export const KEY_BYTES = 32;

/** The key as a Buffer again: it crossed a thread (a maintenance job) as a plain Uint8Array. */
export function keyFromThread(key: Uint8Array | null): DataKey | null {
  return key ? Buffer.from(key) : null;
}

export const UNREADABLE_MESSAGE = '数据文件无法解密：密钥不对或密钥文件丢失，或者它不是支部台账的数据文件';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** True for an existing, non-empty file that does not start as a plain SQLite file does. */
export function looksEncrypted(path: string): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return head.subarray(0, n).toString('latin1') !== SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Keys a fresh connection; must run before anything reads the file. Plain SQLite ignores an
 * unknown pragma, so a better-sqlite3 build without the cipher (a stale Electron build, say)
 * would silently write plain pages: only sqlite3mc answers `ok`, and anything else is refused.
 */
export function applyKey(sqlite: BetterSqlite3.Database, key: DataKey): void {
  if (key.length !== KEY_BYTES) throw new Error('data key must be 32 bytes');
  sqlite.pragma(`cipher = '${CIPHER}'`);
  const answer = sqlite.pragma(`key = "x'${key.toString('hex')}'"`) as { ok?: string }[];
  if (answer[0]?.ok !== 'ok')
    throw new Error(
      '程序所带的 SQLite 不支持加密（better-sqlite3 应为 SQLite3 Multiple Ciphers 版本），数据文件未打开',
    );
}

/** The same statement for a file that is still plain: encrypts it in place (rollback journal only). */
export function applyRekey(sqlite: BetterSqlite3.Database, key: DataKey): void {
  sqlite.pragma(`cipher = '${CIPHER}'`);
  sqlite.pragma(`rekey = "x'${key.toString('hex')}'"`);
}

/**
 * Names the SQLite addon for connections whose caller names none. Electron started from the
 * sources (npm start) must load an addon built for Electron; main.ts sets this once, so every
 * connection loads it: backups, restores, and the maintenance thread (a worker starts with a copy
 * of the environment). Packaged apps leave it unset: electron-builder rebuilt the default in place.
 */
export const BINDING_ENV = 'ZHIBU_SQLITE_BINDING';

/** The addon option for a new connection: the one named, else the process's (BINDING_ENV), else the default. */
export function bindingOption(named?: string): { nativeBinding?: string } {
  const path = named ?? process.env[BINDING_ENV];
  return path ? { nativeBinding: path } : {};
}

export interface KeyedOpenOptions {
  key: DataKey | null;
  readonly?: boolean;
  fileMustExist?: boolean;
  nativeBinding?: string;
}

/**
 * Opens a connection keyed before its first read, and reads once: a wrong key fails here with a
 * Chinese error, never later as an empty-looking database. Without a key, an encrypted file fails
 * as any non-database does (the caller words it).
 */
export function openKeyed(path: string, options: KeyedOpenOptions): BetterSqlite3.Database {
  const sqlite = new Database(path, {
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.fileMustExist ? { fileMustExist: true } : {}),
    ...bindingOption(options.nativeBinding),
  });
  try {
    if (options.key) applyKey(sqlite, options.key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (err) {
    sqlite.close();
    if (options.key && (err as { code?: unknown }).code === 'SQLITE_NOTADB')
      throw new DatabaseOpenError('DB_UNREADABLE', `${UNREADABLE_MESSAGE}：${path}`);
    throw err;
  }
}
