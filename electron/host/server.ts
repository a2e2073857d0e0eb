import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { openGate, type InstallationGate } from '../services/access/lockedStart.js';
import { newSession, type Session } from '../services/access/session.js';
import type { ServiceContext } from '../services/context.js';
import type { ErrorLogger } from '../services/dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../security.js';
import { serveStatic } from './static.js';

export type HostOptions = HostSettings &
  /** The open installation, or a gate that a login opens (a locked start). */
  ({ ctx: ServiceContext } | { gate: InstallationGate });

interface HostSettings {
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 (default): any free port. */
  port?: number;
  log?: ErrorLogger;
}

export interface RunningHost {
  url: string;
  /** The address to open: it hands the page this run's token once. */
  openUrl: string;
  /** Where the app itself is served: this run's unguessable path, the only one the cookie is sent to. */
  appUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 20 * 1024 * 1024;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Named per port: an office and a branch open in one browser must not replace each other's. */
function cookieName(port: number): string {
  return `zhibu_token_${port}`;
}

/** The login of one browser: its own cookie, so two browsers (or a private window) log in separately. */
function sessionCookieName(port: number): string {
  return `zhibu_session_${port}`;
}

/** Browsers that stayed away long enough to be dropped must log in again; keeps the map small. */
const MAX_SESSIONS = 64;

/** A random path for this run's app: cookies ignore ports, so only a path keeps other local servers from getting it. */
function appPathFor(): string {
  return `/app-${randomBytes(12).toString('base64url')}/`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function cookieToken(req: IncomingMessage, port: number): string | undefined {
  return readCookie(req, cookieName(port));
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the same contract over loopback HTTP. Only this run's token (handed to the
 * page once through the opening URL, then kept in an HttpOnly cookie) gets any answer, and
 * only requests addressed to 127.0.0.1/localhost are served (no DNS-rebinding). Browsers send
 * a cookie of 127.0.0.1 to every port of it, so the cookie is bound to this run's random app
 * path: another program listening on this machine never sees it, since it cannot know the path.
 * The token only lets a browser reach the app: each browser then logs in with an account, its
 * login kept here under a second cookie (the same roles and lock as the desktop window).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const gate = 'gate' in options ? options.gate : openGate(options.ctx);
  const token = randomBytes(24).toString('base64url');
  const root = resolve(options.staticDir);
  const appPath = appPathFor();
  let port = 0;
  // Each browser's login, keyed by its session cookie; logging out or locking clears its user.
  const sessions = new Map<string, Session>();
  const sessionCookie = (id: string) => `${sessionCookieName(port)}=${id}; HttpOnly; SameSite=Strict; Path=${appPath}`;
  const sessionOf = (req: IncomingMessage): { session: Session; setCookie?: string } => {
    const id = readCookie(req, sessionCookieName(port));
    const known = id === undefined ? undefined : sessions.get(id);
    if (known) return { session: known };
    if (sessions.size >= MAX_SESSIONS) {
      const oldest = [...sessions.entries()].sort((a, b) => a[1].lastActiveMs - b[1].lastActiveMs)[0];
      if (oldest) sessions.delete(oldest[0]);
    }
    const fresh = randomBytes(24).toString('base64url');
    const session = newSession();
    sessions.set(fresh, session);
    return { session, setCookie: sessionCookie(fresh) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const hostHeader = req.headers.host ?? '';
    if (hostHeader !== `127.0.0.1:${port}` && hostHeader !== `localhost:${port}`) {
      send(res, 403, '拒绝访问：只接受本机地址');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${hostHeader}`);
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!sameToken(offered, token)) {
        send(res, 401, '访问口令不正确，请使用启动时显示的完整地址');
        return;
      }
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        'set-cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=${appPath}`,
        location: appPath,
      });
      res.end();
      return;
    }
    if (
      !url.pathname.startsWith(appPath) ||
      !sameToken(cookieToken(req, port) ?? (req.headers['x-zhibu-token'] as string | undefined), token)
    ) {
      send(res, 401, '需要访问口令：请使用启动时显示的完整地址（含 ?token=）打开');
      return;
    }
    const path = url.pathname.slice(appPath.length - 1);
    if (path === '/api/call') {
      const origin = req.headers.origin;
      if (req.method !== 'POST' || (origin !== undefined && origin !== `http://${hostHeader}`)) {
        send(res, 405, '不允许的请求');
        return;
      }
      let message: { name?: unknown; input?: unknown };
      try {
        message = JSON.parse(await readBody(req)) as { name?: unknown; input?: unknown };
      } catch {
        send(
          res,
          400,
          JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '请求格式不正确' } }),
          'application/json',
        );
        return;
      }
      const { session, setCookie } = sessionOf(req);
      const result = await gate.call(session, message.name, message.input, options.log);
      send(
        res,
        200,
        JSON.stringify(result),
        'application/json; charset=utf-8',
        setCookie ? { 'set-cookie': setCookie } : {},
      );
      return;
    }
    if (req.method !== 'GET') {
      send(res, 405, '不允许的请求');
      return;
    }
    serveStatic(root, path, res, SECURITY_HEADERS);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, '服务内部错误'));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    appUrl: `http://127.0.0.1:${port}${appPath}`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
