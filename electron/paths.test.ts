import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, defaultDataDir, devNativeBindingPath } from './paths.js';

describe('defaultDataDir (same folder as Electron userData for 支部台账)', () => {
  it('Linux: ~/.config when XDG_CONFIG_HOME is unset or empty', () => {
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/支部台账');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/li')).toBe('/home/li/.config/支部台账');
  });

  it('Linux: honours XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/li')).toBe('/data/cfg/支部台账');
  });

  it('other Unix systems follow the Linux rules', () => {
    expect(defaultDataDir('freebsd', {}, '/home/li')).toBe('/home/li/.config/支部台账');
  });

  it('Windows: %APPDATA%, with backslashes whatever the host is', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Li\\AppData\\Roaming' }, 'C:\\Users\\Li')).toBe(
      'C:\\Users\\Li\\AppData\\Roaming\\支部台账',
    );
  });

  it('Windows: falls back to the roaming folder under the home folder', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Li')).toBe('C:\\Users\\Li\\AppData\\Roaming\\支部台账');
  });

  it('macOS: ~/Library/Application Support, ignoring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/x' }, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/支部台账',
    );
  });
});

describe('defaultDatabasePath', () => {
  it('is zhibu.sqlite inside the data folder', () => {
    expect(defaultDatabasePath('linux', {}, '/home/li')).toBe('/home/li/.config/支部台账/zhibu.sqlite');
    expect(defaultDatabasePath('win32', { APPDATA: 'D:\\AppData' }, 'C:\\Users\\Li')).toBe(
      'D:\\AppData\\支部台账\\zhibu.sqlite',
    );
    expect(defaultDatabasePath('darwin', {}, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/支部台账/zhibu.sqlite',
    );
  });

  it('accepts process.env as it is', () => {
    expect(defaultDatabasePath(process.platform, process.env, '/h').endsWith('zhibu.sqlite')).toBe(true);
  });
});

describe('devNativeBindingPath', () => {
  it('points into .electron-native of the checkout', () => {
    expect(devNativeBindingPath('/src/zhibu')).toBe(join('/src/zhibu', '.electron-native', 'better_sqlite3.node'));
  });
});
