import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNEL, type ApiResult } from './api/index.js';
import { bindIpc, createIpcHandler, type IpcSender } from './ipc.js';
import { isTrustedSender } from './security.js';
import { openInstallation, type Installation } from './services/installation.js';

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
  const handle = createIpcHandler(inst.ctx, trusted);
  const credentials = { name: '管理员', password: 'secret-1' };
  const created = await handle(fromApp, 'auth.setupAdmin', credentials);
  if (!created.ok) expect(await handle(fromApp, 'auth.login', credentials)).toMatchObject({ ok: true });
  return handle;
}

describe('createIpcHandler', () => {
  it('holds the window login in the main process: nothing but the login operations runs before it', async () => {
    const handle = createIpcHandler(inst.ctx, trusted);
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
    const handle = createIpcHandler(inst.ctx, trusted);
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
    const handle = createIpcHandler(broken.ctx, trusted, (op) => logged.push(op));
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
    const unbind = bindIpc(ipcMain, inst.ctx, trusted);
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
