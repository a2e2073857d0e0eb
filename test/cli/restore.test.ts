import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/services/backups/set.js';
import { openInstallation } from '../../electron/services/installation.js';
import { contractOf } from '../support/api.js';
import { openData } from '../support/cipher.js';
import { SAMPLE_BRANCH, tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
let path: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-restore-'));
  path = join(dir, 'zhibu.sqlite');
});
afterEach(() => cleanup());

function groups(): string[] {
  const db = openData(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM party_group ORDER BY name').all() as { name: string }[]).map((g) => g.name);
  } finally {
    db.close();
  }
}

/** A branch with one group, backed up, then given a second group. */
async function branchWithBackup(): Promise<string> {
  const inst = await openInstallation(path);
  await contractOf(inst).ok('org.setup', SAMPLE_BRANCH);
  await contractOf(inst).ok('groups.save', { name: '第一党小组' });
  const { name } = await contractOf(inst).ok<{ name: string }>('backups.create', {});
  await contractOf(inst).ok('groups.save', { name: '第二党小组' });
  await inst.close();
  return name;
}

describe('zhibu restore', () => {
  it('lists the backups, restores one by name, and the printed undo command brings the data back', async () => {
    const name = await branchWithBackup();
    expect(zhibu(['restore', '--db', path]).out).toContain(name);
    const r = zhibu(['restore', '--db', path, name]);
    expect(r.code).toBe(0);
    expect(groups()).toEqual(['第一党小组']);
    const undo = /zhibu restore --db \S+ (\S+-restore\.sqlite)/.exec(r.out)?.[1];
    expect(undo).toBeDefined();
    expect(zhibu(['restore', '--db', path, undo as string]).code).toBe(0);
    expect(groups()).toEqual(['第一党小组', '第二党小组']);
  }, 60_000);

  it('restores over a data file that no longer opens, keeping its bytes', async () => {
    const name = await branchWithBackup();
    writeFileSync(path, Buffer.alloc(8192, 0x42));
    const r = zhibu(['restore', '--db', path, name]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已损坏');
    expect(groups()).toEqual(['第一党小组']);
    expect(listBackups(path).map((b) => b.name)).toEqual([name]);
  }, 60_000);

  it('refuses a file that is not a backup, in Chinese, and changes nothing', async () => {
    await branchWithBackup();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    const r = zhibu(['restore', '--db', path, junk]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/已损坏或不是数据库/);
    expect(groups()).toEqual(['第一党小组', '第二党小组']);
  }, 60_000);
});
