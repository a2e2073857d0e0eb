import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../../test/support/temp.js';
import { startHost, type RunningHost } from './server.js';

let inst: TestInstallation;
let host: RunningHost;
let cleanup: () => void;

beforeEach(async () => {
  inst = await tempInstallation();
  const t = tempDir();
  cleanup = t.cleanup;
  mkdirSync(join(t.dir, 'assets'));
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>支部台账</title>');
  writeFileSync(join(t.dir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ ctx: inst.ctx, staticDir: t.dir, log: () => undefined });
});
afterEach(async () => {
  await host.close();
  await inst.dispose();
  cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: { ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
    req.end();
  });
}

/** A path under this run's app path, where the app and its API live. */
const inApp = (path: string) => new URL(host.appUrl).pathname + path.replace(/^\//, '');

const withToken = () => ({ cookie: `zhibu_token_${host.port}=${host.token}`, 'content-type': 'application/json' });

/** This browser's session cookie, as the host set it on its first API answer. */
function sessionCookie(r: Reply): string {
  const m = /zhibu_session_\d+=[^;]+/.exec(String(r.headers['set-cookie']));
  if (!m) throw new Error('no session cookie');
  return m[0];
}

/** Creates the first 管理员 from a new browser; returns headers that carry its login. */
async function loggedIn(): Promise<Record<string, string>> {
  const r = await send(inApp('/api/call'), {
    method: 'POST',
    headers: withToken(),
    body: { name: 'auth.setupAdmin', input: { name: '管理员', password: 'secret-1' } },
  });
  expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: '管理员', role: 'admin' } });
  const h = withToken();
  return { ...h, cookie: `${h.cookie}; ${sessionCookie(r)}` };
}

async function callWith(headers: Record<string, string>, name: string, input: unknown = {}) {
  const r = await send(inApp('/api/call'), { method: 'POST', headers, body: { name, input } });
  return JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

describe('browser-mode host', () => {
  it('listens on loopback and hands the token over once through the opening URL', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const open = await send(`/?token=${host.token}`);
    expect(open.status).toBe(302);
    expect(open.headers.location).toBe(inApp('/'));
    expect(String(open.headers['set-cookie'])).toContain(`HttpOnly; SameSite=Strict; Path=${inApp('/')}`);
    const page = await send(inApp('/'), { headers: withToken() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('支部台账');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses every request without the token, or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/assets/app.js')).status).toBe(401);
    expect((await send(inApp('/assets/app.js'))).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    const api = await send(inApp('/api/call'), { method: 'POST', body: { name: 'org.get', input: {} } });
    expect(api.status).toBe(401);
    expect(api.body).toContain('需要访问口令');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await send('/', { headers: { ...withToken(), host: `evil.example:${host.port}` } });
    expect(r.status).toBe(403);
  });

  it('requires a login: the session cookie maps to the user, and locking or logging out clears it', async () => {
    expect(await callWith(withToken(), 'org.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const admin = await loggedIn();
    expect(await callWith(admin, 'org.get')).toMatchObject({ ok: true });
    // Another browser holds the token but not this login.
    expect(await callWith(withToken(), 'org.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await callWith(admin, 'auth.lock')).toMatchObject({ ok: true });
    expect(await callWith(admin, 'org.get')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '已锁定，请输入密码解锁' },
    });
    expect(await callWith(admin, 'auth.status')).toMatchObject({
      ok: true,
      value: { user: null, lockedName: '管理员' },
    });
    expect(await callWith(admin, 'auth.login', { name: '管理员', password: 'secret-1' })).toMatchObject({ ok: true });
    expect(await callWith(admin, 'org.get')).toMatchObject({ ok: true });
    expect(await callWith(admin, 'auth.logout')).toMatchObject({ ok: true });
    expect(await callWith(admin, 'org.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('runs operations and refuses bad input at the boundary without a stack trace', async () => {
    const admin = await loggedIn();
    const bad = await send(inApp('/api/call'), {
      method: 'POST',
      headers: admin,
      body: { name: 'org.setup', input: { ...SAMPLE_BRANCH, name: '' } },
    });
    expect(bad.status).toBe(200);
    const result = JSON.parse(bad.body) as { ok: boolean; error: { code: string; field: string; message: string } };
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'name', message: '请填写党组织名称' },
    });
    expect(bad.body).not.toMatch(/\bat \S+:\d+|ZodError|stack/);

    const good = await send(inApp('/api/call'), {
      method: 'POST',
      headers: admin,
      body: { name: 'org.setup', input: SAMPLE_BRANCH },
    });
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { code: 'DF001' } });

    const garbage = await send(inApp('/api/call'), { method: 'POST', headers: withToken(), body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(garbage.body).toContain('请求格式不正确');
  });

  it('refuses cross-origin API calls even with the cookie', async () => {
    const r = await send(inApp('/api/call'), {
      method: 'POST',
      headers: { ...withToken(), origin: 'http://evil.example' },
      body: { name: 'org.get', input: {} },
    });
    expect(r.status).toBe(405);
  });

  it('never serves files outside the renderer folder', async () => {
    const r = await send(inApp('/../../../../etc/passwd'), { headers: withToken() });
    expect(r.body).not.toContain('root:');
    const enc = await send(inApp('/%2e%2e/%2e%2e/etc/passwd'), { headers: withToken() });
    expect(enc.body).not.toContain('root:');
  });
});
