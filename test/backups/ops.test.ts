import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupList } from '../../electron/api/backups.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

const api = () => contractOf(inst);
const list = () => api().ok<BackupList>('backups.list', {});

describe('backups through the contract', () => {
  it('立即备份 lists the copy; 恢复 by name brings the data back and can be undone', async () => {
    await api().ok('org.setup', SAMPLE_BRANCH);
    await api().ok('groups.save', { name: '第一党小组' });
    const { name } = await api().ok<{ name: string }>('backups.create', {});
    expect((await list()).items).toEqual([expect.objectContaining({ name, kind: 'manual' })]);
    inst.clock.advance(60_000);
    await api().ok('groups.save', { name: '第二党小组' });

    const r = await api().ok<{ undoName: string }>('backups.restore', { name });
    const groups = async () =>
      (await api().ok<{ groups: { name: string }[] }>('org.overview', {})).groups.map((g) => g.name);
    expect(await groups()).toEqual(['第一党小组']);
    expect((await list()).items.map((i) => i.kind)).toEqual(['restore', 'manual']);

    inst.clock.advance(60_000);
    await api().ok('backups.restore', { name: r.undoName });
    expect((await groups()).sort()).toEqual(['第一党小组', '第二党小组']);
  });

  it('refuses a name that is not in the list, or that names a path', async () => {
    expect(await api().refusal('backups.restore', { name: 'zhibu-20260101-000000-manual.sqlite' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'name',
    });
    expect(await api().refusal('backups.restore', { name: '../zhibu.sqlite' })).toMatchObject({
      code: 'VALIDATION',
      field: 'name',
    });
  });

  it('a bundle import is preceded by a backup, even when the bundle is then refused', async () => {
    await api().ok('org.setup', SAMPLE_BRANCH);
    await api().ok('exchange.import', {
      files: [{ fileName: 'x.zbx', base64: Buffer.from('垃圾').toString('base64') }],
    });
    expect((await list()).items.map((i) => i.kind)).toEqual(['import']);
  });

  it('an office backs up before bundle imports once an hour, before other imports every time', async () => {
    await api().ok('org.setup', { ...SAMPLE_BRANCH, mode: 'office', code: 'CG01', orgType: 'organ' });
    const junk = { files: [{ fileName: 'x.zbx', base64: Buffer.from('垃圾').toString('base64') }] };
    await api().ok('exchange.import', junk);
    inst.clock.advance(59 * 60_000);
    await api().ok('exchange.import', junk);
    expect((await list()).items.map((i) => i.kind)).toEqual(['import']);
    inst.clock.advance(60_000);
    await api().ok('exchange.import', junk);
    expect((await list()).items.map((i) => i.kind)).toEqual(['import', 'import']);
  });

  it('the second folder must exist; clearing it is allowed; an office may back up too', async () => {
    expect(await api().refusal('backups.setSecondFolder', { folder: '/no/such/stick' })).toMatchObject({
      code: 'VALIDATION',
      field: 'folder',
    });
    const stick = join(inst.path, '..', 'stick');
    mkdirSync(stick);
    expect(await api().ok('backups.setSecondFolder', { folder: stick })).toEqual({ secondFolder: stick });
    expect((await list()).secondFolder).toBe(stick);
    expect(await api().ok('backups.setSecondFolder', { folder: null })).toEqual({ secondFolder: null });
    await api().ok('org.setup', { ...SAMPLE_BRANCH, mode: 'office', code: 'CG01', orgType: 'organ' });
    await api().ok('backups.create', {});
  });
});
