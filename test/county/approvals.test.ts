import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingApproval, RecordedApproval } from '../../electron/api/approvals.js';
import type { DevDetail } from '../../electron/api/development.js';
import type { MemberDetail, MemberSummary } from '../../electron/api/members.js';
import { person } from '../support/people.js';
import { applicant, step, walkUp } from './pipeline.js';
import { countyPair, type CountyPair } from './support.js';

let pair: CountyPair;
let sponsors: MemberDetail[];

beforeEach(async () => {
  pair = await countyPair();
  sponsors = [
    await pair.b.ok<MemberDetail>('members.create', person({ name: '介绍人甲' })),
    await pair.b.ok<MemberDetail>('members.create', person({ name: '介绍人乙' })),
  ];
});
afterEach(async () => pair.dispose());

/** The branch's own steps up to 支部委员会审查: next comes the office's 预审. */
const walkToCommitteeReview = (name: string, n: number) => walkUp(pair.b, sponsors, name, n);

const pending = () => pair.o.ok<PendingApproval[]>('approvals.pending', {});
const record = (personId: string, s: string, date: string, extra: object = {}) =>
  pair.o.ok<RecordedApproval>('approvals.record', { personId, step: s, date, ...extra });
const stepsOf = (d: DevDetail, s: string) => d.steps.filter((x) => x.step === s);

