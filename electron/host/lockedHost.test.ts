import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../../test/support/temp.js';
import { lockedStart } from '../services/access/lockedStart.js';
import { newSession } from '../services/access/session.js';
import { needsPassword } from '../services/cipher/dataKey.js';
import { keyFileFor, readKeyFile, updateKeyFile } from '../services/cipher/keyFile.js';
import { machineKeyStore } from '../services/cipher/localKeys.js';
import { dispatch } from '../services/dispatch.js';
import { openInstallation, type Installation } from '../services/installation.js';
import { startHost, type RunningHost } from './server.js';

let setup: TestInstallation;
let opened: Installation | null;
let host: RunningHost;
let cleanup: () => void;
let opens: number;
const machine = () => machineKeyStore(process.env.ZHIBU_KEY_DIR ?? '');

beforeEach(async () => {
  setup = await tempInstallation();
  const admin = { ...setup.ctx, session: newSession() };
  expect(await dispatch(admin, 'auth.setupAdmin', { name: '王书记', password: 'admin-pass' })).toMatchObject({
    ok: true,
  });
  expect(await dispatch(admin, 'org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
  await setup.close();
  // Password-only: this PC user's slot taken out, as 仅凭密码打开数据 does.
  updateKeyFile(keyFileFor(setup.path), (slots) => slots.filter((s) => s.kind !== 'machine'));
  expect(needsPassword(setup.path, machine())).toBe(true);

  const t = tempDir();
  cleanup = t.cleanup;
  mkdirSync(join(t.dir, 'assets'));
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>支部台账</title>');
  opened = null;
  opens = 0;
  const gate = lockedStart({
    databasePath: setup.path,
    clock: setup.clock,
    open: async (dataKey) => {
      opens += 1;
      opened = await openInstallation(setup.path, { clock: setup.clock, dataKey });
      return opened.ctx;
    },
  });
  host = await startHost({ gate, staticDir: t.dir, log: () => undefined });
});
afterEach(async () => {
  await host.close();
  await opened?.close();
  await setup.dispose();
  cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: body === undefined ? 'GET' : 'POST', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

const inApp = (path: string) => new URL(host.appUrl).pathname + path.replace(/^\//, '');

/** One browser: the run's token, then the session cookie the host gives it on its first call. */
function browser() {
  let cookie = `zhibu_token_${host.port}=${host.token}`;
  return async (name: string, input: unknown = {}) => {
    const r = await send(inApp('/api/call'), { cookie, 'content-type': 'application/json' }, { name, input });
    const set = /zhibu_session_\d+=[^;]+/.exec(String(r.headers['set-cookie']));
    if (set) cookie = `${cookie}; ${set[0]}`;
    return JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  };
}

describe('a locked start of the browser-mode host', () => {
  it('serves the login, refuses everything else, and the first right login opens the data', async () => {
    const page = await send(inApp('/'), { cookie: `zhibu_token_${host.port}=${host.token}` });
    expect(page.status).toBe(200);
    const a = browser();
    expect(await a('auth.status')).toMatchObject({
      ok: true,
      value: { needsAdmin: false, user: null, dataLocked: true },
    });
    expect(await a('org.get')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '数据已加密，请登录以打开' },
    });
    expect(await a('auth.recover', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await a('auth.login', { name: '王书记' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(opens).toBe(0);

    expect(await a('auth.login', { name: '王书记', password: 'wrong-pass' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确，请 1 秒后再试' },
    });
    // The wait holds before the file is open too, even for the right password.
    expect(await a('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', message: '密码错误次数较多，请 1 秒后再试' },
    });
    setup.clock.advance(1000);
    expect(await a('auth.login', { name: '王书记', password: 'wrong-again' })).toMatchObject({
      ok: false,
      error: { message: '用户名或密码不正确，请 2 秒后再试' },
    });
    setup.clock.advance(2000);
    expect(opens).toBe(0);

    expect(await a('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({
      ok: true,
      value: { name: '王书记', role: 'admin' },
    });
    expect(opens).toBe(1);
    expect(await a('org.get')).toMatchObject({ ok: true, value: { name: SAMPLE_BRANCH.name } });

    // Open now, for every browser: another one logs in as usual (and is not told the data is closed).
    const b = browser();
    const status = await b('auth.status');
    expect(status).toMatchObject({ ok: true, value: { user: null } });
    expect((status.value as { dataLocked?: boolean }).dataLocked).toBeUndefined();
    expect(await b('org.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect(await b('auth.login', { name: '王书记', password: 'admin-pass' })).toMatchObject({ ok: true });
    expect(opens).toBe(1);
    // Still password-only: logging in opened the data, it did not give this PC a slot.
    expect(readKeyFile(keyFileFor(setup.path)).slots.map((s) => s.kind)).toEqual(['password']);
  });
});
