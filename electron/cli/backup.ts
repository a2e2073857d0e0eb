import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { stripKeysFromCopy } from '../sync/keyBackup.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting } from './context.js';
import { CliError } from './errors.js';

/**
 * Online backup: consistent even while the app has the database open. The copy is made under a
 * temporary name and has this machine's private keys removed before it gets its real name:
 * keys leave the machine only inside the passphrase-protected key backup.
 */
export async function backupCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out']);
  const out = requireFlag(flags, 'out', '备份文件路径');
  if (existsSync(out)) throw new CliError(`备份文件已存在：${out}（不会覆盖，请换一个文件名）`);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  const partial = `${out}.partial`;
  try {
    await inst.database.sqlite.backup(partial);
    const copy = new Database(partial);
    try {
      stripKeysFromCopy(copy);
    } finally {
      copy.close();
    }
    renameSync(partial, out);
    console.log(`已备份到 ${out}`);
    console.log('备份中不含本机密钥（私钥只随口令保护的密钥备份离开本机）；备份密钥请用 zhibu keys backup');
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    await inst.close();
  }
}
