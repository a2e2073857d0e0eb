import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, SessionUser, UserInfo } from '../../electron/api/index.js';
import { newSession, type Session } from '../../electron/services/access/session.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

/** A call from one window or browser (its own session), as a transport makes it. */
const as =
  (session: Session) =>
  (name: string, input: unknown = {}) =>
    dispatch({ ...inst.ctx, session }, name, input, (_op, err) => {
      throw err;
    });
const SECONDS = 1000;

async function withAdmin(): Promise<{ admin: ReturnType<typeof as>; adminSession: Session }> {
  const adminSession = newSession();
  const admin = as(adminSession);
  expect(await admin('auth.setupAdmin', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
  return { admin, adminSession };
}

describe('the first 管理员', () => {
  it('is asked for on an installation without accounts (even one already set up), then only once', async () => {
    expect(await as(inst.ctx.session)('org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
    const window = as(newSession());
    expect(await window('auth.status')).toMatchObject({ ok: true, value: { needsAdmin: true, user: null } });
    expect(await window('org.get')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
    const created = await window('auth.setupAdmin', { name: '王书记', password: 'admin-pass' });
    expect(created).toMatchObject({ ok: true, value: { name: '王书记', role: 'admin' } });
    expect(await window('org.get')).toMatchObject({ ok: true });
    const again = await as(newSession())('auth.setupAdmin', { name: '坏人', password: 'other-pass' });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });

  it('keeps passwords as scrypt hashes with a salt of their own', async () => {
    const { admin } = await withAdmin();
    await admin('users.create', { name: '李会计', role: 'treasurer', password: 'admin-pass' });
    const rows = inst.database.sqlite.prepare('SELECT salt, password_hash FROM account').all() as {
      salt: string;
      password_hash: string;
    }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.salt).not.toBe(rows[1]?.salt);
    expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
    expect(JSON.stringify(rows)).not.toContain('admin-pass');
    expect(Buffer.from(rows[0]?.password_hash ?? '', 'base64')).toHaveLength(32);
  });
});

describe('password fields', () => {
  it('ask for an empty password to be filled in, and name the minimum for a short one', async () => {
    const { admin } = await withAdmin();
    expect(await admin('users.create', { name: '小王', role: 'viewer', password: '' })).toMatchObject({
      ok: false,
      error: { field: 'password', message: '请填写初始密码' },
    });
    expect(await admin('users.create', { name: '小王', role: 'viewer', password: '12345' })).toMatchObject({
      ok: false,
      error: { field: 'password', message: '初始密码至少 6 位' },
    });
    expect(await admin('users.list')).toMatchObject({ ok: true, value: [{ name: '王书记' }] });
  });
});

describe('logging in', () => {
  it('makes each wrong password wait longer (1, 2, 4 … 60 s), and never locks the only 管理员 out for good', async () => {
    await withAdmin();
    const w = as(newSession());
    const waits: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const r = await w('auth.login', { name: '王书记', password: 'wrong-pass' });
      expect(r).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
      if (!r.ok) waits.push(r.error.message);
      // Right at once, even the right password is refused until the wait is over.
      const early = await w('auth.login', { name: '王书记', password: 'admin-pass' });
      expect(early).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
      inst.clock.advance(60 * SECONDS);
    }
    expect(waits.slice(0, 3)).toEqual([
      '密码不正确，请 1 秒后再试',
      '密码不正确，请 2 秒后再试',
      '密码不正确，请 4 秒后再试',
    ]);
    expect(waits.at(-1)).toBe('密码不正确，请 60 秒后再试');
    expect(await w('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: true,
      value: { name: '王书记' },
    });
  });

  it('refuses an unknown name or a disabled account, and stops a disabled user at once', async () => {
    const { admin } = await withAdmin();
    const created = await admin('users.create', { name: '赵委员', role: 'clerk', password: 'clerk-pass' });
    const user = (created as { value: UserInfo }).value;
    const clerkSession = newSession();
    const clerk = as(clerkSession);
    expect(await clerk('auth.login', { name: '赵委员', password: 'clerk-pass' })).toMatchObject({ ok: true });
    expect(await clerk('members.list', {})).toMatchObject({ ok: true });
    expect(await admin('users.update', { id: user.id, role: 'clerk', disabled: true })).toMatchObject({ ok: true });
    expect(await clerk('members.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await clerk('auth.login', { name: '赵委员', password: 'clerk-pass' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: '该账号已停用，请联系管理员' },
    });
    expect(await clerk('auth.login', { name: '没有这人', password: 'clerk-pass' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确' },
    });
  });

  it('holds a logged-in user to a role changed since', async () => {
    const { admin } = await withAdmin();
    expect(await admin('org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
    const created = await admin('users.create', { name: '赵委员', role: 'clerk', password: 'clerk-pass' });
    const id = (created as { value: UserInfo }).value.id;
    const clerk = as(newSession());
    await clerk('auth.login', { name: '赵委员', password: 'clerk-pass' });
    await admin('users.update', { id, role: 'viewer', disabled: false });
    expect(await clerk('groups.save', { name: '第一党小组' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('keeps one usable 管理员: the last one can be neither demoted nor disabled', async () => {
    const { admin, adminSession } = await withAdmin();
    const id = (adminSession.user as SessionUser).id;
    for (const change of [
      { role: 'clerk', disabled: false },
      { role: 'admin', disabled: true },
    ])
      expect(await admin('users.update', { id, ...change })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: '至少要保留一个可用的管理员账号' },
      });
  });
});

describe('the lock', () => {
  it('locks after the idle time (10 minutes by default, settable), and on demand', async () => {
    const { admin, adminSession } = await withAdmin();
    inst.clock.advance(10 * 60 * SECONDS - 1);
    expect(await admin('members.list')).toMatchObject({ ok: true });
    inst.clock.advance(10 * 60 * SECONDS + 1);
    expect(await admin('members.list')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '已锁定，请输入密码解锁' },
    });
    expect(await admin('auth.status')).toMatchObject({ value: { user: null, lockedName: '王书记', idleMinutes: 10 } });
    expect(await admin('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
    expect(await admin('users.setIdleMinutes', { minutes: 2 })).toMatchObject({ ok: true });
    inst.clock.advance(2 * 60 * SECONDS + 1);
    expect(await admin('members.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await admin('auth.login', { name: '王书记', password: 'admin-pass' });
    expect(await admin('auth.lock')).toMatchObject({ ok: true });
    expect(adminSession.user).toBeNull();
    expect(await admin('members.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('a forgotten 管理员 password', () => {
  it('is reset with the key backup and its passphrase; a wrong passphrase changes nothing', async () => {
    const { admin } = await withAdmin();
    expect(await admin('org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
    const backup = await admin('exchange.backupKeys', { passphrase: 'key-passphrase', confirm: 'key-passphrase' });
    const file = (backup as { value: BundleFile }).value;
    const stranger = as(newSession());
    const wrong = await stranger('auth.recover', {
      name: '王书记',
      keyBackupBase64: file.base64,
      passphrase: 'not-the-passphrase',
      newPassword: 'new-pass-1',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED', message: '口令不正确，或文件已损坏' } });
    expect(await stranger('auth.login', { name: '王书记', password: 'new-pass-1' })).toMatchObject({ ok: false });
    inst.clock.advance(60 * SECONDS);
    const right = await stranger('auth.recover', {
      name: '王书记',
      keyBackupBase64: file.base64,
      passphrase: 'key-passphrase',
      newPassword: 'new-pass-1',
    });
    expect(right).toMatchObject({ ok: true });
    expect(await stranger('auth.login', { name: '王书记', password: 'new-pass-1' })).toMatchObject({ ok: true });
  }, 30_000);
});
