import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../db/clock.js';
import { osUser } from '../test/support/safeStorage.js';
import { SAMPLE_BRANCH, tempDir } from '../test/support/temp.js';
import { IPC_CHANNEL, type ApiResult } from './api/index.js';
import { bindIpc, createIpcHandler, type IpcSender } from './ipc.js';
import { safeStorageKeyStore } from './safeStorageKeys.js';
import { isTrustedSender } from './security.js';
import { openGate } from './services/access/lockedStart.js';
import { keyFileFor, readKeyFile } from './services/cipher/keyFile.js';
import { machineKeyStore } from './services/cipher/localKeys.js';
import { openInstallation, type Installation } from './services/installation.js';
import { startInstallation } from './services/startInstallation.js';

const APP = 'file:///opt/zhibu/resources/app.asar/out/renderer/index.html';
const fromApp: IpcSender = { senderFrame: { url: `${APP}#/org` } };
const fromElsewhere: IpcSender = { senderFrame: { url: 'https://evil.example/' } };
const trusted = (url: string | null) => isTrustedSender(url, APP);

/** What a stack trace or a raw exception would leave in the serialised answer. */
function expectNoInternals(result: ApiResult<unknown>): void {
  const text = JSON.stringify(result);
  expect(text).not.toMatch(/\bat [^\s]+ \(/);
  expect(text).not.toMatch(/\.(ts|js):\d+/);
  expect(text).not.toContain('Error:');
  expect(text).not.toContain('stack');
}

function expectChinese(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
}

let dir: string;
let inst: Installation;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhibu-ipc-'));
  inst = await openInstallation(join(dir, 'zhibu.sqlite'), { shell: 'desktop', version: '9.9.9' });
});

