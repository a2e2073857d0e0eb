import { existsSync } from 'node:fs';
import { backupWithoutKeys } from '../services/backup.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting } from './context.js';
import { CliError } from './errors.js';

/** Online backup without this machine's private keys (see backupWithoutKeys). */
export async function backupCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out']);
  const out = requireFlag(flags, 'out', '备份文件路径');
  if (existsSync(out)) throw new CliError(`备份文件已存在：${out}（不会覆盖，请换一个文件名）`);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    await backupWithoutKeys(inst.database.sqlite, out, inst.database.key);
    console.log(`已备份到 ${out}`);
    console.log('备份中不含本机密钥（私钥只随口令保护的密钥备份离开本机）；备份密钥请用 zhibu keys backup');
  } finally {
    await inst.close();
  }
}
