import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HomeReminders } from '../../api/home.js';
import type { MemberDetail } from '../../api/members.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { contractOf } from '../../../test/support/api.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

const ok = <T>(name: string, input: unknown) => contractOf(inst).ok<T>(name, input);

describe('home reminders', () => {
  it('counts the first steps: 导入花名册 → 核定党费 → 记录会议', async () => {
    expect((await ok<HomeReminders>('home.reminders', {})).firstSteps).toEqual({
      members: 0,
      assessed: 0,
      meetings: 0,
    });
    const a = await ok<MemberDetail>('members.create', person({ name: '甲' }));
    const b = await ok<MemberDetail>('members.create', person({ name: '乙' }));
    await ok('dues.setBasis', { memberId: a.id, effectiveFrom: '2026-01', category: 'retired', base: '3000' });
    expect((await ok<HomeReminders>('home.reminders', {})).firstSteps).toEqual({
      members: 2,
      assessed: 1,
      meetings: 0,
    });
    await ok('meetings.save', {
      kind: 'congress',
      title: '党员大会',
      heldOn: '2026-03-20',
      host: '甲',
      attendance: [
        { memberId: a.id, status: 'present' },
        { memberId: b.id, status: 'present' },
      ],
    });
    expect((await ok<HomeReminders>('home.reminders', {})).firstSteps.meetings).toBe(1);
  });

  it("lists this month's 政治生日 in day order, with the years reached", async () => {
    await ok(
      'members.create',
      person({ name: '十一月', joinedOn: '1990-11-30', confirmedOn: '1991-11-30', birthDate: '1960-01-01' }),
    );
    await ok('members.create', person({ name: '月初', joinedOn: '2001-11-02', confirmedOn: '2002-11-02' }));
    await ok('members.create', person({ name: '七月', joinedOn: '1995-07-01', confirmedOn: '1996-07-01' }));
    const r = await ok<HomeReminders>('home.reminders', {});
    expect(r.politicalBirthdays.map((p) => [p.name, p.years])).toEqual([
      ['月初', 25],
      ['十一月', 36],
    ]);
  });

  it('lists 预备党员 whose probation ends within 60 days, or has ended without 转正', async () => {
    const young = { birthDate: '1999-01-01', kind: 'probationary', confirmedOn: null } as const;
    await ok('members.create', person({ ...young, name: '将满', joinedOn: '2026-01-22' }));
    await ok('members.create', person({ ...young, name: '不到', joinedOn: '2026-01-23' }));
    await ok('members.create', person({ ...young, name: '已满', joinedOn: '2025-11-01' }));
    const r = await ok<HomeReminders>('home.reminders', {});
    expect(r.probationEnding.map((p) => [p.name, p.daysLeft])).toEqual([
      ['已满', -22],
      ['将满', 60],
    ]);
  });

  it('lists out-letters still waiting for their 回执', async () => {
    const m = await ok<MemberDetail>('members.create', person({ name: '外转' }));
    await ok('members.event', {
      kind: 'transfer_out',
      id: m.id,
      date: '2026-06-01',
      counterpartOrg: '西山村',
      issuedOn: '2026-06-01',
    });
    const r = await ok<HomeReminders>('home.reminders', {});
    expect(r.awaitingReceipts).toMatchObject([{ memberName: '外转', overdue: true }]);
    expect(r.term.status).toBe('overdue');
  });
});
