import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ZHIBU = fileURLToPath(new URL('../zhibu.mjs', import.meta.url));

/** Wall time of `zhibu --help` (built JS; the first run after an edit builds it, so it is run twice). */
export function cliStartMs(): number {
  const run = () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [ZHIBU, '--help'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error('bench: zhibu --help failed');
    return performance.now() - t;
  };
  run();
  return run();
}

/** A stand-in page for the built UI, which only matters once a browser asks for it. */
function standInPage(dir: string): string {
  const page = join(dir, 'serve-static');
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), '<!doctype html><title>bench</title>');
  return page;
}

/** Starts `zhibu serve` on `db`; resolves with the address to open once the host prints it. */
function startServe(db: string, dir: string): { child: ChildProcess; opened: Promise<string> } {
  const child = spawn(process.execPath, [ZHIBU, 'serve', '--db', db, '--static', standInPage(dir)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const opened = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/\S+)/.exec(out);
      if (m && out.includes('\n', m.index)) resolve(m[1] as string);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`bench: zhibu serve exited with ${code}`)));
  });
  return { child, opened };
}

/**
 * Wall time from starting `zhibu serve` on `db` until it prints the address to open: opening the
 * database (its start-up checks included) and the host listening.
 */
export async function serveStartMs(db: string, dir: string): Promise<number> {
  const t = performance.now();
  const { child, opened } = startServe(db, dir);
  try {
    await opened;
    return performance.now() - t;
  } finally {
    child.kill('SIGINT');
  }
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Peak RSS of the `zhibu serve` host process (its /proc VmHWM) with the office `db` open, after
 * a browser has logged in (a first 管理员 on a file without accounts) and listed the roster of
 * the branch `code` through the lens (office.view members.list), as the 花名册 drill-down does.
 */
export async function hostPeakRssBytes(db: string, dir: string, code: string): Promise<number> {
  const { child, opened } = startServe(db, dir);
  try {
    const open = new URL(await opened);
    const token = open.searchParams.get('token') ?? '';
    const entry = await send(open.href, 'GET', {});
    const app = new URL(String(entry.headers.location), open).href;
    let headers: Record<string, string> = { 'content-type': 'application/json', 'x-zhibu-token': token };
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const r = await send(`${app}api/call`, 'POST', headers, JSON.stringify({ name, input }));
      const session = /zhibu_session_\d+=[^;]+/.exec(String(r.headers['set-cookie']));
      if (session) headers = { ...headers, cookie: session[0] };
      const answer = JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!answer.ok) throw new Error(`bench: ${name}: ${answer.error?.message ?? r.body}`);
      return answer.value;
    };
    await call('auth.setupAdmin', { name: '管理员', password: 'bench-secret-1' });
    const roster = await call('office.view', { code, op: 'members.list', input: { scope: 'current' } });
    if (!Array.isArray(roster) || roster.length === 0) throw new Error(`bench: no roster for ${code}`);
    const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
    const kib = /VmHWM:\s+(\d+) kB/.exec(status);
    if (!kib) throw new Error('bench: no VmHWM in /proc status');
    return Number(kib[1]) * 1024;
  } finally {
    child.kill('SIGINT');
  }
}
