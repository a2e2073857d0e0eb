import { backupCommand } from './cli/backup.js';
import { checkCommand } from './cli/check.js';
import { demoCommand } from './cli/demo.js';
import { duesCommand } from './cli/dues.js';
import { CliError } from './cli/errors.js';
import { HELP } from './cli/help.js';
import { infoCommand } from './cli/info.js';
import { keysCommand } from './cli/keys.js';
import { initCommand } from './cli/init.js';
import { membersCommand } from './cli/members.js';
import { printCommand } from './cli/print.js';
import { serveCommand } from './cli/serve.js';
import { statsCommand } from './cli/stats.js';
import { enrolCommand, exportCommand, fingerprintCommand, importCommand, officeCommand } from './cli/sync.js';
import { DatabaseOpenError } from '../db/errors.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  init: initCommand,
  info: infoCommand,
  print: printCommand,
  backup: backupCommand,
  members: membersCommand,
  demo: demoCommand,
  check: checkCommand,
  dues: duesCommand,
  office: officeCommand,
  enrol: enrolCommand,
  export: exportCommand,
  import: importCommand,
  fingerprint: fingerprintCommand,
  keys: keysCommand,
  serve: serveCommand,
  stats: statsCommand,
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
  const run = COMMANDS[command];
  if (!run) {
    console.error(`未知命令：${command}（zhibu --help 查看用法）`);
    return 2;
  }
  if (asksHelp(rest)) {
    console.log(commandHelp(command));
    return 0;
  }
  try {
    await run(rest);
    return 0;
  } catch (err) {
    if (err instanceof CliError || err instanceof DatabaseOpenError) console.error(`错误：${err.message}`);
    else {
      console.error(`错误：${(err as Error).message ?? String(err)}`);
      if (process.env.ZHIBU_DEBUG) console.error(err);
    }
    return 1;
  }
}
