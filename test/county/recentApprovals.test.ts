import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedApproval } from '../../electron/api/approvals.js';
import type { MemberDetail } from '../../electron/api/members.js';
import { person } from '../support/people.js';
import { walkUp } from './pipeline.js';
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
