import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedApproval } from '../../electron/api/approvals.js';
import type { DevDetail } from '../../electron/api/development.js';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import type { MemberDetail } from '../../electron/api/members.js';
import { person } from '../support/people.js';
import { countyPair, type Api, type CountyPair } from './support.js';

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

const applicant = (name: string, n: number) => ({
  name,
  gender: 'female',
  ethnicity: '汉族',
  idNumber: buildIdNumber('320102', '2000-04-04', n, 'female'),
  birthDate: '2000-04-04',
});

const step = (api: Api, personId: string, s: string, date: string, extra: object = {}) =>
  api.ok<DevDetail>('dev.record', { personId, step: s, date, ...extra });

/** The branch's own steps up to 支部委员会审查: next comes the office's 预审. */
async function walkToCommitteeReview(name: string, n: number): Promise<string> {
  const b = pair.b;
  const p = await b.ok<DevDetail>('dev.create', { person: applicant(name, n), appliedOn: '2024-01-10' });
  await step(b, p.id, 'talk', '2024-02-01', { responsible: '张建国' });
  await step(b, p.id, 'activist', '2024-03-01', { method: '党员推荐' });
  await step(b, p.id, 'activist_filing', '2024-03-10', { ref: '镇组备〔2024〕5号' });
  await step(b, p.id, 'mentors', '2024-03-10', { memberIds: [sponsors[0]?.id] });
  await step(b, p.id, 'review', '2024-08-30');
  await step(b, p.id, 'review', '2025-02-25');
  await step(b, p.id, 'candidate', '2025-03-05');
  await step(b, p.id, 'candidate_filing', '2025-03-10');
  await step(b, p.id, 'sponsors', '2025-03-15', { memberIds: sponsors.map((s) => s.id) });
  await step(b, p.id, 'vetting', '2025-04-01', { conclusion: '合格' });
  await step(b, p.id, 'training', '2025-04-10', { endDate: '2025-04-12', hours: 24 });
  await step(b, p.id, 'committee_review', '2025-05-06', { publicityFrom: '2025-05-07', publicityTo: '2025-05-13' });
  return p.id;
}

describe('最近办理: what the office itself recorded lately', () => {
  it('lists the office’s own 预审 (not the branch’s 备案 it imported), newest first, for 30 days', async () => {
    const a = await walkToCommitteeReview('新苗', 8);
    await pair.toOffice();
    expect(await pair.o.ok<RecordedApproval[]>('approvals.recent', {})).toEqual([]);

    const done = await pair.o.ok<RecordedApproval>('approvals.record', {
      personId: a,
      step: 'pre_approval',
      date: '2025-05-20',
      ref: '镇组预〔2025〕3号',
    });
    const recent = await pair.o.ok<RecordedApproval[]>('approvals.recent', {});
    expect(recent).toEqual([
      {
        stepId: done.stepId,
        personId: a,
        name: '新苗',
        branchName: '东风村党支部',
        step: 'pre_approval',
        date: '2025-05-20',
      },
    ]);
    // The office's answer travels back and forth without becoming the branch's "own".
    await pair.toBranch();
    await pair.toOffice();
    expect(await pair.o.ok<RecordedApproval[]>('approvals.recent', {})).toHaveLength(1);

    pair.office.clock.advance(31 * 86_400_000);
    expect(await pair.o.ok<RecordedApproval[]>('approvals.recent', {})).toEqual([]);
    expect(await pair.b.refusal('approvals.recent', {})).toMatchObject({ code: 'FORBIDDEN' });
  });
});
