import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/support/temp.js';
import { defaultRoots, listDrives } from './drives.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-drives-'));
});
afterEach(() => cleanup());

describe('removable drives', () => {
  it('lists the mounted folders under each root, not files, hidden entries or symlinks', () => {
    const media = join(dir, 'media', 'zhang');
    const run = join(dir, 'run', 'media', 'zhang');
    mkdirSync(join(media, 'KINGSTON'), { recursive: true });
    mkdirSync(join(media, '.hidden'), { recursive: true });
    mkdirSync(join(run, '支部U盘'), { recursive: true });
    writeFileSync(join(media, 'not-a-drive.txt'), 'x');
    symlinkSync('/', join(media, 'Macintosh HD'));
    const roots = [media, run, join(dir, 'missing')];
    expect(listDrives({ platform: 'linux', roots })).toEqual([
      { path: join(media, 'KINGSTON'), label: 'KINGSTON' },
      { path: join(run, '支部U盘'), label: '支部U盘' },
    ]);
    expect(listDrives({ platform: 'linux', roots: [join(dir, 'missing')] })).toEqual([]);
  });

  it('offers the Windows drive letters D: to Z: that exist', () => {
    const present = new Set(['C:\\', 'E:\\', 'F:\\']);
    expect(listDrives({ platform: 'win32', exists: (p) => present.has(p) })).toEqual([
      { path: 'E:\\', label: 'E: 盘' },
      { path: 'F:\\', label: 'F: 盘' },
    ]);
  });

  it('looks where each desktop mounts removable media', () => {
    expect(defaultRoots('darwin')).toEqual(['/Volumes']);
    const linux = defaultRoots('linux');
    expect(linux.every((r) => r.startsWith('/media/') || r.startsWith('/run/media/'))).toBe(true);
  });
});
