import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKeyed } from '../../db/cipher.js';
import { newSession } from '../../electron/services/access/session.js';
import { keyFileFor } from '../../electron/services/cipher/keyFile.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { keyOf } from '../support/cipher.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
let otherPc: string;
beforeEach(async () => {
  inst = await tempInstallation();
  const call = (session: ReturnType<typeof newSession>) => (name: string, input: unknown) =>
    dispatch({ ...inst.ctx, session }, name, input);
  const admin = call(newSession());
  expect(await admin('auth.setupAdmin', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
  expect(await admin('org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
  const li = await admin('users.create', { name: '李会计', role: 'treasurer', password: 'dues-pass' });
  const id = li.ok ? (li.value as { id: string }).id : '';
  expect(await admin('users.update', { id, role: 'treasurer', disabled: true })).toMatchObject({ ok: true });
  await inst.close();
  // The folder "moved to another PC": this OS user's machine secret is another one, with no slot.
  otherPc = join(inst.path, '..', 'other-pc-keys');
  mkdirSync(otherPc);
});
afterEach(() => inst.dispose());

/** The real `zhibu` bin on the other PC, with stdin piped as a script (or a test) would. */
function zhibu(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/zhibu.mjs', ...args], {
    encoding: 'utf8',
    input,
    timeout: 120_000,
    env: { ...process.env, ZHIBU_KEY_DIR: otherPc },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('zhibu unlock', () => {
  it('opens a folder moved to another PC with an account’s password, then this PC opens it without one', () => {
    const before = zhibu('', 'info', '--db', inst.path);
    expect(before.code).not.toBe(0);
    expect(before.err).toContain('本机（当前系统用户）不能直接打开');
    expect(before.err).toContain(`zhibu unlock --db "${inst.path}"`);

    const keyText = readFileSync(keyFileFor(inst.path), 'utf8');
    const wrong = zhibu('王书记\nnot-the-pass\n', 'unlock', '--db', inst.path);
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('用户名或密码不正确');
    expect(readFileSync(keyFileFor(inst.path), 'utf8')).toBe(keyText);

    // A disabled account's slot went with it: its old password opens nothing.
    const disabled = zhibu('李会计\ndues-pass\n', 'unlock', '--db', inst.path);
    expect(disabled.code).not.toBe(0);
    expect(disabled.err).toContain('用户名或密码不正确');

    const right = zhibu('王书记\nadmin-pass\n', 'unlock', '--db', inst.path);
    expect(right.err).toBe('');
    expect(right.code).toBe(0);
    expect(right.out).toContain('已解锁');
    expect(right.out).not.toContain('admin-pass');

    const after = zhibu('', 'info', '--db', inst.path);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out)).toMatchObject({ organization: { name: SAMPLE_BRANCH.name } });
    const again = zhibu('', 'unlock', '--db', inst.path);
    expect(again.code).toBe(0);
    expect(again.out).toContain('无需解锁');
    // Each run is a whole CLI start (several seconds on a loaded machine).
  }, 300_000);

  it('honours the wait after wrong passwords, and says so when nothing was typed', () => {
    const sqlite = openKeyed(inst.path, { key: keyOf(inst.path) });
    sqlite.prepare('UPDATE account SET failed_attempts = 5, retry_at_ms = ?').run(Date.now() + 60_000);
    sqlite.close();
    const waiting = zhibu('王书记\nadmin-pass\n', 'unlock', '--db', inst.path);
    expect(waiting.code).not.toBe(0);
    expect(waiting.err).toMatch(/密码错误次数较多，请 \d+ 秒后再试/);
    expect(zhibu('', 'info', '--db', inst.path).code).not.toBe(0);

    const empty = zhibu('', 'unlock', '--db', inst.path);
    expect(empty.code).not.toBe(0);
    expect(empty.err).toContain('没有读到输入（用户名）');
  }, 180_000);
});
