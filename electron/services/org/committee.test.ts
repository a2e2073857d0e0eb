import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EligibleMember } from '../../api/meetings.js';
import type { MemberDetail } from '../../api/members.js';
import type { CommitteeMember, OrgOverview } from '../../api/org.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { branchLedgerData } from '../ledgers/branchData.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
const m: Record<string, MemberDetail> = {};

beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  for (const name of ['王建国', '李秀英', '张伟', '刘芳', '陈志强', '赵德明', '孙丽'])
    m[name] = await api.ok<MemberDetail>('members.create', person({ name }));
});
afterEach(async () => inst.dispose());

const seat = (position: string, name: string, startedOn: string | null = null) =>
  api.ok<CommitteeMember>('committee.save', { position, name, memberId: m[name]?.id, startedOn });

async function ledgerCommittee(year: number): Promise<string[]> {
  const data = await branchLedgerData(inst.ctx, year);
  return data.overview.committee.map((c) => `${c.position}:${c.name}`);
}

describe('支委 history', () => {
  it('a change of 书记 mid-year ends the old term on the change day and starts the new one', async () => {
    const old = await seat('secretary', '王建国', '2021-04-15');
    await seat('organization', '张伟', '2021-04-15');
    const successor = await api.ok<CommitteeMember>('committee.save', {
      id: old.id,
      position: 'secretary',
      name: '李秀英',
      memberId: m['李秀英']?.id,
      duty: '主持支部全面工作',
      changedOn: '2025-06-01',
    });
    expect(successor).toMatchObject({ name: '李秀英', startedOn: '2025-06-01', endedOn: null });
    expect(successor.id).not.toBe(old.id);
    const overview = await api.ok<OrgOverview>('org.overview', {});
    expect(overview.committee.map((c) => c.name)).toEqual(['李秀英', '张伟']);
    expect(await api.ok<CommitteeMember[]>('committee.history', {})).toMatchObject([
      { id: old.id, name: '王建国', startedOn: '2021-04-15', endedOn: '2025-06-01' },
    ]);
  });

  it('a past year’s 基本情况登记表 prints that year’s committee; this year’s prints today’s', async () => {
    const old = await seat('secretary', '王建国', '2021-04-15');
    const org = await seat('organization', '张伟', '2021-04-15');
    await api.ok('committee.save', {
      id: old.id,
      position: 'secretary',
      memberId: m['李秀英']?.id,
      name: '李秀英',
      changedOn: '2025-06-01',
    });
    await api.ok('committee.remove', { id: org.id, endedOn: '2026-03-01' });
    await seat('propaganda', '刘芳', '2026-03-01');
    expect(await ledgerCommittee(2020)).toEqual([]);
    expect(await ledgerCommittee(2024)).toEqual(['secretary:王建国', 'organization:张伟']);
    expect(await ledgerCommittee(2025)).toEqual(['secretary:李秀英', 'organization:张伟']);
    expect(await ledgerCommittee(2026)).toEqual(['secretary:李秀英', 'propaganda:刘芳']);
    // The facts printed beside each name come from the roster of that year too.
    const data = await branchLedgerData(inst.ctx, 2024);
    expect(Object.values(data.committeeFacts ?? {})).toHaveLength(2);
  });

  it('a seat with no recorded start counts from 1 January of the year it was entered, not before', async () => {
    await seat('secretary', '王建国');
    await seat('deputy', '张伟', '2021-04-15');
    expect(await ledgerCommittee(2025)).toEqual(['deputy:张伟']);
    expect(await ledgerCommittee(2026)).toEqual(['secretary:王建国', 'deputy:张伟']);
    // A 支委会 of this year entered late expects them; one of a year before the entry cannot tell.
    const names = async (heldOn: string) =>
      (await api.ok<EligibleMember[]>('meetings.eligible', { kind: 'committee', heldOn })).map((e) => e.name);
    expect((await names('2026-01-05')).sort()).toEqual(['王建国', '张伟'].sort());
    expect(await names('2025-12-20')).toEqual(['张伟']);
  });

  it('a seat entered years ago without a start keeps counting from that year, up to its change', async () => {
    const early = await tempInstallation({ today: '2024-03-01' });
    try {
      const e = contractOf(early);
      await e.ok('org.setup', SAMPLE_BRANCH);
      const wang = await e.ok<MemberDetail>('members.create', person({ name: '王建国' }));
      const li = await e.ok<MemberDetail>('members.create', person({ name: '李秀英' }));
      const old = await e.ok<CommitteeMember>('committee.save', {
        position: 'secretary',
        name: '王建国',
        memberId: wang.id,
      });
      early.clock.advance(Date.parse('2026-11-23T09:00:00') - Date.parse('2024-03-01T09:00:00'));
      await e.ok('committee.save', {
        id: old.id,
        position: 'secretary',
        name: '李秀英',
        memberId: li.id,
        changedOn: '2026-06-01',
      });
      const secretary = async (year: number) =>
        (await branchLedgerData(early.ctx, year)).overview.committee.map((c) => c.name);
      expect(await secretary(2023)).toEqual([]);
      expect(await secretary(2024)).toEqual(['王建国']);
      expect(await secretary(2025)).toEqual(['王建国']);
      expect(await secretary(2026)).toEqual(['李秀英']);
    } finally {
      await early.dispose();
    }
  });

  it('a change recorded late vouches for the old 书记 in the year before it only', async () => {
    // Entered this year without a start, then found to have been replaced on 2025-06-01.
    const old = await seat('secretary', '王建国');
    await api.ok('committee.save', {
      id: old.id,
      position: 'secretary',
      memberId: m['李秀英']?.id,
      name: '李秀英',
      changedOn: '2025-06-01',
    });
    expect(await ledgerCommittee(2024)).toEqual([]);
    expect(await ledgerCommittee(2025)).toEqual(['secretary:李秀英']);
    const names = async (heldOn: string) =>
      (await api.ok<EligibleMember[]>('meetings.eligible', { kind: 'committee', heldOn })).map((e) => e.name);
    expect(await names('2025-01-10')).toEqual(['王建国']);
    expect(await names('2025-06-01')).toEqual(['李秀英']);
  });

  it('a correction of the same person’s record changes it in place and asks no date', async () => {
    const s = await seat('secretary', '王建国', '2021-04-15');
    const fixed = await api.ok<CommitteeMember>('committee.save', {
      id: s.id,
      position: 'secretary',
      name: '王建国',
      memberId: m['王建国']?.id,
      duty: '主持全面工作',
      startedOn: '2021-04-16',
    });
    expect(fixed).toMatchObject({ id: s.id, startedOn: '2021-04-16', duty: '主持全面工作', endedOn: null });
    expect(await api.ok<CommitteeMember[]>('committee.history', {})).toEqual([]);
  });

  it('refuses a change without its date, on or before the old start, or after today, changing nothing', async () => {
    const s = await seat('secretary', '王建国', '2021-04-15');
    const change = (changedOn: string | null) => ({
      id: s.id,
      position: 'secretary',
      name: '李秀英',
      memberId: m['李秀英']?.id,
      changedOn,
    });
    expect(await api.refusal('committee.save', change(null))).toMatchObject({
      field: 'changedOn',
      message: '换人或换职务时请填写变更日期（原任期到这一天结束）',
    });
    expect(await api.refusal('committee.save', change('2021-04-15'))).toMatchObject({
      field: 'changedOn',
      message: '变更日期须晚于原任职时间（2021-04-15）',
    });
    expect(await api.refusal('committee.save', change('2026-11-24'))).toMatchObject({
      field: 'changedOn',
      message: '变更日期不能晚于今天',
    });
    const overview = await api.ok<OrgOverview>('org.overview', {});
    expect(overview.committee).toMatchObject([{ id: s.id, name: '王建国', endedOn: null }]);
  });

  it('refuses a new 书记 whose term would overlap a predecessor’s', async () => {
    const s = await seat('secretary', '王建国', '2021-04-15');
    await api.ok('committee.remove', { id: s.id, endedOn: '2025-06-01' });
    expect(
      await api.refusal('committee.save', {
        position: 'secretary',
        name: '李秀英',
        memberId: m['李秀英']?.id,
        startedOn: '2025-05-01',
      }),
    ).toMatchObject({ field: 'position', message: '书记王建国任职到 2025-06-01，任职时间不能早于这一天' });
    await seat('secretary', '李秀英', '2025-06-01');
    expect(
      await api.refusal('committee.save', { position: 'secretary', name: '张伟', memberId: m['张伟']?.id }),
    ).toMatchObject({ message: '已有书记（李秀英），请先修改或移除' });
  });

  it('lets a 书记 without a start follow one whose term ended by 1 January, not one who left during the year', async () => {
    const left = async (endedOn: string) => {
      const s = await seat('secretary', '王建国', '2021-04-15');
      await api.ok('committee.remove', { id: s.id, endedOn });
      return s;
    };
    const thisYear = await left('2026-06-01');
    // Without a start the new term counts from 1 January, inside the old one.
    expect(
      await api.refusal('committee.save', { position: 'secretary', name: '李秀英', memberId: m['李秀英']?.id }),
    ).toMatchObject({ field: 'position', message: '书记王建国任职到 2026-06-01，任职时间不能早于这一天' });
    await api.ok('committee.remove', { id: thisYear.id });
    await left('2026-01-01');
    await seat('secretary', '李秀英');
    expect(await ledgerCommittee(2025)).toEqual(['secretary:王建国']);
    expect(await ledgerCommittee(2026)).toEqual(['secretary:李秀英']);
  });

  it('ends a term with a date, deletes a mistaken seat without one, and edits no ended term', async () => {
    const s = await seat('organization', '张伟', '2021-04-15');
    expect(await api.refusal('committee.remove', { id: s.id, endedOn: '2020-01-01' })).toMatchObject({
      field: 'endedOn',
      message: '卸任日期须晚于原任职时间（2021-04-15）',
    });
    await api.ok('committee.remove', { id: s.id, endedOn: '2026-01-10' });
    expect(await api.refusal('committee.remove', { id: s.id, endedOn: '2026-02-10' })).toMatchObject({
      message: '张伟已于 2026-01-10 卸任',
    });
    expect(
      await api.refusal('committee.save', {
        id: s.id,
        position: 'organization',
        name: '张伟',
        memberId: m['张伟']?.id,
      }),
    ).toMatchObject({ message: '张伟已于 2026-01-10 卸任，不能再修改' });
    const typo = await seat('propaganda', '刘芳', '2026-01-10');
    await api.ok('committee.remove', { id: typo.id });
    expect((await api.ok<OrgOverview>('org.overview', {})).committee).toEqual([]);
    expect((await api.ok<CommitteeMember[]>('committee.history', {})).map((c) => c.name)).toEqual(['张伟']);
  });

  it('a 支委会 entered late expects the committee of its day', async () => {
    const s = await seat('organization', '张伟', '2021-04-15');
    await seat('secretary', '王建国', '2021-04-15');
    await api.ok('committee.save', {
      id: s.id,
      position: 'organization',
      name: '孙丽',
      memberId: m['孙丽']?.id,
      changedOn: '2026-06-01',
    });
    const names = async (heldOn: string) =>
      (await api.ok<EligibleMember[]>('meetings.eligible', { kind: 'committee', heldOn })).map((e) => e.name).sort();
    expect(await names('2026-05-20')).toEqual(['张伟', '王建国'].sort());
    expect(await names('2026-06-01')).toEqual(['孙丽', '王建国'].sort());
  });
});
