import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { defaultDatabasePath } from '../paths.js';
import { newSession } from '../services/access/session.js';
import { hasPasswordSlots } from '../services/cipher/dataKey.js';
import { keyFileFor, readKeyFile, updateKeyFile } from '../services/cipher/keyFile.js';
import { unlockWithPassword } from '../services/cipher/passwordSlot.js';
import { localKeysOf } from '../services/installation.js';
import { optionalFlag, parseCommand } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';
import { stdinPrompter } from './prompt.js';

/** A wrong password waits this long before the answer: each try costs a guesser a second. */
const WRONG_PASSWORD_WAIT_MS = 1000;

/**
 * `zhibu unlock --db PATH`: a data folder moved to another PC or OS user (or set to open only
 * with a password) is opened with an account's 用户名 and 密码, checked as a login is (enabled,
 * the wait after wrong passwords, the password itself), and this PC user gets a slot of its own,
 * so the app, the browser mode and the CLI open it from now on without asking.
 */
export async function unlockCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db']);
  const db = optionalFlag(flags, 'db') ?? defaultDatabasePath(process.platform, process.env, homedir());
  if (!existsSync(db)) throw new CliError(`数据文件不存在：${db}`);
  const keyPath = keyFileFor(db);
  if (!existsSync(keyPath)) throw new CliError(`没有密钥文件 ${keyPath}：数据文件未加密，或密钥文件没有一起拷来`);
  const store = localKeysOf({});
  const file = readKeyFile(keyPath);
  if (store.unlock(file)) {
    console.log(`本机（当前系统用户）已能直接打开 ${db}，无需解锁`);
    return;
  }
  if (!hasPasswordSlots(file))
    throw new CliError(
      '这个密钥文件里还没有任何账号的密码（账号是在旧版本里建立的）：请在原来的电脑上用新版本登录一次，再把数据拷来',
    );
  const prompter = stdinPrompter();
  let name: string;
  let password: string;
  try {
    name = (await prompter.ask('用户名：')).trim();
    password = await prompter.ask('密码：', true);
  } finally {
    prompter.close();
  }
  const opened = await unlockWithPassword(file, name, password);
  if (!opened) {
    await new Promise((r) => setTimeout(r, WRONG_PASSWORD_WAIT_MS));
    throw new CliError('用户名或密码不正确，数据未打开（也未作任何改动）');
  }
  const inst = await openExisting(db, { dataKey: opened.key });
  try {
    // The account as the data holds it: a disabled one, or one still waiting after wrong passwords, is refused.
    await run({ ...inst.ctx, session: newSession() }, 'auth.login', { name, password });
  } finally {
    await inst.close();
  }
  updateKeyFile(keyPath, (slots) => [...slots.filter((s) => !store.owns(s)), store.wrap(opened.key)]);
  console.log(`已解锁：本机（当前系统用户）今后可直接打开 ${db}`);
}
