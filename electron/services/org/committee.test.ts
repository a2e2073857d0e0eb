import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/access.js';
import type { EligibleMember, MeetingDetail, UndatedSeat } from '../../api/meetings.js';
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

  it('ends a term with a date, deletes a mistaken seat without one, and changes no ended term’s holder', async () => {
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
        name: '刘芳',
        memberId: m['刘芳']?.id,
        changedOn: '2026-02-01',
      }),
    ).toMatchObject({
      field: 'memberId',
      message: '张伟已于 2026-01-10 卸任，只能更正任职时间和分工，不能换人或换职务',
    });
    expect(
      await api.refusal('committee.save', { id: s.id, position: 'propaganda', name: '张伟', memberId: m['张伟']?.id }),
    ).toMatchObject({
      field: 'position',
      message: '张伟已于 2026-01-10 卸任，只能更正任职时间和分工，不能换人或换职务',
    });
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

describe('a 支委 whose 任职时间 is not recorded (issue #14)', () => {
  /** A 支委会 of `heldOn` with everyone named present; the first hosts and keeps the minutes. */
  const committeeMeeting = (heldOn: string, names: string[]) => ({
    kind: 'committee',
    title: '研究发展党员工作',
    heldOn,
    host: names[0],
    recorder: names[0],
    attendance: names.map((name) => ({ memberId: m[name]?.id, status: 'present' })),
    agenda: ['研究发展党员工作'],
  });
  const undated = (heldOn: string) => api.ok<UndatedSeat[]>('meetings.undatedCommittee', { heldOn });

  it('a past 支委会 names the 支委 it leaves out and where to fill in the date', async () => {
    await seat('secretary', '王建国', '2021-04-15');
    await seat('organization', '张伟');
    expect(await undated('2025-09-10')).toEqual([
      { memberId: m['张伟']?.id, name: '张伟', position: 'organization', countsFrom: '2026-01-01', ended: false },
    ]);
    // From the year it was entered the seat counts: nothing to say.
    expect(await undated('2026-03-10')).toEqual([]);
    expect(await api.refusal('meetings.save', committeeMeeting('2025-09-10', ['王建国', '张伟']))).toMatchObject({
      field: 'attendance.1.memberId',
      message:
        '组织委员张伟的任职时间没有填写，只从 2026-01-01 起算作支委，所以不在会议当日的应到名单中；请在“支部基本情况 → 支委会”中点“修改”填写任职时间',
    });
    // Someone who was simply not on the committee keeps the plain refusal.
    expect(await api.refusal('meetings.save', committeeMeeting('2025-09-10', ['王建国', '刘芳']))).toMatchObject({
      field: 'attendance.1.memberId',
      message: '第 2 位不在会议当日的应到名单中（实到不能多于应到）',
    });
  });

  it('a term that ended before the meeting, or began after it, is not a missing date', async () => {
    await seat('secretary', '王建国', '2021-04-15');
    const left = await seat('organization', '张伟');
    await api.ok('committee.remove', { id: left.id, endedOn: '2026-03-01' });
    await seat('propaganda', '刘芳', '2026-02-01');
    // 张伟 ended on 2026-03-01 and 刘芳 began on 2026-02-01: neither could be filled in for 2026-05-10.
    expect(await undated('2026-05-10')).toEqual([]);
    expect(await undated('2026-01-20')).toEqual([]);
    expect(
      await api.refusal('meetings.save', committeeMeeting('2026-01-20', ['王建国', '张伟', '刘芳'])),
    ).toMatchObject({
      field: 'attendance.2.memberId',
      message: '第 3 位不在会议当日的应到名单中（实到不能多于应到）',
    });
  });

  it('filling in an ended term’s start brings the person back to that day’s 支委会', async () => {
    await seat('secretary', '王建国', '2021-04-15');
    const zhang = await seat('organization', '张伟');
    await api.ok('committee.remove', { id: zhang.id, endedOn: '2026-03-01' });
    const meeting = committeeMeeting('2025-09-10', ['王建国', '张伟']);
    expect(await undated('2025-09-10')).toMatchObject([{ name: '张伟', countsFrom: '2026-01-01', ended: true }]);
    expect((await api.refusal('meetings.save', meeting)).message).toBe(
      '组织委员张伟的任职时间没有填写，只从 2026-01-01 起算作支委，所以不在会议当日的应到名单中；请在“支部基本情况 → 支委会 → 历任支委”中点“修改”填写任职时间',
    );

    const fixed = await api.ok<CommitteeMember>('committee.save', {
      id: zhang.id,
      position: 'organization',
      name: '张伟',
      memberId: m['张伟']?.id,
      duty: '负责组织工作',
      startedOn: '2021-04-15',
    });
    expect(fixed).toMatchObject({ id: zhang.id, startedOn: '2021-04-15', endedOn: '2026-03-01', duty: '负责组织工作' });
    expect(await api.ok<CommitteeMember[]>('committee.history', {})).toMatchObject([
      { id: zhang.id, startedOn: '2021-04-15', endedOn: '2026-03-01' },
    ]);
    expect(await undated('2025-09-10')).toEqual([]);
    const saved = await api.ok<MeetingDetail>('meetings.save', meeting);
    expect(saved.counts).toMatchObject({ expected: 2, present: 2 });
    // The correction is in the row's history like any other edit of the committee.
    const history = await api.ok<AuditEntry[]>('audit.history', { table: 'committee_member', id: zhang.id });
    expect(history.at(-1)).toMatchObject({ action: 'update', changes: { started_on: [null, '2021-04-15'] } });
  });

  it('refuses an ended term’s start on or after its end, after today, or not a date, changing nothing', async () => {
    const zhang = await seat('organization', '张伟');
    await api.ok('committee.remove', { id: zhang.id, endedOn: '2026-03-01' });
    const correct = (startedOn: string) =>
      api.refusal('committee.save', {
        id: zhang.id,
        position: 'organization',
        name: '张伟',
        memberId: m['张伟']?.id,
        startedOn,
      });
    expect(await correct('2026-03-01')).toMatchObject({
      field: 'startedOn',
      message: '任职时间须早于卸任日期（2026-03-01）',
    });
    expect(await correct('2026-11-24')).toMatchObject({ field: 'startedOn', message: '任职时间不能晚于今天' });
    expect(await correct('2025-02-30')).toMatchObject({ field: 'startedOn', message: '任职时间不是有效的日期' });
    expect(await correct('2025/02/03')).toMatchObject({
      field: 'startedOn',
      message: '任职时间格式应为 年-月-日（如 2024-07-01）',
    });
    expect(await api.ok<CommitteeMember[]>('committee.history', {})).toMatchObject([
      { id: zhang.id, startedOn: null, endedOn: '2026-03-01' },
    ]);
  });

  it('refuses an ended 书记’s start that would overlap the 书记 before', async () => {
    const first = await seat('secretary', '王建国', '2018-04-15');
    await api.ok('committee.remove', { id: first.id, endedOn: '2021-04-15' });
    const second = await seat('secretary', '李秀英');
    await api.ok('committee.remove', { id: second.id, endedOn: '2026-03-01' });
    expect(
      await api.refusal('committee.save', {
        id: second.id,
        position: 'secretary',
        name: '李秀英',
        memberId: m['李秀英']?.id,
        startedOn: '2020-01-01',
      }),
    ).toMatchObject({ field: 'startedOn', message: '书记王建国任职到 2021-04-15，任职时间不能早于这一天' });
    await api.ok('committee.save', {
      id: second.id,
      position: 'secretary',
      name: '李秀英',
      memberId: m['李秀英']?.id,
      startedOn: '2021-04-15',
    });
    expect(await ledgerCommittee(2023)).toEqual(['secretary:李秀英']);
  });

  it('corrects the start of an ended term whose holder has since left the branch', async () => {
    const zhang = await seat('organization', '张伟');
    await api.ok('committee.remove', { id: zhang.id, endedOn: '2026-03-01' });
    await api.ok('members.event', { kind: 'death', id: m['张伟']?.id, date: '2026-04-01', note: '' });
    await api.ok('committee.save', {
      id: zhang.id,
      position: 'organization',
      name: '张伟',
      memberId: m['张伟']?.id,
      startedOn: '2021-04-15',
    });
    expect(await ledgerCommittee(2025)).toEqual(['organization:张伟']);
  });
});
