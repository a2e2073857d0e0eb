import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { backupDirFor } from '../../../db/backupFile.js';
import { deleteMeta, getMeta, setMeta } from '../../../db/queries/localMeta.js';
import { findOwnOrganization } from '../../../db/queries/organization.js';
import type { BackupList, HealthState } from '../../api/backups.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { diskCause } from '../outputFile.js';
import { SECOND_DIR_KEY, type Maintenance } from './maintenance.js';

function maintenanceOf(ctx: ServiceContext): Maintenance {
  if (!ctx.maintenance) throw new ServiceError('VALIDATION', '这里没有打开数据文件，不能备份或恢复');
  return ctx.maintenance;
}

export async function backupList(ctx: ServiceContext): Promise<BackupList> {
  return {
    folder: backupDirFor(ctx.app.databasePath),
    secondFolder: (await getMeta(ctx.db, SECOND_DIR_KEY)) ?? null,
    items: maintenanceOf(ctx)
      .list()
      .map((b) => ({ name: b.name, kind: b.kind, createdAt: new Date(b.createdMs).toISOString(), size: b.size })),
  };
}

export async function backupNow(ctx: ServiceContext): Promise<{ name: string; secondError: string | null }> {
  const out = await maintenanceOf(ctx).backup('manual');
  return { name: out.path.split(/[/\\]/).pop() ?? out.path, secondError: out.secondError };
}

export async function restoreBackup(
  ctx: ServiceContext,
  name: string,
): Promise<{ undoName: string | null; damagedName: string | null }> {
  const m = maintenanceOf(ctx);
  const entry = m.list().find((b) => b.name === name);
  if (!entry) throw new ServiceError('NOT_FOUND', `找不到备份 ${name}（可能已被轮换删除），请刷新列表`, 'name');
  return m.restore(entry.path);
}

/** A folder that exists now; a pulled stick later only makes the second copy fail, reported each time. */
export async function setSecondFolder(
  ctx: ServiceContext,
  folder: string | null,
): Promise<{ secondFolder: string | null }> {
  if (!folder) {
    await deleteMeta(ctx.db, SECOND_DIR_KEY);
    return { secondFolder: null };
  }
  if (!isAbsolute(folder))
    throw new ServiceError('VALIDATION', '第二备份文件夹须是完整路径（如 E:\\ 或 /media/u盘）', 'folder');
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true)
    throw new ServiceError('VALIDATION', `文件夹不存在：${folder}（U 盘是否已插好？）`, 'folder');
  if (resolve(folder).startsWith(resolve(backupDirFor(ctx.app.databasePath))))
    throw new ServiceError('VALIDATION', '第二备份文件夹不能在本机备份文件夹里面，请选另一个磁盘或 U 盘', 'folder');
  await setMeta(ctx.db, SECOND_DIR_KEY, folder);
  return { secondFolder: folder };
}

export function healthState(ctx: ServiceContext): Promise<HealthState> {
  return Promise.resolve(ctx.maintenance?.health() ?? { state: 'pending', findings: [] });
}

/**
 * An office's bundles are taken with one copy an hour, not one a bundle: a copy of a county's file is
 * hundreds of MB and its check seconds of work, so a clerk importing a stick one file at a time spent
 * most of the import copying (issue #13). What an office imported since its last copy is still on the
 * stick, and a restore leaves the received bundle numbers as they were in the copy, so the same files
 * import again.
 */
export const OFFICE_IMPORT_BACKUP_MS = 60 * 60 * 1000;

async function recentlyBackedUp(ctx: ServiceContext, m: Maintenance): Promise<boolean> {
  if ((await findOwnOrganization(ctx.db))?.mode !== 'office') return false;
  const newest = Math.max(0, ...m.list().map((b) => b.createdMs));
  return ctx.clock.nowMs() - newest < OFFICE_IMPORT_BACKUP_MS;
}

/**
 * Before anything that writes many rows from outside (bundles, rosters, keys): a copy to go back to.
 * `bundles` marks a bundle import, which an office backs up once an hour (above).
 */
export async function backupBeforeImport(ctx: ServiceContext, what: 'bundles' | 'other' = 'other'): Promise<void> {
  if (!ctx.maintenance) return;
  if (what === 'bundles' && (await recentlyBackedUp(ctx, ctx.maintenance))) return;
  try {
    await ctx.maintenance.backup('import');
  } catch (err) {
    // A full disk is the usual cause; SQLite's English words mean nothing to a secretary.
    const cause = diskCause(err) ?? (err as Error).message;
    throw new ServiceError('VALIDATION', `导入前的自动备份没有成功（${cause}），导入未进行，数据未改动`);
  }
}
