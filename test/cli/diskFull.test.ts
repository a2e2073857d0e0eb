import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { xlsxFile } from '../../electron/services/members/import/sheets.testkit.js';
import { openData } from '../support/cipher.js';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

/**
 * A real full disk: a small tmpfs (needs root, as in CI and the dev container; anywhere else the
 * mount fails and so does this test, loudly).
 */
let dir: string;
let disk: string;
let cleanup: () => void;
let db: string;

/** Fills the disk, then frees `slack` bytes: the next write larger than that fails with ENOSPC. */
function fillLeaving(slack: number): void {
  const reserve = join(disk, 'reserve');
  writeFileSync(reserve, Buffer.alloc(slack));
  const fd = openSync(join(disk, 'filler'), 'a');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (err) {
    expect((err as { code?: string }).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
  rmSync(reserve);
}

function emptyDisk(): void {
  for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
}

/** A failure the user reads: one Chinese line naming the cause, never the system's own words. */
function expectChineseDiskFull(r: { code: number | null; err: string }): void {
  expect(r.code).not.toBe(0);
  expect(r.err).toContain('磁盘空间不足');
  expect(r.err).not.toMatch(/ENOSPC|disk is full|SQLITE_FULL|Error:/);
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-full-'));
  disk = join(dir, 'disk');
  execFileSync('mkdir', [disk]);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
  db = join(dir, 'branch.sqlite');
  expect(zhibu(['demo', '--db', db, '--members', '30']).code).toBe(0);
}, 300_000);

afterAll(() => {
  execFileSync('umount', [disk]);
  cleanup();
});

describe('a full disk', () => {
  it('leaves an existing PDF as it was when `zhibu print` cannot write the new one', () => {
    emptyDisk();
    const out = join(disk, '花名册.pdf');
    writeFileSync(out, 'the PDF printed last week');
    fillLeaving(8 * 1024);
    const r = zhibu(['print', 'roster', '--db', db, '--out', out]);
    expectChineseDiskFull(r);
    expect(r.err).toContain('原有文件未改动');
    expect(readFileSync(out, 'utf8')).toBe('the PDF printed last week');
    expect(readdirSync(disk).sort()).toEqual(['filler', '花名册.pdf']);
  }, 300_000);

  it('leaves no empty or half file from `members export`', () => {
    emptyDisk();
    fillLeaving(4 * 1024);
    const out = join(disk, '花名册.xlsx');
    const r = zhibu(['members', 'export', '--db', db, '--out', out]);
    expectChineseDiskFull(r);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(disk)).toEqual(['filler']);
  }, 300_000);

  it('leaves no half backup and says so in Chinese', () => {
    emptyDisk();
    fillLeaving(16 * 1024);
    const out = join(disk, '备份.sqlite');
    const r = zhibu(['backup', '--db', db, '--out', out]);
    expectChineseDiskFull(r);
    expect(readdirSync(disk)).toEqual(['filler']);
    // The data file's own folder keeps no working copy.
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 300_000);

  it("reports SQLite's full disk in Chinese when the data file itself cannot grow", () => {
    emptyDisk();
    fillLeaving(0);
    const r = zhibu([
      'init',
      '--db',
      join(disk, 'new.sqlite'),
      '--role',
      'branch',
      '--name',
      '中共东风村支部委员会',
      '--code',
      'DF001',
    ]);
    expectChineseDiskFull(r);
  }, 300_000);

  it('refuses an operation in Chinese when the data file cannot grow, changing nothing', async () => {
    emptyDisk();
    const onDisk = join(disk, 'branch.sqlite');
    const init = zhibu([
      'init',
      '--db',
      onDisk,
      '--role',
      'branch',
      '--name',
      '中共东风村支部委员会',
      '--code',
      'DF001',
    ]);
    expect(init.code).toBe(0);
    const members = Array.from({ length: 300 }, (_, i) => [
      `党员${i + 1}`,
      i % 2 ? '女' : '男',
      '汉族',
      buildIdNumber('420527', '1970-01-01', i + 1, i % 2 ? 'female' : 'male'),
      '1992.07.01',
      '1993.07.01',
      '第一党小组',
    ]);
    const file = (
      await xlsxFile(
        { rows: [['姓名', '性别', '民族', '身份证号', '入党时间', '转正时间', '党小组'], ...members] },
        { dir, name: 'roster.xlsx' },
      )
    ).path;
    // The app already running when the disk fills: its write-ahead log and index files exist. The
    // backup taken before an import is the first write to fail, and the import never starts.
    const running = openData(onDisk);
    running.prepare('SELECT count(*) FROM member').get();
    fillLeaving(0);
    const r = zhibu(['members', 'import', '--db', onDisk, file]);
    rmSync(join(disk, 'filler'));
    running.close();
    expectChineseDiskFull(r);
    expect(r.err).toContain('数据未改动');
    expect((JSON.parse(zhibu(['info', '--db', onDisk]).out) as { counts: { member: number } }).counts.member).toBe(0);
  }, 300_000);
});
