import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { applyRekey, openKeyed, type DataKey } from './cipher.js';

/**
 * One copy of the database in its backup set. The kind says why it was made; it is part of
 * the file name, so the set can be listed (and rotated) from the folder alone, without a
 * catalogue that could disagree with the files.
 */
export const BACKUP_KINDS = ['start', 'daily', 'import', 'migrate', 'restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Beside the data file, so a `--db` elsewhere keeps its own set. */
export function backupDirFor(databasePath: string): string {
  return join(dirname(databasePath), '备份');
}

/** The data file's name without `.sqlite`: several databases may share one folder. */
export function backupStem(databasePath: string): string {
  const name = basename(databasePath);
  return extname(name) ? name.slice(0, -extname(name).length) : name;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `20261206-231500` in UTC: names sort by time and never depend on the machine's time zone. */
export function stampOf(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

export function backupFileName(stem: string, ms: number, kind: BackupKind, serial = 0): string {
  return `${stem}-${stampOf(ms)}${serial > 0 ? `.${serial}` : ''}-${kind}.sqlite`;
}

export interface ParsedBackupName {
  stem: string;
  createdMs: number;
  kind: BackupKind;
}

const NAME = /^(.+)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:\.\d+)?-([a-z]+)\.sqlite$/;

/** Null for anything that is not a finished backup (temporary files start with a dot). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = m[8] as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number) as [number, number, number, number, number, number];
  return { stem: m[1] as string, createdMs: Date.UTC(y, mo - 1, d, h, mi, s), kind };
}

/**
 * SQLite's page check on a file, read with the installation's key: the empty list when it is
 * sound and a database at all (a copy encrypted with another key is neither).
 */
export function checkFile(path: string, key: DataKey | null): string[] {
  let copy: BetterSqlite3.Database;
  try {
    copy = openKeyed(path, { key, readonly: true, fileMustExist: true });
  } catch (err) {
    return [(err as Error).message];
  }
  try {
    const rows = copy.pragma('integrity_check(20)') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((l) => l !== 'ok');
  } catch (err) {
    return [(err as Error).message];
  } finally {
    copy.close();
  }
}

export class BackupVerifyError extends Error {}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable: without it a power cut may forget the new name (not possible on Windows). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A name beside the final one that no listing takes for a backup. */
export function partialNameFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${randomBytes(4).toString('hex')}.part`);
}

/**
 * Turns a fresh copy at `partial` into the backup `finalPath`: rollback journal (a lone file,
 * no -wal beside it), owner-only, checked page by page, on disk, and only then renamed. A crash
 * at any point leaves at most a `.part` file, never a half file under a backup's name; a copy
 * that fails the check is deleted and refused.
 * `prepare` runs on the copy before the check (the USB copy drops the keys there).
 */
export function finishCopy(
  partial: string,
  finalPath: string,
  key: DataKey | null,
  prepare?: (copy: BetterSqlite3.Database) => void,
): void {
  try {
    chmodSync(partial, 0o600);
    try {
      const copy = openKeyed(partial, { key });
      try {
        copy.pragma('journal_mode = DELETE');
        prepare?.(copy);
      } finally {
        copy.close();
      }
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'DB_UNREADABLE')
        throw new BackupVerifyError(`备份副本校验失败：${(err as Error).message}`);
      throw err;
    }
    const problems = checkFile(partial, key);
    if (problems.length > 0) throw new BackupVerifyError(`备份副本校验失败：${problems[0] ?? ''}`);
    syncFile(partial);
    renameSync(partial, finalPath);
    syncDir(dirname(finalPath));
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Owner-only folder: the backups hold the same personal data (and keys) as the data file. */
export function ensureBackupDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * A synchronous VACUUM INTO copy (one consistent snapshot), checked and renamed into place:
 * the pre-migration copy of `openDatabase` without a copy of its own (the app's installation
 * makes it on its maintenance thread) and the plain-file conversion's, both before anyone is
 * served. Returns the backup's path.
 */
export function vacuumBackup(sqlite: BetterSqlite3.Database, finalPath: string, key: DataKey | null): string {
  ensureBackupDir(dirname(finalPath));
  const partial = partialNameFor(finalPath);
  try {
    vacuumInto(sqlite, partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  finishCopy(partial, finalPath, key);
  return finalPath;
}

function vacuumInto(sqlite: BetterSqlite3.Database, target: string): void {
  sqlite.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
}

/**
 * A consistent copy of an open database into the new file `target`, encrypted with the same key.
 * SQLite's online backup cannot write a keyed target (it opens the target itself, without a key,
 * and sqlite3mc refuses to copy encrypted pages into a plain file), while VACUUM INTO writes
 * with the source's key: encrypted files are copied that way. It reads one snapshot and, in WAL
 * mode, does not stop writers; it does hold its thread for the copy's duration, so the app makes
 * its copies on the maintenance thread (electron/services/offThread/).
 */
export async function copyOpenDatabase(
  source: BetterSqlite3.Database,
  target: string,
  key: DataKey | null,
): Promise<void> {
  if (key) vacuumInto(source, target);
  else await source.backup(target);
}

/** The backup's path in `dir`; a second copy within the same second gets a serial number. */
export function newBackupPath(dir: string, stem: string, ms: number, kind: BackupKind): string {
  for (let serial = 0; ; serial += 1) {
    const candidate = join(dir, backupFileName(stem, ms, kind, serial));
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Puts an encrypted copy of the plain SQLite file `from` at `to`: copied beside `to` under a
 * temporary name, encrypted there (`PRAGMA rekey`, rollback journal), read back with the key
 * page by page, on disk, and only then renamed. A crash leaves `to` as it was or the whole
 * encrypted copy; a copy that fails the check is deleted and refused.
 */
export function writeEncryptedCopy(from: string, to: string, key: DataKey): void {
  const partial = partialNameFor(to);
  try {
    copyFileSync(from, partial);
    const copy = openKeyed(partial, { key: null });
    try {
      copy.pragma('journal_mode = DELETE');
      applyRekey(copy, key);
    } finally {
      copy.close();
    }
    const problems = checkFile(partial, key);
    if (problems.length > 0) throw new Error(`加密后的副本校验失败：${problems[0] ?? ''}`);
    syncFile(partial);
    renameSync(partial, to);
    syncDir(dirname(to));
  } finally {
    rmSync(partial, { force: true });
  }
}
