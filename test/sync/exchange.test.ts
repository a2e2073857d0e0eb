import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail } from '../../electron/api/members.js';
import { enrolBranch, importEnrolment } from '../../electron/sync/enrol.js';
import { BundleError } from '../../electron/sync/errors.js';
import { exportBundle } from '../../electron/sync/exporter.js';
import { ownFingerprint } from '../../electron/sync/identity.js';
import { importBundle } from '../../electron/sync/importer.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';
import { contentHash, importOk, officeAndBranch } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;
let dir: string;
let cleanup: () => void;
const NOW = '2026-11-23T09:00:00Z';

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
  ({ dir, cleanup } = tempDir('zhibu-sync-'));
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
  cleanup();
});

/** Passes a bundle as a real file, the way a USB stick would. */
async function send(from: TestInstallation, to: TestInstallation, peer: string, name: string) {
  const out = await exportBundle(from.ctx.db, peer, NOW);
  const path = join(dir, name);
  writeFileSync(path, out.bytes);
  return { out, path, result: await importBundle(to.ctx, readFileSync(path), NOW) };
}

async function enrol() {
  const text = await enrolBranch(office.ctx.db, { code: 'DF001', name: '东风村党支部' }, NOW);
  writeFileSync(join(dir, 'DF001.zbenrol'), text);
  return importEnrolment(branch.ctx.db, readFileSync(join(dir, 'DF001.zbenrol'), 'utf8'), NOW);
}

describe('bundle exchange between a branch and its office', () => {
  it('enrols with matching fingerprints and sends the full state, then increments', async () => {
    const shown = await enrol();
    expect(shown.fingerprint).toBe(await ownFingerprint(office.ctx.db));
    expect(shown.fingerprint).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    const api = contractOf(branch);
    const m = await api.ok<MemberDetail>('members.create', person({ name: '张三' }));
    await api.ok('groups.save', { name: '第一党小组' });

    const first = await send(branch, office, 'CG01', 'b1.zbx');
    expect(first.out.full).toBe(true);
    expect(first.result).toMatchObject({ seq: 1, applied: first.out.rows, conflicts: 0 });
    const there = await contractOf(office).ok<MemberDetail>('members.get', { id: m.id });
    expect(there.name).toBe('张三');
    // The office now also holds the branch's organisation row, yet its own stays its own.
    expect(await contractOf(office).ok('org.get', {})).toMatchObject({ code: 'CG01', mode: 'office' });

    const ack = await send(office, branch, 'DF001', 'o1.zbx');
    expect(ack.result).toMatchObject({ seq: 1, applied: 0, conflicts: 0 });
    // What came from the branch is not echoed back to it.
    expect(ack.out.rows).toBe(0);

    await api.ok('members.update', { ...m.input, id: m.id, phone: '13900001111' });
    const second = await send(branch, office, 'CG01', 'b2.zbx');
    expect(second.out).toMatchObject({ full: false, rows: 1, seq: 2 });
    expect((await contractOf(office).ok<MemberDetail>('members.get', { id: m.id })).phone).toBe('13900001111');
  });

  it('refuses a bundle already imported, changing nothing', async () => {
    await enrol();
    const first = await send(branch, office, 'CG01', 'b1.zbx');
    const before = await contentHash(office);
    await expect(importBundle(office.ctx, readFileSync(first.path), NOW)).rejects.toThrow(/已导入过/);
    expect(await contentHash(office)).toBe(before);
  });

  it('lets a branch export again; the same changes import once', async () => {
    await enrol();
    await contractOf(branch).ok('members.create', person({ name: '李四' }));
    await send(branch, office, 'CG01', 'b1.zbx');
    const again = await send(branch, office, 'CG01', 'b2.zbx');
    expect(again.out.full).toBe(true);
    expect(again.result.applied).toBe(0);
  });

  it('refuses bundles from an unknown sender, for another recipient, or before enrolment', async () => {
    await expect(exportBundle(branch.ctx.db, 'CG01', NOW)).rejects.toThrow(/还没有导入上级党委的登记文件/);
    await enrol();
    const out = await exportBundle(branch.ctx.db, 'CG01', NOW);
    const stranger = await tempInstallation({ nodeId: 'cccccccccccccccc' });
    await contractOf(stranger).ok('org.setup', {
      ...SAMPLE_BRANCH,
      mode: 'office',
      code: 'XX99',
      name: '别的党委',
      orgType: 'organ',
    });
    await expect(importBundle(stranger.ctx, out.bytes, NOW)).rejects.toThrow(/不是本单位/);
    await stranger.dispose();
    await expect(importBundle(branch.ctx, out.bytes, NOW)).rejects.toBeInstanceOf(BundleError);
  });

  it('treats organisation codes without regard to letter case', async () => {
    const lower = await tempInstallation({ nodeId: 'eeeeeeeeeeeeeeee' });
    await contractOf(lower).ok('org.setup', { ...SAMPLE_BRANCH, code: 'xs002', name: '中共西山村支部委员会' });
    expect(await contractOf(lower).ok('org.get', {})).toMatchObject({ code: 'XS002' });
    const text = await enrolBranch(office.ctx.db, { code: 'Xs002', name: '西山村党支部' }, NOW);
    await expect(importEnrolment(lower.ctx.db, text, NOW)).resolves.toMatchObject({ office: '中共城关镇委员会' });
    await lower.dispose();
  });

  it('restores a reinstalled branch from the office’s recovery bundle, history included', async () => {
    await enrol();
    const api = contractOf(branch);
    const m = await api.ok<MemberDetail>('members.create', person({ name: '赵六' }));
    await api.ok('members.event', { kind: 'mobile_start', id: m.id, date: '2026-03-01', destination: '苏州' });
    await send(branch, office, 'CG01', 'b1.zbx');

    const fresh = await tempInstallation({ nodeId: 'dddddddddddddddd' });
    await contractOf(fresh).ok('org.setup', SAMPLE_BRANCH);
    const text = await enrolBranch(office.ctx.db, { code: 'DF001', name: '东风村党支部' }, NOW, true);
    await importEnrolment(fresh.ctx.db, text, NOW);
    const original = await contractOf(branch).ok<{ id: string }>('org.get', {});
    await importOk(office.ctx, (await exportBundle(fresh.ctx.db, 'CG01', NOW)).bytes);
    const recovery = await exportBundle(office.ctx.db, 'DF001', NOW, { full: true });
    await importOk(fresh.ctx, recovery.bytes);
    const back = await contractOf(fresh).ok<MemberDetail>('members.get', { id: m.id });
    expect(back.events.map((e) => e.kind)).toEqual(['joined', 'confirm', 'mobile_start']);
    // The original organisation row is this installation's own again; the one setup made is gone,
    // and its removal reaches the office in the next bundle.
    expect(await contractOf(fresh).ok<{ id: string }>('org.get', {})).toMatchObject({ id: original.id });
    const live = (db: TestInstallation['ctx']['db']) =>
      db.selectFrom('organization').select('id').where('code', '=', 'DF001').where('deleted_at', 'is', null).execute();
    expect(await live(fresh.ctx.db)).toHaveLength(1);
    await importOk(office.ctx, (await exportBundle(fresh.ctx.db, 'CG01', NOW)).bytes);
    expect(await live(office.ctx.db)).toEqual([{ id: original.id }]);
    await fresh.dispose();
  });
});
