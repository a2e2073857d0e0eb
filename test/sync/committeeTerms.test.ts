import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { MemberDetail } from '../../electron/api/members.js';
import type { CommitteeMember } from '../../electron/api/org.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { reseal, rowOf, type Body } from './craft.js';
import { contentHash, enrolledPair } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;
let wang: MemberDetail;
let li: MemberDetail;

beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
  wang = await contractOf(branch).ok<MemberDetail>('members.create', person({ name: '王建国' }));
  li = await contractOf(branch).ok<MemberDetail>('members.create', person({ name: '李秀英' }));
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

async function officeSeat(id: string) {
  return office.ctx.db.selectFrom('committee_member').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const seatRows = (body: Body) => body.changes.filter((c) => c.table === 'committee_member');

async function changeOfSecretary(): Promise<{ old: CommitteeMember; successor: CommitteeMember }> {
  const api = contractOf(branch);
  const old = await api.ok<CommitteeMember>('committee.save', {
    position: 'secretary',
    name: '王建国',
    memberId: wang.id,
    startedOn: '2021-04-15',
  });
  const successor = await api.ok<CommitteeMember>('committee.save', {
    id: old.id,
    position: 'secretary',
    name: '李秀英',
    memberId: li.id,
    changedOn: '2025-06-01',
  });
  return { old, successor };
}

describe('支委 terms in a bundle (committee terms migration)', () => {
  it('a change of 书记 reaches the office as the ended term and the new one', async () => {
    const { old, successor } = await changeOfSecretary();
    expect(await send()).toMatchObject({ ok: true });
    expect(await officeSeat(old.id)).toMatchObject({
      name: '王建国',
      started_on: '2021-04-15',
      ended_on: '2025-06-01',
    });
    expect(await officeSeat(successor.id)).toMatchObject({ name: '李秀英', started_on: '2025-06-01', ended_on: null });
  });

  it('imports an older peer’s rows, which lack the column, and keeps the stored end', async () => {
    const { old } = await changeOfSecretary();
    expect(await send()).toMatchObject({ ok: true });
    const deputy = await contractOf(branch).ok<CommitteeMember>('committee.save', {
      position: 'deputy',
      name: '王建国',
      memberId: wang.id,
      startedOn: '2025-06-01',
    });
    const stored = await officeSeat(old.id);
    // As an app from before the migration sends them: the new seat, and the old seat edited
    // there (a newer stamp), both without ended_on.
    const line = await send((body) => {
      const fresh = rowOf(body, 'committee_member', (r) => r.id === deputy.id);
      delete fresh.row.ended_on;
      const edited = structuredClone(fresh);
      edited.id = old.id;
      edited.row = { ...edited.row, id: old.id, created_at: stored.created_at, position: 'secretary', duty: '已卸任' };
      edited.row.started_on = '2021-04-15';
      edited.row.sort_order = 0;
      body.changes = [...body.changes.filter((c) => c.table !== 'committee_member'), fresh, edited];
    });
    expect(line).toMatchObject({ ok: true });
    expect(await officeSeat(old.id)).toMatchObject({ duty: '已卸任', ended_on: '2025-06-01' });
    expect(await officeSeat(deputy.id)).toMatchObject({ position: 'deputy', ended_on: null });
  });

  it('refuses a 卸任日期 that is no date, changing nothing', async () => {
    await changeOfSecretary();
    const before = await contentHash(office);
    const line = await send((body) => {
      const ended = seatRows(body).find((c) => c.row.ended_on);
      if (ended) ended.row.ended_on = '2025-02-30';
    });
    expect(line).toMatchObject({
      ok: false,
      message: '数据包中的记录不符合填写规则（支委会成员：卸任日期不是有效的日期），已拒绝整个数据包，没有做任何改动',
    });
    expect(await contentHash(office)).toBe(before);
  });
});