describe('发展党员审批 on the office, carried back to the branch', () => {
  it('lists who waits for 备案 or 预审, and the 预审 the office records comes back to the branch', async () => {
    const a = await walkToCommitteeReview('新苗', 8);
    const b = await pair.b.ok<DevDetail>('dev.create', { person: applicant('王芳', 10), appliedOn: '2026-03-01' });
    await step(pair.b, b.id, 'talk', '2026-03-20', { responsible: '张建国' });
    await step(pair.b, b.id, 'activist', '2026-10-01', { method: '群团组织推优' });
    await pair.toOffice();

    expect(await pending()).toEqual([
      expect.objectContaining({
        personId: a,
        name: '新苗',
        branchCode: 'DF001',
        branchName: '东风村党支部',
        step: 'pre_approval',
        stage: 'candidate',
        since: '2025-05-06',
        waitingDays: 566,
      }),
      expect.objectContaining({ personId: b.id, step: 'activist_filing', since: '2026-10-01', waitingDays: 53 }),
    ]);

    const done = await record(a, 'pre_approval', '2025-05-20', { ref: '镇组预〔2025〕3号', note: '同意' });
    expect(done).toMatchObject({ name: '新苗', branchName: '东风村党支部', step: 'pre_approval', date: '2025-05-20' });
    await record(b.id, 'activist_filing', '2026-10-15', { ref: '镇组备〔2026〕9号' });
    expect(await pending()).toEqual([]);

    await pair.toBranch();
    const there = await pair.b.ok<DevDetail>('dev.get', { id: a });
    expect(stepsOf(there, 'pre_approval')).toEqual([
      expect.objectContaining({
        id: done.stepId,
        date: '2025-05-20',
        details: expect.objectContaining({ ref: '镇组预〔2025〕3号', note: '同意', memberIds: [] }) as unknown,
      }),
    ]);
    expect(there.nextStep).toBe('application_form');
    // The branch carries on from the office's 预审 as from its own.
    await step(pair.b, a, 'application_form', '2025-05-25', { formNumber: 'No.2025031' });
    const other = await pair.b.ok<DevDetail>('dev.get', { id: b.id });
    expect(stepsOf(other, 'activist_filing').map((s) => s.date)).toEqual(['2026-10-15']);
  });

  it('puts the person on the branch roster at the office’s 审批, and makes a 正式党员 at 转正审批', async () => {
    const a = await walkToCommitteeReview('新苗', 8);
    await pair.toOffice();
    await record(a, 'pre_approval', '2025-05-20');
    await pair.toBranch();
    await step(pair.b, a, 'application_form', '2025-05-25', { formNumber: 'No.2025031' });
    await step(pair.b, a, 'congress_vote', '2025-06-10', { yes: 2, no: 0, abstain: 0 });
    await pair.toOffice();

    const [waiting] = await pending();
    expect(waiting).toMatchObject({ step: 'approval', since: '2025-06-10' });
    expect(waiting?.check).toMatchObject({
      level: 'flag',
      message: '支部大会通过后超过 6 个月未审批，须重新办理接收手续',
    });
    await record(a, 'approval', '2025-08-01', { ref: '镇党委〔2025〕12号' });
    await pair.toBranch();

    let d = await pair.b.ok<DevDetail>('dev.get', { id: a });
    expect(d.stage).toBe('probationary');
    const roster = await pair.b.ok<MemberSummary[]>('members.list', { scope: 'current' });
    const m = roster.find((x) => x.name === '新苗');
    expect(m).toMatchObject({ kind: 'probationary', joinedOn: '2025-06-10' });
    expect(d.memberId).toBe(m?.id);

    await step(pair.b, a, 'oath', '2025-08-10');
    await step(pair.b, a, 'confirm_apply', '2026-05-20');
    await step(pair.b, a, 'confirm_vote', '2026-06-15', { yes: 2, no: 0, abstain: 0 });
    await pair.toOffice();
    // The office sees the roster line the branch made at its 审批.
    expect(await pair.o.ok<MemberDetail>('members.get', { id: m?.id })).toMatchObject({ kind: 'probationary' });
    expect(await pending()).toEqual([
      expect.objectContaining({ step: 'confirm_approval', since: '2026-06-15', notBefore: '2026-06-10' }),
    ]);
    await record(a, 'confirm_approval', '2026-07-20', { ref: '镇党委〔2026〕30号' });
    await pair.toBranch();

    d = await pair.b.ok<DevDetail>('dev.get', { id: a });
    expect(d.stage).toBe('member');
    const confirmed = await pair.b.ok<MemberDetail>('members.get', { id: m?.id });
    expect(confirmed).toMatchObject({ kind: 'formal', confirmedOn: '2026-06-10' });
    expect(confirmed.events.filter((e) => e.kind === 'confirm').map((e) => e.date)).toEqual(['2026-06-10']);
  });

  it('keeps one record and one roster line when the branch entered the same 审批 meanwhile', async () => {
    const a = await walkToCommitteeReview('新苗', 8);
    await step(pair.b, a, 'pre_approval', '2025-05-20');
    await step(pair.b, a, 'application_form', '2025-05-25', { formNumber: 'No.2025031' });
    await step(pair.b, a, 'congress_vote', '2025-06-10', { yes: 2, no: 0, abstain: 0 });
    await pair.toOffice();
    const mine = await step(pair.b, a, 'approval', '2025-07-30');
    const ours = await record(a, 'approval', '2025-08-01', { ref: '镇党委〔2025〕12号' });
    await pair.toBranch();

    const d = await pair.b.ok<DevDetail>('dev.get', { id: a });
    expect(stepsOf(d, 'approval').map((s) => [s.id, s.date])).toEqual([[ours.stepId, '2025-08-01']]);
    expect(d.memberId).toBe(mine.memberId);
    const roster = await pair.b.ok<MemberSummary[]>('members.list', { scope: 'current' });
    expect(roster.filter((x) => x.name === '新苗')).toHaveLength(1);
    // The branch's own copy is withdrawn on the office too, with the next bundle.
    await pair.toOffice();
    const atOffice = await pair.o.ok<DevDetail>('dev.get', { id: a });
    expect(stepsOf(atOffice, 'approval').map((s) => s.id)).toEqual([ours.stepId]);
  });

  it('checks the office’s entry as the branch would, in Chinese naming the field', async () => {
    const a = await walkToCommitteeReview('新苗', 8);
    await pair.toOffice();
    const refusal = (input: object) => pair.o.refusal('approvals.record', { personId: a, ...input });
    expect(await refusal({ step: 'pre_approval', date: '2025-05-01' })).toMatchObject({
      field: 'date',
      message: '日期不能早于“支部委员会审查”（2025-05-06）',
    });
    expect(await refusal({ step: 'approval', date: '2025-08-01' })).toMatchObject({
      field: 'date',
      message: '须先完成“支部大会讨论接收”',
    });
    expect(await refusal({ step: 'pre_approval', date: '2026-12-01' })).toMatchObject({
      field: 'date',
      message: '日期不能晚于今天',
    });
    expect(await refusal({ step: 'candidate_filing', date: '2025-03-12' })).toMatchObject({
      field: 'step',
      message: '“发展对象报上级党委备案”已登记过',
    });
    expect(await refusal({ step: 'talk', date: '2025-05-20' })).toMatchObject({
      field: 'step',
      message: '请选择审批事项',
    });
    expect(await refusal({ step: 'pre_approval', date: '2025-05-20', ref: '号'.repeat(61) })).toMatchObject({
      field: 'ref',
      message: '备案/批复文号不能超过 60 个字',
    });
    expect(await refusal({ step: 'pre_approval', date: '2025-5-20' })).toMatchObject({
      field: 'date',
      message: '日期格式应为 年-月-日（如 2024-07-01）',
    });
  });

  it('refuses the office’s operations on a branch', async () => {
    expect(await pair.b.refusal('approvals.pending', {})).toMatchObject({
      code: 'FORBIDDEN',
      message: '只有上级党委可以查看待审批的发展党员',
    });
    const a = await walkToCommitteeReview('新苗', 8);
    expect(
      await pair.b.refusal('approvals.record', { personId: a, step: 'pre_approval', date: '2025-05-20' }),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: '只有上级党委可以办理发展党员审批',
    });
  });
});
