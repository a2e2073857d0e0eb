import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeAtomically } from '../services/exchange/files.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';

const USAGE =
  '用法：zhibu keys backup --db 路径 --out 文件.zbkey [--passphrase-file 口令文件]\n' +
  '      zhibu keys restore --db 路径 文件.zbkey [--passphrase-file 口令文件]\n' +
  '口令取自环境变量 ZHIBU_PASSPHRASE 或 --passphrase-file 文件的第一行，不能写在命令行上';

/** The passphrase never appears on the command line (it would show in ps and shell history). */
function readPassphrase(file: string | undefined): string {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CliError(`无法读取口令文件：${file}`);
    }
    // Notepad on Windows starts the file with a byte-order mark.
    return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  }
  const env = process.env.ZHIBU_PASSPHRASE;
  if (env === undefined || env === '')
    throw new CliError('请用环境变量 ZHIBU_PASSPHRASE 或 --passphrase-file 提供口令（不能写在命令行上）');
  return env;
}

/** `zhibu keys backup|restore`: the passphrase-protected key backup (.zbkey). */
export async function keysCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (rest.some((a) => a === '--passphrase' || a.startsWith('--passphrase=')))
    throw new CliError('口令不能写在命令行上：请用环境变量 ZHIBU_PASSPHRASE 或 --passphrase-file 口令文件');
  if (sub === 'backup') return backup(rest);
  if (sub === 'restore') return restore(rest);
  throw new CliError(USAGE);
}

async function backup(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out', 'passphrase-file']);
  const out = requireFlag(flags, 'out', '密钥备份文件（.zbkey）');
  if (existsSync(out)) throw new CliError(`文件已存在：${out}（不会覆盖）`);
  const passphrase = readPassphrase(flags['passphrase-file'] as string | undefined);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const file = await run(inst.ctx, 'exchange.backupKeys', { passphrase, confirm: passphrase });
    writeAtomically(out, Buffer.from(file.base64, 'base64'));
    console.log(`已备份本机密钥：${out}`);
    console.log('请把密钥备份和口令分开妥善保管；更换电脑后用 zhibu keys restore 恢复，上级党委无需重新登记');
  } finally {
    await inst.close();
  }
}

async function restore(argv: string[]): Promise<void> {
  const { positionals, flags } = parseCommand(argv, ['db', 'passphrase-file']);
  const file = positionals[0];
  if (!file) throw new CliError('请指定密钥备份文件（.zbkey）');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliError(`无法读取文件：${file}`);
  }
  const passphrase = readPassphrase(flags['passphrase-file'] as string | undefined);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const r = await run(inst.ctx, 'exchange.restoreKeys', {
      fileName: basename(file),
      base64: bytes.toString('base64'),
      passphrase,
    });
    console.log(`已恢复本机密钥，密钥指纹：${r.fingerprint}`);
  } finally {
    await inst.close();
  }
}
