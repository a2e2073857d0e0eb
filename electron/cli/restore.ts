import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDirFor } from '../../db/backupFile.js';
import { DatabaseOpenError } from '../../db/errors.js';
import { BACKUP_KIND_LABELS } from '../api/backups.js';
import { dataKeyFor, keyOf } from '../services/cipher/dataKey.js';
import { restoreOverUnopenable, type RestoreOutcome } from '../services/backups/restoring.js';
import { listBackups } from '../services/backups/set.js';
import { ServiceError } from '../services/errors.js';
import { localKeysOf } from '../services/installation.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting } from './context.js';
import { CliError } from './errors.js';

function printList(db: string): void {
  const items = listBackups(db);
  console.log(`备份文件夹：${backupDirFor(db)}`);
  if (items.length === 0) console.log('（还没有备份）');
  for (const b of items)
    console.log(
      `  ${new Date(b.createdMs).toLocaleString('zh-CN')}  ${BACKUP_KIND_LABELS[b.kind]}  ${(b.size / 1024 / 1024).toFixed(1)} MB  ${b.name}`,
    );
  console.log('恢复：zhibu restore --db 路径 备份文件');
}

async function restoreInto(db: string, file: string): Promise<RestoreOutcome> {
  let inst;
  try {
    inst = await openExisting(db);
  } catch (err) {
    // The data file no longer opens (often why one restores): keep its bytes, then restore. A
    // missing key is not damage: the backups are encrypted with that same key.
    if (err instanceof DatabaseOpenError && !['DB_TOO_NEW', 'DB_DISK', 'DB_KEY'].includes(err.code)) {
      const state = dataKeyFor(db, localKeysOf({}));
      return restoreOverUnopenable(db, file, Date.now(), keyOf(state, db));
    }
    throw err;
  }
  try {
    if (!inst.ctx.maintenance) throw new CliError('无法恢复：数据文件未能以维护方式打开');
    return await inst.ctx.maintenance.restore(file);
  } finally {
    await inst.close();
  }
}

/**
 * `zhibu restore --db PATH [FILE]`: without FILE, lists the backups; with it, puts FILE in place
 * of the data, keeping the current data first as a 恢复前 backup (restoring that one undoes it).
 */
export async function restoreCommand(argv: string[]): Promise<void> {
  const { flags, positionals } = parseCommand(argv, ['db']);
  const db = requireFlag(flags, 'db', '数据文件路径');
  const [file] = positionals;
  if (!file) {
    printList(db);
    return;
  }
  // A bare name is looked up in the backup folder, as the list shows it.
  const path = existsSync(file) ? resolve(file) : listBackups(db).find((b) => b.name === file)?.path;
  if (!path) throw new CliError(`备份文件不存在：${file}`);
  try {
    const r = await restoreInto(db, path);
    console.log(`已从 ${path} 恢复`);
    if (r.undoName)
      console.log(`恢复前的数据已另存为备份 ${r.undoName}；要撤销这次恢复：zhibu restore --db ${db} ${r.undoName}`);
    if (r.damagedName) console.log(`原数据文件已损坏，其原样副本保存在备份文件夹中：${r.damagedName}`);
  } catch (err) {
    if (err instanceof ServiceError) throw new CliError(err.message);
    throw err;
  }
}
