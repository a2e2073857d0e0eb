import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevDashboard, DevDetail } from '../../api/development.js';
import { buildIdNumber } from '../../api/idNumber.js';
import type { MemberDetail, MemberSummary } from '../../api/members.js';
import { maskIdNumber } from '../../api/mask.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
let sponsors: MemberDetail[];

const applicant = {
  name: '新苗',
  gender: 'female',
  ethnicity: '汉族',
  idNumber: buildIdNumber('320102', '2000-04-04', 8, 'female'),
  birthDate: '2000-04-04',
};

beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  sponsors = [
    await api.ok<MemberDetail>('members.create', person({ name: '介绍人甲' })),
    await api.ok<MemberDetail>('members.create', person({ name: '介绍人乙' })),
  ];
});
afterEach(async () => inst.dispose());

const step = (personId: string, s: string, date: string, extra: object = {}) =>
  api.ok<DevDetail>('dev.record', { personId, step: s, date, ...extra });

async function walkToVote(id: string): Promise<void> {
  await walkToForm(id);
  await step(id, 'congress_vote', '2025-06-10', { yes: 2, no: 0, abstain: 0 });
}

async function walkToForm(id: string): Promise<void> {
  await step(id, 'talk', '2024-02-01', { responsible: '张建国' });
  await step(id, 'activist', '2024-03-01', { method: '党员推荐' });
  await step(id, 'activist_filing', '2024-03-10', { ref: '镇组备〔2024〕5号' });
  await step(id, 'mentors', '2024-03-10', { memberIds: [sponsors[0]?.id] });
  await step(id, 'review', '2024-08-30');
  await step(id, 'review', '2025-02-25');
  await step(id, 'candidate', '2025-03-05');
  await step(id, 'candidate_filing', '2025-03-10');
  await step(id, 'sponsors', '2025-03-15', { memberIds: sponsors.map((s) => s.id) });
  await step(id, 'vetting', '2025-04-01', { conclusion: '合格' });
  await step(id, 'training', '2025-04-10', { endDate: '2025-04-12', hours: 24 });
  await step(id, 'committee_review', '2025-05-06', { publicityFrom: '2025-05-07', publicityTo: '2025-05-13' });
  await step(id, 'pre_approval', '2025-05-20');
  await step(id, 'application_form', '2025-05-25', { formNumber: 'No.2025031' });
}

