import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/** A removable drive as the user picks it: where to write, and what to call it. */
export interface Drive {
  path: string;
  label: string;
}

export interface DriveOptions {
  platform?: NodeJS.Platform;
  /** Folders whose sub-folders are mounted drives (Linux, macOS); defaults per platform. */
  roots?: string[];
  /** Whether a Windows drive root exists; injectable for tests. */
  exists?: (path: string) => boolean;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

/** Where desktop Linux (udisks: /media/<user>, /run/media/<user>) and macOS mount removable media. */
export function defaultRoots(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') return ['/Volumes'];
  const user = currentUser();
  return user ? [`/media/${user}`, `/run/media/${user}`] : [];
}

/** Mounted volumes: real sub-folders of each root (the macOS boot volume is a symlink, left out). */
function mountedUnder(roots: string[]): Drive[] {
  const out: Drive[] = [];
  for (const root of roots) {
    let entries;
    try {
      entries = readdirSync(root, { withFileTypes: true });
    } catch {
      continue;
    }
    const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    for (const name of names.sort((a, b) => a.localeCompare(b, 'zh-CN')))
      out.push({ path: join(root, name), label: name });
  }
  return out;
}

/** Drive letters D: to Z: that exist (A:–C: are floppies and the system disk). No wmic, no shell. */
function windowsDrives(exists: (path: string) => boolean): Drive[] {
  const out: Drive[] = [];
  for (let c = 'D'.charCodeAt(0); c <= 'Z'.charCodeAt(0); c += 1) {
    const letter = String.fromCharCode(c);
    const path = `${letter}:\\`;
    if (exists(path)) out.push({ path, label: `${letter}: 盘` });
  }
  return out;
}

/** The removable drives this machine can see, for the 导出/导入 pickers. Never throws. */
export function listDrives(options: DriveOptions = {}): Drive[] {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') return windowsDrives(options.exists ?? existsSync);
  return mountedUnder(options.roots ?? defaultRoots(platform));
}
