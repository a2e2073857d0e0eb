import { CliError } from './cli/errors.js';
import { HELP } from './cli/help.js';
import { DatabaseOpenError } from '../db/errors.js';
import { diskCause } from './services/outputFile.js';

type Command = (argv: string[]) => Promise<void>;

/**
 * Each command is loaded when it runs: `members import` then does not carry the printer's
 * browser driver, keeping its memory within the limits of docs/bundle-format.md.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./cli/init.js')).initCommand,
  info: async () => (await import('./cli/info.js')).infoCommand,
  print: async () => (await import('./cli/print.js')).printCommand,
  backup: async () => (await import('./cli/backup.js')).backupCommand,
  restore: async () => (await import('./cli/restore.js')).restoreCommand,
  members: async () => (await import('./cli/members.js')).membersCommand,
  demo: async () => (await import('./cli/demo.js')).demoCommand,
  check: async () => (await import('./cli/check.js')).checkCommand,
  dues: async () => (await import('./cli/dues.js')).duesCommand,
  office: async () => (await import('./cli/sync.js')).officeCommand,
  enrol: async () => (await import('./cli/sync.js')).enrolCommand,
  export: async () => (await import('./cli/sync.js')).exportCommand,
  import: async () => (await import('./cli/sync.js')).importCommand,
  fingerprint: async () => (await import('./cli/sync.js')).fingerprintCommand,
  keys: async () => (await import('./cli/keys.js')).keysCommand,
  serve: async () => (await import('./cli/serve.js')).serveCommand,
  verify: async () => (await import('./cli/verify.js')).verifyCommand,
  unlock: async () => (await import('./cli/unlock.js')).unlockCommand,
  stats: async () => (await import('./cli/stats.js')).statsCommand,
};

/**
 * One command's lines of the usage text (every form of it, e.g. `members import` and
 * `members export`), from the Chinese part of HELP: its first line and the lines indented under it.
 */
export function commandHelp(command: string): string {
  const lines = HELP.split('\n');
  const start = lines.findIndex((l) => l.startsWith('用法：'));
  const end = lines.findIndex((l, i) => i > start + 1 && l.trim() === '');
  const out: string[] = [];
  let mine = false;
  for (const line of lines.slice(start + 2, end)) {
    if (/^ {2}\S/.test(line)) mine = line.trim().split(/\s+/)[0] === command;
    if (mine) out.push(line);
  }
  return `用法：zhibu ${command} [参数]\n\n${out.join('\n')}\n\n（zhibu --help 显示全部命令）`;
}

const asksHelp = (argv: string[]) => {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Entry of the `zhibu` command. Returns the exit code; every failure is one Chinese line. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    console.error(`未知命令：${command}（zhibu --help 查看用法）`);
    return 2;
  }
  if (asksHelp(rest)) {
    console.log(commandHelp(command));
    return 0;
  }
  try {
    await (
      await load()
    )(rest);
    return 0;
  } catch (err) {
    if (err instanceof CliError || err instanceof DatabaseOpenError) console.error(`错误：${err.message}`);
    else {
      const disk = diskCause(err);
      console.error(`错误：${disk ? `${disk}，操作未完成` : ((err as Error).message ?? String(err))}`);
      if (process.env.ZHIBU_DEBUG) console.error(err);
    }
    return 1;
  }
}
