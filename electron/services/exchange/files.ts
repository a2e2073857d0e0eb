import { accessSync, constants, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { invalid, ServiceError } from '../errors.js';

/** The name a bundle gets, so the office sees at a glance who sent what to whom. */
export function bundleFileName(sender: string, recipient: string, seq: number): string {
  return `${sender}-至-${recipient}-第${seq}号.zbx`;
}

/**
 * A file appears only when complete: written under a temporary name, then renamed. An existing
 * file is never overwritten.
 */
export function writeAtomically(path: string, data: string | Buffer): void {
  if (existsSync(path)) throw new ServiceError('VALIDATION', `文件已存在：${path}（不会覆盖）`);
  const temp = `${path}.part`;
  try {
    writeFileSync(temp, data);
    if (existsSync(path)) throw new ServiceError('VALIDATION', `文件已存在：${path}（不会覆盖）`);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('VALIDATION', `无法写入文件：${path}（U 盘是否已拔出、写保护或已满？）`);
  }
}

/** A folder the user chose must exist and be a folder; `writable` when a file goes into it. */
export function checkFolder(dir: string, writable: boolean): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw invalid([{ field: 'dir', message: `文件夹不存在：${dir}（U 盘是否已插好？）` }]);
  }
  if (!isDir) throw invalid([{ field: 'dir', message: `这不是文件夹：${dir}` }]);
  try {
    accessSync(dir, writable ? constants.W_OK : constants.R_OK);
  } catch {
    throw invalid([
      { field: 'dir', message: writable ? `无法写入该文件夹：${dir}（U 盘是否写保护？）` : `无法读取该文件夹：${dir}` },
    ]);
  }
}
