import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../electron/services/access/session.js';
import { needsPassword } from '../../electron/services/cipher/dataKey.js';
import { keyFileFor, readKeyFile } from '../../electron/services/cipher/keyFile.js';
import { machineKeyStore } from '../../electron/services/cipher/localKeys.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { openInstallation } from '../../electron/services/installation.js';
import { tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

const machine = () => machineKeyStore(process.env.ZHIBU_KEY_DIR ?? '');
const kinds = () => readKeyFile(keyFileFor(inst.path)).slots.map((s) => s.kind);

describe('仅凭密码打开数据 and 本机免密打开', () => {
  it('takes this PC’s slot out (the file then opens only with a password) and puts it back', async () => {
    const admin = (name: string, input: unknown = {}) => dispatch({ ...inst.ctx, session }, name, input);
    const session = newSession();
    expect(await admin('auth.setupAdmin', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
    expect(await admin('users.dataKeyStatus')).toMatchObject({
      ok: true,
      value: { encrypted: true, opensWithoutPassword: true, localLabel: '本机密钥', accountsWithPassword: ['王书记'] },
    });
    const created = await admin('users.create', { name: '李会计', role: 'treasurer', password: 'dues-pass' });
    expect(created).toMatchObject({ ok: true });
    const treasurer = { ...inst.ctx, session: newSession() };
    await dispatch(treasurer, 'auth.login', { name: '李会计', password: 'dues-pass' });
    expect(await dispatch(treasurer, 'users.setPasswordOnly', { passwordOnly: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // The CLI's operator has no password of its own that would open the data afterwards.
    expect(await dispatch(inst.ctx, 'users.setPasswordOnly', { passwordOnly: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SET_UP' },
    });
    expect(kinds()).toContain('machine');

    const passwordOnly = await admin('users.setPasswordOnly', { passwordOnly: true });
    expect(passwordOnly).toMatchObject({ ok: true, value: { opensWithoutPassword: false } });
    expect(
      (passwordOnly.ok
        ? (passwordOnly.value as { accountsWithPassword: string[] })
        : null
      )?.accountsWithPassword.sort(),
    ).toEqual(['李会计', '王书记'].sort());
    expect(kinds()).toEqual(['password', 'password']);
    expect(needsPassword(inst.path, machine())).toBe(true);
    await expect(openInstallation(inst.path, { clock: inst.clock })).rejects.toThrow(
      /本机（当前系统用户）不能直接打开.*登录页面.*zhibu unlock/,
    );

    expect(await admin('users.setPasswordOnly', { passwordOnly: false })).toMatchObject({
      ok: true,
      value: { opensWithoutPassword: true },
    });
    expect(kinds().sort()).toEqual(['machine', 'password', 'password']);
    expect(needsPassword(inst.path, machine())).toBe(false);
    const audit = await admin('audit.search', { text: '免密' });
    expect(audit).toMatchObject({ ok: true, value: { total: 2 } });
  });
});
