import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, FolderImport } from '../../api/exchange.js';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { tempDir, type TestInstallation } from '../../../test/support/temp.js';
import { contentHash, officeAndBranch } from '../../../test/sync/support.js';

let office: TestInstallation;
let branch: TestInstallation;
let stick: string;
let cleanup: () => void;

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
  ({ dir: stick, cleanup } = tempDir('zhibu-stick-'));
  const file = await contractOf(office).ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部' });
  await contractOf(branch).ok('exchange.importEnrolment', file);
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
  cleanup();
});

type Written = { path: string; fileName: string; seq: number };

describe('导出到 U 盘 / 从 U 盘导入', () => {
  it('writes bundles into a folder and imports every one addressed here, each with its line', async () => {
    const b = contractOf(branch);
    const o = contractOf(office);
    await b.ok<MemberDetail>('members.create', person({ name: '张三' }));
    const first = await b.ok<Written>('exchange.exportTo', { dir: stick });
    expect(first).toMatchObject({ fileName: 'DF001-至-CG01-第1号.zbx', path: join(stick, 'DF001-至-CG01-第1号.zbx') });
    await b.ok<MemberDetail>('members.create', person({ name: '李四' }));
    await b.ok<Written>('exchange.exportTo', { dir: stick, full: false });
    writeFileSync(join(stick, '坏文件.zbx'), 'not a bundle');
    writeFileSync(join(stick, '说明.txt'), 'ignored');
    expect(readdirSync(stick).filter((n) => n.endsWith('.part'))).toEqual([]);

    const r = await o.ok<FolderImport>('exchange.importFrom', { dir: stick });
    expect(r.skipped).toBe(0);
    expect(r.lines.map((l) => [l.fileName, l.ok])).toEqual([
      ['DF001-至-CG01-第1号.zbx', true],
      ['DF001-至-CG01-第2号.zbx', true],
      ['坏文件.zbx', false],
    ]);
    expect(r.lines[2]?.message).toBe('这不是支部台账的数据包（.zbx）');

    // The office answers onto the same stick; the branch takes only what is addressed to it.
    const back = await o.ok<Written>('exchange.exportTo', { peer: 'DF001', dir: stick });
    expect(back.fileName).toBe('CG01-至-DF001-第1号.zbx');
    const again = await b.ok<FolderImport>('exchange.importFrom', { dir: stick });
    expect(again.skipped).toBe(2);
    expect(again.lines.map((l) => [l.fileName, l.ok])).toEqual([
      ['CG01-至-DF001-第1号.zbx', true],
      ['坏文件.zbx', false],
    ]);
    // A second pass reports each bundle as already imported.
    const repeat = await o.ok<FolderImport>('exchange.importFrom', { dir: stick });
    expect(repeat.lines[0]?.message).toMatch(/^已导入过/);
  });

  it('never overwrites a file and refuses before exporting anything', async () => {
    const b = contractOf(branch);
    writeFileSync(join(stick, 'DF001-至-CG01-第1号.zbx'), 'older file');
    const before = await contentHash(branch);
    expect(await b.refusal('exchange.exportTo', { dir: stick })).toMatchObject({
      field: 'dir',
      message: '该文件夹中已有同名文件：DF001-至-CG01-第1号.zbx（不会覆盖，请换一个文件夹）',
    });
    expect(readFileSync(join(stick, 'DF001-至-CG01-第1号.zbx'), 'utf8')).toBe('older file');
    expect(await contentHash(branch)).toBe(before);
  });

  it('checks the folder: a full path, existing, and a folder', async () => {
    const b = contractOf(branch);
    const before = await contentHash(branch);
    const file = join(stick, 'a.txt');
    writeFileSync(file, 'x');
    mkdirSync(join(stick, 'sub'));
    expect(await b.refusal('exchange.exportTo', { dir: 'relative/folder' })).toMatchObject({
      field: 'dir',
      message: '文件夹须填写完整路径（例如 E:\\ 或 /media/用户名/U盘）',
    });
    expect(await b.refusal('exchange.exportTo', { dir: '  ' })).toMatchObject({
      field: 'dir',
      message: '请选择 U 盘或填写文件夹',
    });
    expect(await b.refusal('exchange.exportTo', { dir: join(stick, 'missing') })).toMatchObject({
      field: 'dir',
      message: `文件夹不存在：${join(stick, 'missing')}（U 盘是否已插好？）`,
    });
    expect(await b.refusal('exchange.importFrom', { dir: file })).toMatchObject({
      field: 'dir',
      message: `这不是文件夹：${file}`,
    });
    expect(await b.refusal('exchange.exportTo', { dir: stick, full: 'yes' })).toMatchObject({ field: 'full' });
    expect(await contentHash(branch)).toBe(before);
    expect(await b.ok<FolderImport>('exchange.importFrom', { dir: join(stick, 'sub') })).toEqual({
      lines: [],
      skipped: 0,
    });
  });

  it('lists removable drives through the contract', async () => {
    const drives = await contractOf(branch).ok<{ path: string; label: string }[]>('exchange.drives', {});
    expect(Array.isArray(drives)).toBe(true);
  });
});
