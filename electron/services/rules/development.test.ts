import { describe, expect, it } from 'vitest';
import {
  developmentChecks,
  orderProblem,
  publicityShort,
  trainingShort,
  voteProblem,
  votePassed,
  type StepDates,
} from './development.js';

const flags = (s: StepDates, today: string, ext = 0) =>
  developmentChecks(s, today, ext).map((c) => [c.step, c.level, c.dueOn]);

describe('谈话 within one calendar month of the application', () => {
  // The calendar-month rule: one month after 31 January is 28 February (the last day on time).
  it('application 2026-01-31 → talk due 2026-02-28; 03-01 is late', () => {
    expect(flags({ apply: ['2026-01-31'], talk: ['2026-02-28'] }, '2026-03-10')).toEqual([]);
    expect(flags({ apply: ['2026-01-31'], talk: ['2026-03-01'] }, '2026-03-10')).toEqual([
      ['talk', 'flag', '2026-02-28'],
    ]);
  });

  it('warns within 30 days before, flags the day after', () => {
    expect(flags({ apply: ['2026-01-31'] }, '2026-01-31')).toEqual([['talk', 'warning', '2026-02-28']]);
    expect(flags({ apply: ['2026-01-31'] }, '2026-02-28')).toEqual([['talk', 'warning', '2026-02-28']]);
    expect(flags({ apply: ['2026-01-31'] }, '2026-03-01')).toEqual([['talk', 'flag', '2026-02-28']]);
  });
});

describe('积极分子 stage', () => {
  const base: StepDates = { apply: ['2024-01-10'], talk: ['2024-01-20'], activist: ['2024-03-01'] };

  it('考察 every 6 months: due 6 months after the last, flagged after', () => {
    expect(flags({ ...base, review: ['2024-09-01'] }, '2025-02-01')).toEqual([['review', 'warning', '2025-03-01']]);
    expect(flags({ ...base, review: ['2024-09-01'] }, '2025-03-02')).toEqual([['review', 'flag', '2025-03-01']]);
    expect(flags({ ...base, review: ['2024-09-02'] }, '2024-09-10').map((f) => f[1])).toEqual(['flag']);
  });

  it('发展对象 before a full year as 积极分子 is 突击发展', () => {
    const reviews = ['2024-08-30'];
    const onTime = developmentChecks({ ...base, review: reviews, candidate: ['2025-03-01'] }, '2025-03-05');
    expect(onTime.some((c) => c.step === 'candidate')).toBe(false);
    const early = developmentChecks({ ...base, review: reviews, candidate: ['2025-02-28'] }, '2025-03-05');
    expect(early.find((c) => c.step === 'candidate')?.message).toMatch(/突击发展/);
  });
});

describe('接收 and 转正 limits', () => {
  const voted: StepDates = {
    apply: ['2024-01-10'],
    talk: ['2024-01-20'],
    activist: ['2024-03-01'],
    review: ['2024-08-20', '2025-02-10'],
    candidate: ['2025-03-05'],
    vetting: ['2025-04-01'],
    congress_vote: ['2025-06-10'],
  };

  it('政审 material is valid one year at the vote', () => {
    expect(
      developmentChecks({ ...voted, vetting: ['2024-06-09'] }, '2025-06-20').some(
        (c) => c.step === 'vetting' && c.level === 'flag',
      ),
    ).toBe(true);
    expect(
      developmentChecks({ ...voted, vetting: ['2024-06-10'] }, '2025-06-20').some((c) => c.step === 'vetting'),
    ).toBe(false);
  });

  it('审批 within 3 months of the vote; after 3 复议, after 6 重新办理', () => {
    expect(flags(voted, '2025-08-20')).toEqual([['approval', 'warning', '2025-09-10']]);
    expect(flags({ ...voted, approval: ['2025-09-10'] }, '2025-09-20')).toEqual([]);
    expect(developmentChecks(voted, '2025-09-11')[0]?.message).toMatch(/超过须复议/);
    expect(developmentChecks(voted, '2025-12-11')[0]?.message).toMatch(/重新办理/);
  });

  it('转正 is due one year after the vote, later when extended', () => {
    const approved = { ...voted, approval: ['2025-08-01'] };
    expect(flags(approved, '2026-05-20')).toEqual([['confirm_vote', 'warning', '2026-06-10']]);
    expect(flags(approved, '2026-06-10')).toEqual([['confirm_vote', 'warning', '2026-07-10']]);
    expect(flags(approved, '2026-07-10')).toEqual([['confirm_vote', 'warning', '2026-07-10']]);
    expect(flags(approved, '2026-07-11')).toEqual([['confirm_vote', 'flag', '2026-07-10']]);
    expect(flags(approved, '2026-06-10', 6)).toEqual([]);
  });

  it('keeps a late 转正 flagged after the vote, not a timely one', () => {
    const approved = { ...voted, approval: ['2025-08-01'], confirm_apply: ['2026-05-20'] };
    const late = developmentChecks({ ...approved, confirm_vote: ['2026-07-11'] }, '2026-11-01');
    expect(late.map((c) => c.message)).toContain(
      '预备期于 2026-06-10 期满，2026-07-11 才讨论转正（应于 2026-07-10 前及时讨论）',
    );
    expect(flags({ ...approved, confirm_vote: ['2026-07-10'] }, '2026-07-20').map((f) => f[0])).not.toContain(
      'confirm_vote',
    );
  });

  it('passes a vote only with 赞成 from more than half of those entitled; ballots fit the room', () => {
    expect(votePassed(5, 10)).toBe(false);
    expect(votePassed(6, 10)).toBe(true);
    expect(votePassed(4, 7)).toBe(true);
    expect(voteProblem(6, 3, 1, 10)).toBeNull();
    expect(voteProblem(6, 4, 1, 10)).toBe('表决票数合计 11 超过当日有表决权的正式党员 10 人');
  });

  it('公示 lasts at least 7 days, counted inclusively', () => {
    expect(publicityShort('2025-05-07', '2025-05-13')).toBe(false);
    expect(publicityShort('2025-05-07', '2025-05-12')).toBe(true);
  });
});

describe('order and training', () => {
  it('a step cannot be dated before the step it depends on', () => {
    expect(orderProblem('talk', '2026-01-01', { apply: ['2026-01-05'] }, ['apply'])).toBe(
      '日期不能早于“递交入党申请书”（2026-01-05）',
    );
    expect(orderProblem('candidate', '2026-01-01', { apply: ['2025-01-05'] }, ['activist'])).toBe(
      '须先完成“确定入党积极分子”',
    );
    expect(orderProblem('talk', '2026-01-05', { apply: ['2026-01-05'] }, ['apply'])).toBeNull();
  });

  it('集中培训 needs 3 days or 24 学时', () => {
    expect(trainingShort('2026-05-01', '2026-05-03', null)).toBe(false);
    expect(trainingShort('2026-05-01', '2026-05-02', 16)).toBe(true);
    expect(trainingShort('2026-05-01', '2026-05-02', 24)).toBe(false);
  });
});
