import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplianceYear, ParticipationRow } from '../../api/compliance.js';
import type { EligibleMember, MeetingDetail } from '../../api/meetings.js';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
let formal: MemberDetail[];
let probationer: MemberDetail;

beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  formal = [];
  for (const name of ['甲', '乙', '丙', '丁'])
    formal.push(await api.ok<MemberDetail>('members.create', person({ name })));
  probationer = await api.ok<MemberDetail>(
    'members.create',
    person({ name: '预', kind: 'probationary', confirmedOn: null, joinedOn: '2026-03-01', birthDate: '1999-01-01' }),
  );
});
afterEach(async () => inst.dispose());

const present = (m: MemberDetail) => ({ memberId: m.id, status: 'present' });
const congress = (over: object = {}) => ({
  kind: 'congress',
  title: '第三季度支部党员大会',
  heldOn: '2026-09-20',
  startTime: '09:00',
  endTime: '11:00',
  place: '村党群服务中心',
  host: '甲',
  recorder: '乙',
  attendance: [...formal.map(present), present(probationer)],
  agenda: ['学习文件', '讨论村务'],
  votes: [{ motion: '通过村级重大事项', yes: 4, no: 0, abstain: 0 }],
  ...over,
});

describe('meeting records', () => {
  it('builds 应到 from the roster as it stood that day', async () => {
    const before = await api.ok<EligibleMember[]>('meetings.eligible', { kind: 'congress', heldOn: '2026-02-01' });
    expect(before.map((e) => e.name).sort()).toEqual(['丁', '丙', '乙', '甲']);
    const after = await api.ok<EligibleMember[]>('meetings.eligible', { kind: 'congress', heldOn: '2026-03-01' });
    expect(after.find((e) => e.name === '预')).toMatchObject({ voting: false });
  });

  it('records a 支部党员大会 with votes; 预备党员 attend without voting', async () => {
    const m = await api.ok<MeetingDetail>('meetings.save', congress());
    expect(m.counts).toMatchObject({ expected: 5, present: 5, votingExpected: 4, votingPresent: 4, quorumMet: true });
    expect(m).toMatchObject({ heldOn: '2026-09-20', recordedOn: '2026-11-23', late: true });
    expect(m.input.votes).toEqual([{ motion: '通过村级重大事项', yes: 4, no: 0, abstain: 0 }]);
    const e = await api.refusal('meetings.save', congress({ votes: [{ motion: '多票', yes: 5, no: 0, abstain: 0 }] }));
    expect(e.message).toBe('“多票”的票数合计 5 超过到会有表决权人数 4');
  });

  it('refuses votes without a quorum of members with a vote', async () => {
    const attendance = [
      present(formal[0] as MemberDetail),
      present(formal[1] as MemberDetail),
      { memberId: formal[2]?.id, status: 'leave', reason: '外出务工' },
      { memberId: formal[3]?.id, status: 'absent', reason: '生病' },
      present(probationer),
    ];
    const e = await api.refusal(
      'meetings.save',
      congress({ attendance, votes: [{ motion: 'x', yes: 2, no: 0, abstain: 0 }] }),
    );
    expect(e.message).toBe('到会的有表决权党员未超过半数（应到 4 人，实到 2 人），不能进行表决');
    const ok = await api.ok<MeetingDetail>('meetings.save', congress({ attendance, votes: [] }));
    expect(ok.counts.quorumMet).toBe(false);
  });

  it('refuses someone both present and on leave, a missing reason, and people not on the roster that day', async () => {
    const a = formal[0] as MemberDetail;
    const both = await api.refusal(
      'meetings.save',
      congress({ attendance: [present(a), { memberId: a.id, status: 'leave', reason: '事假' }], votes: [] }),
    );
    expect(both.message).toBe('甲不能同时标记为出席和请假/缺席');
    const noReason = await api.refusal(
      'meetings.save',
      congress({ attendance: [{ memberId: a.id, status: 'leave' }], votes: [] }),
    );
    expect(noReason.message).toBe('请填写甲的请假原因');
    const early = await api.refusal('meetings.save', congress({ heldOn: '2026-02-01', votes: [] }));
    expect(early.message).toMatch(/不在会议当日的应到名单中（实到不能多于应到）/);
  });

  it('applies the 党员大会 quorum to a 主题党日 that also counts as one', async () => {
    const attendance = [
      present(formal[0] as MemberDetail),
      ...formal.slice(1).map((m) => ({ memberId: m.id, status: 'leave', reason: '外出' })),
      present(probationer),
    ];
    const e = await api.refusal(
      'meetings.save',
      congress({
        kind: 'theme_day',
        alsoCountsAs: ['congress'],
        recorder: '甲',
        attendance,
        votes: [{ motion: 'x', yes: 1, no: 0, abstain: 0 }],
      }),
    );
    expect(e.message).toMatch(/未超过半数/);
  });

  it('keeps empty 民主评议 vote counts empty, not 0', async () => {
    const m = await api.ok<MeetingDetail>('meetings.save', {
      kind: 'appraisal',
      title: '民主评议',
      heldOn: '2026-11-20',
      grades: [{ memberId: formal[0]?.id, grade: 'qualified', votesExcellent: null, ballotsIssued: 5 }],
    });
    expect(m.gradeLines[0]).toMatchObject({ votesExcellent: null, ballotsIssued: 5 });
  });

  it('counts a 支委会 quorum over the committee, every seat a 正式党员 of the roster', async () => {
    const small = await api.refusal('committee.save', { position: 'organization', name: '乙' });
    expect(small.message).toBe('本支部正式党员 4 人，不足 7 人，不设支部委员会，只设书记（可设副书记）');
    for (const name of ['戊', '己', '庚']) formal.push(await api.ok<MemberDetail>('members.create', person({ name })));
    const typed = await api.refusal('committee.save', { position: 'secretary', name: '王某' });
    expect(typed).toMatchObject({
      field: 'memberId',
      message: '花名册中没有唯一名为“王某”的党员，请从花名册中选择支委',
    });
    const prob = await api.refusal('committee.save', { position: 'secretary', name: '预' });
    expect(prob.message).toBe('预是预备党员，支委须为正式党员');
    await api.ok('committee.save', { position: 'secretary', name: '甲', memberId: formal[0]?.id });
    // A name typed by hand links to the one roster member of that name, so the seat counts.
    await api.ok('committee.save', { position: 'organization', name: '乙' });
    await api.ok('committee.save', { position: 'propaganda', name: '丙' });
    const committee = (attendance: object[]) => ({
      kind: 'committee',
      title: '11月支委会',
      heldOn: '2026-11-05',
      host: '甲',
      attendance,
      votes: [],
    });
    const missing = await api.refusal(
      'meetings.save',
      committee([present(formal[0] as MemberDetail), { memberId: formal[1]?.id, status: 'absent', reason: '外出' }]),
    );
    expect(missing.message).toBe('会议当日应到 3 人，还有 1 人未标记出席情况：丙');
    const m = await api.ok<MeetingDetail>(
      'meetings.save',
      committee([
        present(formal[0] as MemberDetail),
        { memberId: formal[1]?.id, status: 'absent', reason: '外出' },
        { memberId: formal[2]?.id, status: 'leave', reason: '生病' },
      ]),
    );
    expect(m.counts).toMatchObject({ expected: 3, present: 1, quorumMet: false });
    const c = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    const nov = c.rows.find((r) => r.kind === 'committee')?.periods[10];
    expect(nov).toMatchObject({ status: 'due', meetingIds: [], inquorateIds: [m.id] });
  });

  it('owes no 支委会 while the branch has fewer than 7 正式党员', async () => {
    const c = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    expect(c.rows.find((r) => r.kind === 'committee')).toBeUndefined();
  });

  it('judges 应到 from the roster of the day, not from the lines sent', async () => {
    const e = await api.refusal(
      'meetings.save',
      congress({ attendance: [present(formal[0] as MemberDetail), present(formal[1] as MemberDetail)], votes: [] }),
    );
    expect(e.issues?.[0]).toMatchObject({
      field: 'attendance',
      message: '会议当日应到 5 人，还有 3 人未标记出席情况：丁、丙、预',
    });
  });

  it('does not count a 党员大会 without quorum as held on the calendar', async () => {
    const attendance = [
      present(formal[0] as MemberDetail),
      present(formal[1] as MemberDetail),
      { memberId: formal[2]?.id, status: 'leave', reason: '外出务工' },
      { memberId: formal[3]?.id, status: 'absent', reason: '生病' },
      present(probationer),
    ];
    const m = await api.ok<MeetingDetail>('meetings.save', congress({ attendance, votes: [] }));
    const c = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    expect(c.rows.find((r) => r.kind === 'congress')?.periods[2]).toMatchObject({
      status: 'overdue',
      meetingIds: [],
      inquorateIds: [m.id],
    });
  });

  it('requires the 主持人 and 记录人 to be present', async () => {
    const leave = formal.map((f, i) => (i === 1 ? { memberId: f.id, status: 'leave', reason: '事假' } : present(f)));
    const e = await api.refusal('meetings.save', congress({ attendance: [...leave, present(probationer)], votes: [] }));
    expect(e).toMatchObject({ field: 'recorder', message: '记录人乙已标记为请假或缺席，记录人须到会' });
    const stranger = await api.refusal('meetings.save', congress({ host: '某人', votes: [] }));
    expect(stranger.message).toBe('主持人某人不在到会名单中，请从到会人员中选择（上级或列席人员请先填入列席栏）');
    await api.ok('meetings.save', congress({ host: '镇党委委员李某', superiors: '镇党委委员李某', votes: [] }));
  });

  it('marks a record entered more than 30 days late as 补录, keeping both dates', async () => {
    const inTime = await api.ok<MeetingDetail>('meetings.save', congress({ heldOn: '2026-10-24', votes: [] }));
    expect(inTime).toMatchObject({ heldOn: '2026-10-24', recordedOn: '2026-11-23', late: false });
    const late = await api.ok<MeetingDetail>('meetings.save', congress({ heldOn: '2026-10-23', votes: [] }));
    expect(late).toMatchObject({ heldOn: '2026-10-23', recordedOn: '2026-11-23', late: true });
    inst.clock.advance(86_400_000);
    const corrected = await api.ok<MeetingDetail>('meetings.save', { ...inTime.input, title: '改正标题' });
    expect(corrected).toMatchObject({ recordedOn: '2026-11-23', late: false });
  });

  it('requires a group for 党小组会 and a teacher and title for 党课', async () => {
    const g = await api.refusal('meetings.save', { kind: 'group', title: '小组会', heldOn: '2026-11-01' });
    expect(g.field).toBe('groupId');
    const l = await api.refusal('meetings.save', { kind: 'lecture', title: '党课', heldOn: '2026-11-01' });
    expect(l.issues?.map((i) => i.field)).toEqual(['lecturer', 'lectureTitle']);
  });

  it('changes the compliance calendar; one meeting counts for two activities', async () => {
    const before = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    const row = (c: ComplianceYear, kind: string) => c.rows.find((r) => r.kind === kind);
    expect(row(before, 'congress')?.periods[2]?.status).toBe('overdue');
    await api.ok('meetings.save', congress({ alsoCountsAs: ['theme_day'] }));
    const after = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    expect(row(after, 'congress')?.periods[2]?.status).toBe('done');
    expect(row(after, 'theme_day')?.periods[8]?.status).toBe('done');
    expect(row(after, 'congress')?.periods[3]?.status).toBe('due');
  });

  it('reports each member’s participation with reasons', async () => {
    const attendance = [
      ...formal.slice(0, 3).map(present),
      { memberId: formal[3]?.id, status: 'leave', reason: '外出务工' },
      present(probationer),
    ];
    await api.ok('meetings.save', congress({ attendance, votes: [] }));
    const rows = await api.ok<ParticipationRow[]>('compliance.participation', { year: 2026 });
    expect(rows.find((r) => r.name === '丁')).toMatchObject({
      expected: 1,
      leave: 1,
      missed: [{ reason: '外出务工', status: 'leave' }],
    });
    expect(rows.find((r) => r.name === '甲')).toMatchObject({ expected: 1, present: 1 });
  });

  it('tracks 谈心谈话: every member at least once a year', async () => {
    await api.ok('talks.save', {
      heldOn: '2026-05-01',
      talker: '甲',
      memberId: formal[1]?.id,
      talkee: '乙',
      topic: '思想交流',
    });
    const c = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
    expect(c.talks).toMatchObject({ required: 5, talked: 1, status: 'due' });
    const past = await api.ok<ComplianceYear>('compliance.year', { year: 2025 });
    expect(past.talks).toMatchObject({ required: 4, talked: 0, status: 'overdue' });
  });

  it('keeps attachments only when switched on, of the declared type', async () => {
    const m = await api.ok<MeetingDetail>('meetings.save', congress({ votes: [] }));
    const png = Buffer.from('\x89PNG\r\n\x1a\nrest', 'latin1').toString('base64');
    const off = await api.refusal('attachments.add', {
      meetingId: m.id,
      fileName: '签到表.png',
      mime: 'image/png',
      base64: png,
    });
    expect(off.message).toMatch(/附件功能未开启/);
    await api.ok('settings.update', { attachmentsEnabled: true });
    const fake = await api.refusal('attachments.add', {
      meetingId: m.id,
      fileName: 'x.png',
      mime: 'image/png',
      base64: 'aGVsbG8=',
    });
    expect(fake.message).toMatch(/文件内容与类型不符/);
    const added = await api.ok<{ id: string }>('attachments.add', {
      meetingId: m.id,
      fileName: '签到表.png',
      mime: 'image/png',
      base64: png,
    });
    const detail = await api.ok<MeetingDetail>('meetings.get', { id: m.id });
    expect(detail.attachments).toEqual([{ id: added.id, fileName: '签到表.png', mime: 'image/png', size: 12 }]);
  });

  it('refuses settings out of range with the field named in Chinese, changing nothing', async () => {
    expect((await api.refusal('settings.update', { lateAfterDays: 7.5 })).message).toBe('补录天数必须是整数');
    expect((await api.refusal('settings.update', { excellentMaxPercent: 'x' })).message).toBe('优秀比例必须是数字');
    expect(await api.ok<{ lateAfterDays: number }>('settings.get', {})).toMatchObject({ lateAfterDays: 30 });
  });

  it('warns when more than a third are graded 优秀', async () => {
    const grades = [...formal, probationer].map((m, i) => ({
      memberId: m.id,
      grade: i < 3 ? 'excellent' : 'qualified',
    }));
    const m = await api.ok<MeetingDetail>('meetings.save', {
      kind: 'appraisal',
      title: '2026年度民主评议党员',
      heldOn: '2026-11-20',
      attendance: [...formal, probationer].map(present),
      grades,
    });
    expect(m.gradeLines.map((g) => g.name)).toEqual(['甲', '乙', '丙', '丁', '预']);
    expect(m.warnings).toEqual(['评为“优秀”的有 3 人，超过参评人数的 33%（一般不超过三分之一）']);
  });
});
