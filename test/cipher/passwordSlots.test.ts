import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile } from '../../electron/api/index.js';
import { newSession, type Session } from '../../electron/services/access/session.js';
import {
  keyFileFor,
  readKeyFile,
  unlockWithMachine,
  updateKeyFile,
  wrapForMachine,
  writeNewKeyFile,
} from '../../electron/services/cipher/keyFile.js';
import { unlockWithPassword } from '../../electron/services/cipher/passwordSlot.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

const as =
  (session: Session) =>
  (name: string, input: unknown = {}) =>
    dispatch({ ...inst.ctx, session }, name, input, (_op, err) => {
      throw err;
    });

const keyFile = () => readKeyFile(keyFileFor(inst.path));
const opens = async (name: string, password: string) =>
  (await unlockWithPassword(keyFile(), name, password))?.key.equals(inst.ctx.dataKey ?? Buffer.alloc(0)) ?? false;
const passwordSlots = () => keyFile().slots.filter((s) => s.kind === 'password');

async function withAdmin() {
  const admin = as(newSession());
  expect(await admin('auth.setupAdmin', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
  return admin;
}

describe('password slots in the key file', () => {
  it('each account’s password opens the data key; a wrong one, or another account’s name, does not', async () => {
    const admin = await withAdmin();
    expect(await admin('users.create', { name: '李会计', role: 'treasurer', password: 'dues-pass' })).toMatchObject({
      ok: true,
    });
    expect(await opens('王书记', 'admin-pass')).toBe(true);
    expect(await opens('李会计', 'dues-pass')).toBe(true);
    expect(await opens('王书记', 'dues-pass')).toBe(false);
    expect(await opens('王书记', 'admin-pas')).toBe(false);
    expect(await opens('张三', 'admin-pass')).toBe(false);
    expect(
      passwordSlots()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['李会计', '王书记'].sort());
    const text = readFileSync(keyFileFor(inst.path), 'utf8');
    expect(text).not.toContain('admin-pass');
    expect(text).not.toContain(inst.ctx.dataKey?.toString('base64'));
    // The machine slot stays: this PC still opens the file without a password.
    expect(keyFile().slots.filter((s) => s.kind === 'machine')).toHaveLength(1);
  });

  it('a slot relabelled for another account opens nothing (id and name are authenticated)', async () => {
    await withAdmin();
    updateKeyFile(keyFileFor(inst.path), (slots) =>
      slots.map((s) => (s.kind === 'password' ? { ...s, name: '坏人' } : s)),
    );
    expect(await opens('坏人', 'admin-pass')).toBe(false);
  });

  it('follows a password change and a reset by the 管理员: only the new password opens, one slot each', async () => {
    const admin = await withAdmin();
    const created = await admin('users.create', { name: '李会计', role: 'treasurer', password: 'dues-pass' });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await admin('auth.changePassword', { current: 'admin-pass', next: 'admin-pass-2' })).toMatchObject({
      ok: true,
    });
    expect(await admin('users.resetPassword', { id, password: 'dues-pass-2' })).toMatchObject({ ok: true });
    expect(await opens('王书记', 'admin-pass')).toBe(false);
    expect(await opens('王书记', 'admin-pass-2')).toBe(true);
    expect(await opens('李会计', 'dues-pass')).toBe(false);
    expect(await opens('李会计', 'dues-pass-2')).toBe(true);
    expect(passwordSlots()).toHaveLength(2);
  });

  it('follows the recovery of a forgotten 管理员 password with the key backup', async () => {
    const admin = await withAdmin();
    expect(await admin('org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
    const backup = await admin('exchange.backupKeys', { passphrase: 'key-passphrase', confirm: 'key-passphrase' });
    const file = (backup as { value: BundleFile }).value;
    const recovered = await as(newSession())('auth.recover', {
      name: '王书记',
      keyBackupBase64: file.base64,
      passphrase: 'key-passphrase',
      newPassword: 'new-pass-1',
    });
    expect(recovered).toMatchObject({ ok: true });
    expect(await opens('王书记', 'admin-pass')).toBe(false);
    expect(await opens('王书记', 'new-pass-1')).toBe(true);
  });

  it('a refused change leaves the slots as they were', async () => {
    const admin = await withAdmin();
    const before = passwordSlots();
    expect(await admin('auth.changePassword', { current: 'wrong-pass', next: 'admin-pass-2' })).toMatchObject({
      ok: false,
    });
    expect(await as(newSession())('auth.setupAdmin', { name: '坏人', password: 'other-pass' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SET_UP' },
    });
    expect(passwordSlots()).toEqual(before);
  });

  it('a disabled account’s slot is gone; enabled again, its next login writes one', async () => {
    const admin = await withAdmin();
    const created = await admin('users.create', { name: '李会计', role: 'treasurer', password: 'dues-pass' });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await admin('users.update', { id, role: 'treasurer', disabled: true })).toMatchObject({ ok: true });
    expect(passwordSlots().map((s) => s.name)).toEqual(['王书记']);
    expect(await opens('李会计', 'dues-pass')).toBe(false);
    expect(await admin('users.update', { id, role: 'treasurer', disabled: false })).toMatchObject({ ok: true });
    expect(await opens('李会计', 'dues-pass')).toBe(false);
    expect(await as(newSession())('auth.login', { name: '李会计', password: 'dues-pass' })).toMatchObject({ ok: true });
    expect(await opens('李会计', 'dues-pass')).toBe(true);
  });

  it('an account from before password slots gets one at its next login', async () => {
    await withAdmin();
    updateKeyFile(keyFileFor(inst.path), (slots) => slots.filter((s) => s.kind !== 'password'));
    expect(await opens('王书记', 'admin-pass')).toBe(false);
    expect(await as(newSession())('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: true,
    });
    expect(await opens('王书记', 'admin-pass')).toBe(true);
    expect(passwordSlots()).toHaveLength(1);
  });
});

describe('a stale slot', () => {
  it('(a restore or a crash left one from another password) is rewritten at the next login', async () => {
    await withAdmin();
    const [slot] = passwordSlots();
    updateKeyFile(keyFileFor(inst.path), (slots) =>
      slots.map((s) => (s.kind === 'password' ? { ...s, saltTag: '0000000000000000', tag: slot?.iv ?? '' } : s)),
    );
    expect(await opens('王书记', 'admin-pass')).toBe(false);
    expect(await as(newSession())('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: true,
    });
    expect(await opens('王书记', 'admin-pass')).toBe(true);
    // A current slot is known without scrypt: the next login leaves the file as it is.
    const text = readFileSync(keyFileFor(inst.path), 'utf8');
    expect(await as(newSession())('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: true,
    });
    expect(readFileSync(keyFileFor(inst.path), 'utf8')).toBe(text);
  });
});

describe('key file updates', () => {
  it('a crash mid-write leaves the old file or the new one, whole', async () => {
    const { dir, cleanup } = tempDir('zhibu-keycrash-');
    try {
      const path = join(dir, 'zhibu.sqlite.key');
      const secret = randomBytes(32);
      const key = randomBytes(32);
      writeNewKeyFile(path, [wrapForMachine(key, secret)]);
      for (const ms of [5, 40, 90, 150]) {
        const child = spawn(process.execPath, ['test/cipher/keyFileChild.mjs', path], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        await new Promise<void>((resolve) =>
          child.stdout.on('data', (c: Buffer) => c.toString().includes('begin') && resolve()),
        );
        await new Promise((r) => setTimeout(r, ms));
        child.kill('SIGKILL');
        await exited;
        const file = readKeyFile(path);
        expect(unlockWithMachine(file, secret)).toEqual(key);
        expect(file.slots.length === 1 || (file.slots.length === 2 && file.slots[1]?.kind === 'safeStorage')).toBe(
          true,
        );
        // Back to the old slots for the next round.
        updateKeyFile(path, (slots) => slots.filter((s) => s.kind === 'machine'));
      }
    } finally {
      cleanup();
    }
  });
});
