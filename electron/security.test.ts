import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  isAppUrl,
  isExternalLink,
  isLocalResource,
  isTrustedSender,
  withContentSecurityPolicy,
} from './security.js';

const APP = 'file:///opt/%E6%94%AF%E9%83%A8%E5%8F%B0%E8%B4%A6/resources/app.asar/out/renderer/index.html';
const DEV = 'http://localhost:5173/';

describe('isAllowedNavigation (file:// app)', () => {
  it('allows the app document and its hash routes', () => {
    expect(isAllowedNavigation(APP, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#/members`, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#/members/42?tab=dues`, APP)).toBe(true);
  });

  it('matches the same path whether or not the Chinese folder name is percent-encoded', () => {
    expect(isAllowedNavigation('file:///opt/支部台账/resources/app.asar/out/renderer/index.html#/', APP)).toBe(true);
  });

  it('refuses other local files, even next to the app', () => {
    expect(
      isAllowedNavigation(
        'file:///opt/%E6%94%AF%E9%83%A8%E5%8F%B0%E8%B4%A6/resources/app.asar/out/renderer/other.html',
        APP,
      ),
    ).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(
      isAllowedNavigation(
        'file://evil-host/opt/%E6%94%AF%E9%83%A8%E5%8F%B0%E8%B4%A6/resources/app.asar/out/renderer/index.html',
        APP,
      ),
    ).toBe(false);
  });

  it('refuses the web and dangerous schemes', () => {
    for (const url of [
      'http://evil.example/',
      'https://evil.example/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:file:///0b8f',
      'devtools://devtools/bundled/inspector.html',
      'chrome://settings',
      'view-source:' + APP,
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, APP), url).toBe(false);
    }
  });

  it('compares Windows drive paths case-insensitively', () => {
    const win = 'file:///C:/Program%20Files/zhibu/resources/app.asar/out/renderer/index.html';
    expect(
      isAllowedNavigation('file:///c:/program files/zhibu/resources/app.asar/out/renderer/index.html#/', win),
    ).toBe(true);
    expect(
      isAllowedNavigation('file:///D:/Program%20Files/zhibu/resources/app.asar/out/renderer/index.html', win),
    ).toBe(false);
  });

  it('refuses everything when the app URL itself is not usable', () => {
    expect(isAppUrl(APP, 'garbage')).toBe(false);
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(isAllowedNavigation('file:///opt/%E6%94/index.html', APP)).toBe(false);
  });
});

describe('isAllowedNavigation (dev server)', () => {
  it('allows the dev server origin only', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/members', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', DEV)).toBe(false);
    expect(isAllowedNavigation('http://localhost.evil.example:5173/', DEV)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', DEV)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender(`${APP}#/dues`, APP)).toBe(true);
    expect(isTrustedSender('about:srcdoc', APP)).toBe(false);
    expect(isTrustedSender('http://evil.example/', APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender('', APP)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it('lets plain web links open in the system browser', () => {
    expect(isExternalLink('https://www.12371.cn/')).toBe(true);
    expect(isExternalLink('http://example.com/a?b=c#d')).toBe(true);
  });

  it('refuses anything that is not a plain web link', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'mailto:a@b.c',
      'https://user:pass@example.com/',
      'devtools://devtools/bundled/inspector.html',
      'http://',
      '',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });
});

describe('isAllowedPermission', () => {
  it('allows clipboard writing from the app only', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', `${APP}#/`, APP)).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'http://evil.example/', APP)).toBe(false);
    expect(isAllowedPermission('clipboard-sanitized-write', undefined, APP)).toBe(false);
  });

  it('denies everything else, even to the app', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
      'fileSystem',
    ]) {
      expect(isAllowedPermission(p, APP, APP), p).toBe(false);
    }
  });
});

describe('isLocalResource (print window)', () => {
  it('lets the ledger file and inline images load, nothing from the network', () => {
    expect(isLocalResource('file:///tmp/zhibu-print-x/ledger.html')).toBe(true);
    expect(isLocalResource('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    for (const url of ['https://fonts.example/a.woff2', 'http://127.0.0.1:8080/', 'ws://x/', 'ftp://x/', 'garbage']) {
      expect(isLocalResource(url), url).toBe(false);
    }
  });
});

describe('content security policy', () => {
  it('is strict for the app: no inline or remote scripts, no plugins, no forms', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
  });

  it('relaxes only what the dev server needs', () => {
    const dev = contentSecurityPolicy(DEV);
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;");
    expect(dev).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy('javascript:alert(1)')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('replaces any policy the response carried', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
