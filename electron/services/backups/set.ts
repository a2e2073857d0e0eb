import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { DataKey } from '../../../db/cipher.js';
import {
  copyOpenDatabase,
  backupDirFor,
  backupStem,
  ensureBackupDir,
  finishCopy,
  newBackupPath,
  parseBackupName,
  partialNameFor,
  type BackupKind,
} from '../../../db/backupFile.js';
import { stripKeysFromCopy } from '../../sync/keyBackup.js';
import { diskCause } from '../outputFile.js';
import { toDelete, type RotationPolicy } from './rotation.js';

/** The folder made inside the second backup folder (a USB stick's root stays tidy). */
export const SECOND_SUBDIR = '支部台账备份';

export interface BackupEntry {
  /** The file's name in its folder; the UI restores by name, never by a path it made up. */
  name: string;
  path: string;
  kind: BackupKind;
  createdMs: number;
  size: number;
}

/** The finished backups of the data file in `dir`, newest first (temporary files never match). */
export function listBackupsIn(dir: string, stem: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed || parsed.stem !== stem) continue;
    const path = join(dir, name);
    out.push({ name, path, kind: parsed.kind, createdMs: parsed.createdMs, size: statSync(path).size });
  }
  return out.sort((a, b) => b.createdMs - a.createdMs || b.name.localeCompare(a.name));
}

export function listBackups(databasePath: string): BackupEntry[] {
  return listBackupsIn(backupDirFor(databasePath), backupStem(databasePath));
}

/** Leftovers of a backup cut short (a crash, a pulled stick): never valid, safe to remove. */
function removePartials(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith('.') && n.endsWith('.part')) rmSync(join(dir, n), { force: true });
}

function rotate(dir: string, stem: string, policy?: RotationPolicy): void {
  for (const name of toDelete(listBackupsIn(dir, stem), policy)) rmSync(join(dir, name), { force: true });
}

export interface BackupOutcome {
  path: string;
  /** Where the copy without keys went, when a second folder is set and worked. */
  secondPath: string | null;
  /** Why the second copy failed (the first one still counts). */
  secondError: string | null;
}

export interface BackupRequest {
  databasePath: string;
  kind: BackupKind;
  nowMs: number;
  secondDir: string | null;
  /** The data file's key: every copy is encrypted with it, as the data file is. */
  key: DataKey | null;
  /** False keeps every existing copy this time (a restore may be reading one of them). */
  rotate?: boolean;
  policy?: RotationPolicy;
}

/** The copy for the second folder: it may be a USB stick that leaves the office, so no keys. */
function copyToSecond(first: string, request: BackupRequest, secondDir: string): string {
  const dir = join(secondDir, SECOND_SUBDIR);
  ensureBackupDir(dir);
  removePartials(dir);
  const stem = backupStem(request.databasePath);
  const target = newBackupPath(dir, stem, request.nowMs, request.kind);
  const partial = partialNameFor(target);
  copyFileSync(first, partial);
  finishCopy(partial, target, request.key, stripKeysFromCopy);
  if (request.rotate !== false) rotate(dir, stem, request.policy);
  return target;
}

/**
 * One automatic (or manual) backup: a consistent online copy (copyOpenDatabase), so the app
 * keeps working while it copies; verified and renamed into place by finishCopy; then the set is rotated. The
 * copy in the data folder keeps the keys (it must restore a working installation); the one
 * in the second folder has them removed, like every copy meant to leave the PC.
 */
export async function takeBackup(source: BetterSqlite3.Database, request: BackupRequest): Promise<BackupOutcome> {
  const dir = backupDirFor(request.databasePath);
  ensureBackupDir(dir);
  removePartials(dir);
  const stem = backupStem(request.databasePath);
  const path = newBackupPath(dir, stem, request.nowMs, request.kind);
  const partial = partialNameFor(path);
  try {
    await copyOpenDatabase(source, partial, request.key);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  finishCopy(partial, path, request.key);
  if (request.rotate !== false) rotate(dir, stem, request.policy);
  let secondPath: string | null = null;
  let secondError: string | null = null;
  if (request.secondDir) {
    try {
      secondPath = copyToSecond(path, request, request.secondDir);
    } catch (err) {
      secondError = `第二备份文件夹（${request.secondDir}）未能写入：${diskCause(err) ?? (err as Error).message}`;
    }
  }
  return { path, secondPath, secondError };
}
