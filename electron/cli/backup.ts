import { existsSync } from 'node:fs';
import { parseCommand, requireFlag } from './args.js';
import { openExisting } from './context.js';
import { CliError } from './errors.js';

/** Online backup: consistent even while the app has the database open. */
export async function backupCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out']);
  const out = requireFlag(flags, 'out', '备份文件路径');
  if (existsSync(out)) throw new CliError(`备份文件已存在：${out}（不会覆盖，请换一个文件名）`);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    await inst.database.sqlite.backup(out);
    console.log(`已备份到 ${out}`);
  } finally {
    await inst.close();
  }
}
