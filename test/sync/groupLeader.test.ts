import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { PartyGroup } from '../../electron/api/org.js';
import { contractOf } from '../support/api.js';
import type { TestInstallation } from '../support/temp.js';
import { reseal, type Body } from './craft.js';
import { contentHash, enrolledPair } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

/** The branch's next bundle, edited by `edit` and signed by the branch, imported at the office. */
async function send(edit: (body: Body) => void = () => undefined): Promise<ImportLine> {
  const f = await contractOf(branch).ok<BundleFile>('exchange.export', {});
  const bytes = await reseal(Buffer.from(f.base64, 'base64'), branch, office, edit);
  const [line] = await contractOf(office).ok<ImportLine[]>('exchange.import', {
    files: [{ fileName: 'x.zbx', base64: bytes.toString('base64') }],
  });
  return line as ImportLine;
}

async function officeGroup(id: string) {
  return office.ctx.db.selectFrom('party_group').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const groupRows = (body: Body) => body.changes.filter((c) => c.table === 'party_group');

describe('党小组长任职时间 in a bundle (migration 11)', () => {
  it('travels with the group', async () => {
    const g = await contractOf(branch).ok<PartyGroup>('groups.save', {
      name: '第一党小组',
      leaderName: '王强',
      leaderSince: '2024-03-01',
    });
    expect(await send()).toMatchObject({ ok: true });
    expect(await officeGroup(g.id)).toMatchObject({ leader_name: '王强', leader_since: '2024-03-01' });
  });

  it('imports an older peer’s rows, which lack the column, and keeps the stored date', async () => {
    const g = await contractOf(branch).ok<PartyGroup>('groups.save', {
      name: '第一党小组',
      leaderName: '王强',
      leaderSince: '2024-03-01',
    });
    expect(await send()).toMatchObject({ ok: true });
    // The same group renamed, and a new group, as an app from before migration 11 would send them.
    await contractOf(branch).ok('groups.save', {
      id: g.id,
      name: '一组',
      leaderName: '王强',
      leaderSince: '2024-03-01',
    });
    const added = await contractOf(branch).ok<PartyGroup>('groups.save', { name: '第二党小组', leaderName: '李明' });
    const line = await send((body) => {
      const rows = groupRows(body);
      expect(rows).toHaveLength(2);
      for (const c of rows) delete c.row.leader_since;
    });
    expect(line).toMatchObject({ ok: true });
    expect(await officeGroup(g.id)).toMatchObject({ name: '一组', leader_since: '2024-03-01' });
    expect(await officeGroup(added.id)).toMatchObject({ name: '第二党小组', leader_name: '李明', leader_since: null });
  });

  it('refuses a 任职时间 that is no date, changing nothing', async () => {
    await contractOf(branch).ok('groups.save', { name: '第一党小组', leaderName: '王强', leaderSince: '2024-03-01' });
    const before = await contentHash(office);
    const line = await send((body) => {
      const [c] = groupRows(body);
      if (c) c.row.leader_since = '2024-02-30';
    });
    expect(line).toMatchObject({
      ok: false,
      message:
        '数据包中的记录不符合填写规则（党小组：党小组长任职时间不是有效的日期），已拒绝整个数据包，没有做任何改动',
    });
    expect(await contentHash(office)).toBe(before);
  });
});