describe('发展党员 pipeline', () => {
  it('refuses applicants under 18 and steps out of order', async () => {
    const young = await api.refusal('dev.create', {
      person: { ...applicant, idNumber: buildIdNumber('320102', '2009-01-01', 8, 'female'), birthDate: '2009-01-01' },
      appliedOn: '2026-11-01',
    });
    expect(young.message).toBe('递交入党申请书时应年满 18 周岁');
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    expect(p.stage).toBe('applicant');
    expect((await api.refusal('dev.record', { personId: p.id, step: 'candidate', date: '2025-01-01' })).message).toBe(
      '须先完成“确定入党积极分子”',
    );
    expect(
      (await api.refusal('dev.record', { personId: p.id, step: 'talk', date: '2024-01-09', responsible: '张' }))
        .message,
    ).toBe('日期不能早于“递交入党申请书”（2024-01-10）');
    expect((await api.refusal('dev.record', { personId: p.id, step: 'talk', date: '2024-01-20' })).message).toBe(
      '请填写党组织派人谈话的谈话人',
    );
  });

  it('needs 正式党员 as 入党介绍人, exactly two', async () => {
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    await step(p.id, 'talk', '2024-02-01', { responsible: '张建国' });
    await step(p.id, 'activist', '2024-03-01', { method: '党员推荐' });
    await step(p.id, 'candidate', '2025-03-05');
    expect(
      (
        await api.refusal('dev.record', {
          personId: p.id,
          step: 'sponsors',
          date: '2025-03-15',
          memberIds: [sponsors[0]?.id],
        })
      ).message,
    ).toBe('入党介绍人应为 2 名正式党员');
  });

  it('walks from application to 预备党员 in the roster, then to 转正', async () => {
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    await walkToVote(p.id);
    let d = await api.ok<DevDetail>('dev.get', { id: p.id });
    expect(d.stage).toBe('candidate');
    // Voted in June 2025 and not yet approved in November 2026: past the 6-month limit.
    expect(d.checks.map((c) => c.message)).toEqual(['支部大会通过后超过 6 个月未审批，须重新办理接收手续']);
    d = await step(p.id, 'approval', '2025-08-01', { ref: '镇党委〔2025〕12号' });
    expect(d.stage).toBe('probationary');
    const roster = await api.ok<MemberSummary[]>('members.list', { scope: 'current' });
    const m = roster.find((x) => x.name === '新苗');
    expect(m).toMatchObject({
      kind: 'probationary',
      joinedOn: '2025-06-10',
      idNumber: maskIdNumber(applicant.idNumber),
    });
    expect(d.memberId).toBe(m?.id);
    expect(d.probationEndsOn).toBe('2026-06-10');
    expect(d.checks.map((c) => [c.step, c.level])).toEqual([['confirm_vote', 'flag']]);

    const group = await api.ok<{ id: string; name: string }>('groups.save', { name: '第一党小组' });
    const noGroup = await api.refusal('dev.record', { personId: p.id, step: 'assign_group', date: '2025-08-05' });
    expect(noGroup).toMatchObject({ field: 'groupId', message: '请选择编入的党小组' });
    await step(p.id, 'assign_group', '2025-08-05', { groupId: group.id });
    expect(await api.ok<MemberDetail>('members.get', { id: m?.id })).toMatchObject({ groupId: group.id });
    await step(p.id, 'oath', '2025-08-10');
    await step(p.id, 'confirm_apply', '2026-05-20');
    const early = await api.refusal('dev.record', {
      personId: p.id,
      step: 'confirm_vote',
      date: '2026-06-09',
      yes: 2,
      no: 0,
      abstain: 0,
    });
    expect(early.message).toBe('预备期到 2026-06-10 才满，支部大会讨论转正的日期不能早于期满之日');
    await step(p.id, 'confirm_vote', '2026-06-15', { yes: 2, no: 0, abstain: 0 });
    d = await step(p.id, 'confirm_approval', '2026-07-20');
    expect(d.stage).toBe('member');
    const confirmed = await api.ok<MemberDetail>('members.get', { id: m?.id });
    expect(confirmed).toMatchObject({ kind: 'formal', confirmedOn: '2026-06-10' });
  });

  it('passes the 支部大会 vote only with 赞成 from more than half of the 正式党员 that day', async () => {
    await api.ok('members.create', person({ name: '党员丙' }));
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    await walkToForm(p.id);
    const over = await api.refusal('dev.record', {
      personId: p.id,
      step: 'congress_vote',
      date: '2025-06-10',
      yes: 3,
      no: 1,
      abstain: 0,
    });
    expect(over).toMatchObject({ field: 'yes', message: '表决票数合计 4 超过当日有表决权的正式党员 3 人' });
    // 1 of 3 in favour (the others away): recorded, flagged, and no 审批 can follow.
    const failed = await step(p.id, 'congress_vote', '2025-06-10', { yes: 1, no: 0, abstain: 0 });
    expect(failed.checks.map((c) => c.message)).toContain(
      '支部大会表决未通过：赞成 1 票，未超过有表决权的正式党员 3 人的半数',
    );
    const approval = await api.refusal('dev.record', { personId: p.id, step: 'approval', date: '2025-08-01' });
    expect(approval.message).toBe('支部大会表决未通过：赞成 1 票，未超过有表决权的正式党员 3 人的半数，不能报批');
  });

  it('flags a 公示 shorter than 7 days', async () => {
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    await walkToVote(p.id);
    const d = await api.ok<DevDetail>('dev.get', { id: p.id });
    expect(d.checks.some((c) => c.step === 'committee_review')).toBe(false);
    const q = await api.ok<DevDetail>('dev.create', {
      person: { ...applicant, name: '短公示', idNumber: buildIdNumber('320102', '2000-04-04', 18, 'female') },
      appliedOn: '2024-01-10',
    });
    await step(q.id, 'talk', '2024-02-01', { responsible: '张建国' });
    await step(q.id, 'activist', '2024-03-01', { method: '党员推荐' });
    await step(q.id, 'candidate', '2025-03-05');
    await step(q.id, 'sponsors', '2025-03-15', { memberIds: sponsors.map((s) => s.id) });
    await step(q.id, 'vetting', '2025-04-01', { conclusion: '合格' });
    await step(q.id, 'training', '2025-04-10', { endDate: '2025-04-12', hours: 24 });
    const short = await step(q.id, 'committee_review', '2025-05-06', {
      publicityFrom: '2025-05-07',
      publicityTo: '2025-05-12',
    });
    expect(short.checks.map((c) => c.message)).toContain('公示 2025-05-07 至 2025-05-12 不足 7 天');
  });

  it('extends probation once, 6–12 months; 取消资格 takes the member off the roster', async () => {
    const p = await api.ok<DevDetail>('dev.create', { person: applicant, appliedOn: '2024-01-10' });
    await walkToVote(p.id);
    await step(p.id, 'approval', '2025-08-01');
    expect(
      (
        await api.refusal('dev.event', {
          personId: p.id,
          event: 'extend_probation',
          date: '2026-06-01',
          months: 3,
          reason: '表现一般',
        })
      ).message,
    ).toBe('延长预备期应为 6 至 12 个月');
    const ext = await api.ok<DevDetail>('dev.event', {
      personId: p.id,
      event: 'extend_probation',
      date: '2026-06-01',
      months: 6,
      reason: '需继续考察',
    });
    expect(ext.probationEndsOn).toBe('2026-12-10');
    expect(
      (
        await api.refusal('dev.event', {
          personId: p.id,
          event: 'extend_probation',
          date: '2026-06-02',
          months: 6,
          reason: 'x',
        })
      ).message,
    ).toBe('预备期只能延长一次');
    const cancelled = await api.ok<DevDetail>('dev.event', {
      personId: p.id,
      event: 'cancel',
      date: '2026-11-01',
      reason: '不具备党员条件',
    });
    expect(cancelled).toMatchObject({ stage: 'cancelled', checks: [] });
    const member = await api.ok<MemberDetail>('members.get', { id: cancelled.memberId });
    expect(member).toMatchObject({ status: 'left', leaveKind: 'probation_cancelled' });
  });

  it('dashboard counts stages and lists flags and limits due within 30 days', async () => {
    await api.ok('dev.create', { person: applicant, appliedOn: '2026-11-10' });
    await api.ok('dev.create', {
      person: { ...applicant, name: '迟谈', idNumber: buildIdNumber('320102', '2000-04-04', 20, 'female') },
      appliedOn: '2026-09-01',
    });
    const d = await api.ok<DevDashboard>('dev.dashboard', {});
    expect(d.counts.applicant).toBe(2);
    expect(d.upcoming.map((c) => [c.name, c.dueOn])).toEqual([['新苗', '2026-12-10']]);
    expect(d.flags.map((c) => [c.name, c.step])).toEqual([['迟谈', 'talk']]);
  });
});
