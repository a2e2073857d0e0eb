import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqliteDiskCause } from '../../db/errors.js';
import { ServiceError } from './errors.js';

/** The errno codes of a failed write, as the user understands them. */
const CAUSES: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘空间不足',
  EROFS: '磁盘是只读的（U 盘是否写保护？）',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  ENOENT: '文件夹不存在（U 盘是否已拔出？）',
  EIO: '读写出错（U 盘是否已拔出？）',
};

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * What went wrong with the disk, in Chinese, or null when `err` is not about the disk (a raw
 * `ENOSPC …` or SQLite's `database or disk is full` must never reach the user).
 */
export function diskCause(err: unknown): string | null {
  const code = errorCode(err);
  return (code === undefined ? undefined : CAUSES[code]) ?? sqliteDiskCause(err);
}

/** The failure of writing `path` as a ServiceError in Chinese, whatever it was. */
export function writeFailure(err: unknown, path: string, kept = ''): ServiceError {
  if (err instanceof ServiceError) return err;
  const cause = diskCause(err);
  return new ServiceError('VALIDATION', `无法写入 ${path}${cause ? `：${cause}` : ''}${kept}`);
}

/** A temporary name beside `path`, on the same disk so the final rename cannot fail half-way. */
export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
}

/**
 * Writes a whole file that appears only once complete: the bytes go to a temporary name beside
 * it, reach the disk (fsync), then take the real name. A full disk or a pulled USB stick
 * therefore leaves the existing file as it was and no empty or half file behind.
 * `replace: false` refuses when the file already exists.
 */
export function writeOutputFile(path: string, data: Uint8Array, options: { replace: boolean }): void {
  if (!options.replace && existsSync(path))
    throw new ServiceError('VALIDATION', `文件已存在：${path}（不会覆盖，请换一个文件名）`);
  const temp = temporaryNameFor(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!options.replace && existsSync(path))
      throw new ServiceError('VALIDATION', `文件已存在：${path}（不会覆盖，请换一个文件名）`);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw writeFailure(err, path, options.replace && existsSync(path) ? '（原有文件未改动）' : '');
  }
}
