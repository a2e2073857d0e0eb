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
