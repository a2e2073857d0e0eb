/**
 * Pure security predicates for the Electron shell and the browser-mode host. Kept free of
 * Electron imports so they are unit-tested directly.
 */

/** Inline styles are needed by antd (CSS-in-JS) and the print stylesheet; scripts never inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The policy for the desktop window. `electron-vite dev` serves the renderer with an inline
 * React-refresh preamble and a hot-reload websocket, so only then are those two let through.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return CONTENT_SECURITY_POLICY;
  const socket = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket}`,
  );
}

/** Response headers with our policy in place of any the response carried (names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

/** A file URL's path, decoded; Windows drive paths compare case-insensitively like the file system. */
function filePath(u: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  return /^\/[A-Za-z]:\//.test(path) ? path.toLowerCase() : path;
}

/**
 * Whether `url` is the app's own page. Loaded from a file, only that very document counts (any
 * hash route, since the router lives in the hash): other local files are not the app. Loaded
 * from the dev server, its origin counts.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    if (target.protocol !== 'file:' || target.host !== app.host) return false;
    const path = filePath(target);
    return path !== null && path === filePath(app);
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/** `will-navigate`: the window may only ever show the app. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** IPC: only the app's own page may call the contract (not a frame or page it navigated to). */
export function isTrustedSender(frameUrl: string | null | undefined, appUrl: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, appUrl);
}

/**
 * A link the user may follow in the system browser: plain http(s) without credentials in it.
 * Everything else (file:, javascript:, data:, custom protocols that launch programs) is refused.
 */
export function isExternalLink(url: string): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return false;
  return u.hostname !== '' && u.username === '' && u.password === '';
}

/** Writing to the clipboard (copy buttons) is the only browser permission the app may use. */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** Camera, microphone, location, notifications…: denied, and to anyone but the app, everything. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | null | undefined,
  appUrl: string,
): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isTrustedSender(requestingUrl, appUrl);
}

/** The hidden print window loads a local file; nothing it shows may come from the network. */
export function isLocalResource(url: string): boolean {
  const u = parse(url);
  return u !== null && (u.protocol === 'file:' || u.protocol === 'data:');
}