afterAll(async () => {
  await inst.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A window's handler with its user logged in (the first one creates the 管理员). */
async function loggedIn() {
  const handle = createIpcHandler(openGate(inst.ctx), trusted);
  const credentials = { name: '管理员', password: 'secret-1' };
  const created = await handle(fromApp, 'auth.setupAdmin', credentials);
  if (!created.ok) expect(await handle(fromApp, 'auth.login', credentials)).toMatchObject({ ok: true });
  return handle;
}

describe('createIpcHandler', () => {
  it('holds the window login in the main process: nothing but the login operations runs before it', async () => {
    const handle = createIpcHandler(openGate(inst.ctx), trusted);
    expect(await handle(fromApp, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await handle(fromApp, 'auth.status', {})).toMatchObject({ ok: true, value: { user: null } });
    const other = await loggedIn();
    expect(await other(fromApp, 'app.info', {})).toMatchObject({ ok: true });
    expect(await handle(fromApp, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers the app through the contract, on a real database', async () => {
    const handle = await loggedIn();
    const result = await handle(fromApp, 'app.info', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ shell: 'desktop', version: '9.9.9' });
  });

  it('refuses a bad input with VALIDATION, a Chinese message and no stack', async () => {
    const handle = await loggedIn();
    const result = await handle(fromApp, 'org.setup', { mode: 'branch', name: 42, orgType: 'castle' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expectChinese(result.error.message);
    expectNoInternals(result);
    const missing = await handle(fromApp, 'org.setup', 'not an object');
    expect(missing.ok ? null : missing.error.code).toBe('VALIDATION');
  });

  it('refuses an unknown operation name', async () => {
    const handle = createIpcHandler(openGate(inst.ctx), trusted);
    for (const name of ['db.exec', '__proto__', 'toString', 42, null]) {
      const result = await handle(fromApp, name, {});
      expect(result.ok ? null : result.error.code, String(name)).toBe('UNKNOWN_OPERATION');
      if (!result.ok) expectChinese(result.error.message);
      expectNoInternals(result);
    }
  });

  it('refuses an untrusted or vanished sender before anything runs', async () => {
    const handle = await loggedIn();
    const setup = { mode: 'branch', name: '中共东风村支部委员会', code: 'DF001', orgType: 'village' };
    for (const sender of [fromElsewhere, { senderFrame: null }, { senderFrame: { url: 'about:srcdoc' } }]) {
      const result = await handle(sender, 'org.setup', setup);
      expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
      if (!result.ok) expectChinese(result.error.message);
    }
    const org = await handle(fromApp, 'org.get', {});
    expect(org).toEqual({ ok: true, value: null });
  });

  it('turns an internal failure into INTERNAL without leaking the exception', async () => {
    const broken = await openInstallation(join(dir, 'broken.sqlite'));
    await broken.close();
    const handle = createIpcHandler(openGate(broken.ctx), trusted, (op) => logged.push(op));
    const result = await handle(fromApp, 'auth.status', {});
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    if (!result.ok) expectChinese(result.error.message);
    expectNoInternals(result);
    expect(logged).toEqual(['auth.status']);
  });
});

describe('bindIpc', () => {
  it('registers exactly one handler, on the contract channel, and removes it', async () => {
    const handlers = new Map<string, (event: IpcSender, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, fn: (event: never, ...args: unknown[]) => unknown) => {
        handlers.set(channel, fn as (event: IpcSender, ...args: unknown[]) => Promise<unknown>);
      },
      removeHandler: (channel: string) => {
        handlers.delete(channel);
      },
    };
    const unbind = bindIpc(ipcMain, openGate(inst.ctx), trusted);
    expect([...handlers.keys()]).toEqual([IPC_CHANNEL]);
    const call = handlers.get(IPC_CHANNEL);
    await expect(call?.(fromApp, 'auth.status', {})).resolves.toMatchObject({ ok: true });
    await expect(call?.(fromElsewhere, 'app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    unbind();
    expect(handlers.size).toBe(0);
  });
});

describe('a locked desktop start', () => {
  it('shows the window 数据已加密; a wrong password is refused, the right one opens the data', async () => {
    const { dir: folder, cleanup } = tempDir('zhibu-ipc-locked-');
    const path = join(folder, 'zhibu.sqlite');
    const clock = fixedClock('2026-11-23');
    // As main.ts builds it: this OS user's safeStorage, the machine secret behind it.
    const localKeys = safeStorageKeyStore(osUser(), machineKeyStore(join(folder, 'machine')));
    const admin = { name: '王书记', password: 'admin-pass' };
    try {
      const first = await startInstallation(path, { clock, shell: 'desktop', localKeys });
      expect(first.locked).toBe(false);
      const setUp = createIpcHandler(first.gate, trusted);
      expect(await setUp(fromApp, 'auth.setupAdmin', admin)).toMatchObject({ ok: true });
      expect(await setUp(fromApp, 'org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
      expect(await setUp(fromApp, 'users.setPasswordOnly', { passwordOnly: true })).toMatchObject({
        ok: true,
        value: { opensWithoutPassword: false },
      });
      await first.close();

      const opened: Installation[] = [];
      const started = await startInstallation(path, {
        clock,
        shell: 'desktop',
        localKeys,
        onOpen: (i) => void opened.push(i),
      });
      expect(started.locked).toBe(true);
      expect(started.installation).toBeNull();
      const window = createIpcHandler(started.gate, trusted);
      expect(await window(fromApp, 'auth.status', {})).toMatchObject({
        ok: true,
        value: { user: null, needsAdmin: false, dataLocked: true },
      });
      expect(await window(fromApp, 'org.get', {})).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '数据已加密，请登录以打开' },
      });
      expect(await window(fromElsewhere, 'auth.login', admin)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await window(fromApp, 'auth.login', { ...admin, password: 'wrong-pass' })).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确，请 1 秒后再试' },
      });
      expect(opened).toHaveLength(0);
      clock.advance(1000);

      expect(await window(fromApp, 'auth.login', admin)).toMatchObject({
        ok: true,
        value: { name: '王书记', role: 'admin' },
      });
      expect(opened).toHaveLength(1);
      expect(started.installation).toBe(opened[0]);
      expect(await window(fromApp, 'org.get', {})).toMatchObject({ ok: true, value: { name: SAMPLE_BRANCH.name } });
      expect(await window(fromApp, 'app.info', {})).toMatchObject({ ok: true, value: { shell: 'desktop' } });
      // Opened by a password, the window still has this OS user's store: 本机免密打开 puts its slot back.
      expect(await window(fromApp, 'users.setPasswordOnly', { passwordOnly: false })).toMatchObject({
        ok: true,
        value: { opensWithoutPassword: true, localLabel: '系统钥匙串' },
      });
      expect(
        readKeyFile(keyFileFor(path))
          .slots.map((s) => s.kind)
          .sort(),
      ).toEqual(['password', 'safeStorage']);
      await started.close();
      expect(started.installation).toBeNull();
    } finally {
      cleanup();
    }
  });
});
