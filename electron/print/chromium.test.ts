import { describe, expect, it } from 'vitest';
import { browserCandidates, createChromiumPrinter, findBrowser } from './chromium.js';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('findBrowser', () => {
  it('uses ZHIBU_BROWSER first', () => {
    expect(findBrowser({ ZHIBU_BROWSER: '/opt/my/chrome' }, only('/opt/my/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/my/chrome',
    );
  });

  it('refuses a ZHIBU_BROWSER that does not exist, in Chinese, rather than using another browser', () => {
    expect(() => findBrowser({ ZHIBU_BROWSER: '/nope/chrome' }, only('/usr/bin/chromium'))).toThrow(
      '环境变量 ZHIBU_BROWSER 指定的浏览器程序不存在：/nope/chrome',
    );
  });

  it('ignores an empty ZHIBU_BROWSER', () => {
    expect(findBrowser({ ZHIBU_BROWSER: '  ' }, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('finds Linux browsers in order of preference', () => {
    expect(findBrowser({}, only('/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findBrowser({}, only('/usr/bin/microsoft-edge'))).toBe('/usr/bin/microsoft-edge');
  });

  it('finds Chrome and Edge under the Windows program folders', () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LocalAppData: 'C:\\Users\\u\\AppData\\Local',
    };
    expect(findBrowser(env, only('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'))).toBe(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
    expect(findBrowser(env, only('C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'))).toBe(
      'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(browserCandidates({})).not.toContainEqual(expect.stringContaining('chrome.exe'));
  });

  it('finds browsers installed on macOS', () => {
    expect(findBrowser({}, only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'))).toBe(
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
    expect(findBrowser({}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toContain(
      'Google Chrome.app',
    );
  });

  it('returns null when there is no browser', () => {
    expect(findBrowser({}, () => false)).toBeNull();
  });
});

describe('createChromiumPrinter', () => {
  it('reports in Chinese when the browser cannot start, and launches nothing until asked', async () => {
    const printer = createChromiumPrinter('/nonexistent/chromium');
    await expect(printer('<p>x</p>', { landscape: false, headerLeft: '', headerRight: '' })).rejects.toThrow(
      '无法启动浏览器 /nonexistent/chromium',
    );
    await printer.close();
  });
});
