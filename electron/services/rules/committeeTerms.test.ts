import { describe, expect, it } from 'vitest';
import { committeeOn, endDateProblem, heldOn, termConflict, type TermSpan } from './committeeTerms.js';

const term = (over: Partial<TermSpan>): TermSpan => ({
  id: 'x',
  position: 'secretary',
  name: '王建国',
  startedOn: null,
  endedOn: null,
  ...over,
});

describe('committee terms', () => {
  it('hold from the start day up to, not including, the change day', () => {
    const t = { startedOn: '2021-04-15', endedOn: '2024-06-01' };
    expect(heldOn(t, '2021-04-14')).toBe(false);
    expect(heldOn(t, '2021-04-15')).toBe(true);
    expect(heldOn(t, '2024-05-31')).toBe(true);
    expect(heldOn(t, '2024-06-01')).toBe(false);
    // A start not recorded: held on every day before the end, as the copy cannot know better.
    expect(heldOn({ startedOn: null, endedOn: '2024-06-01' }, '2001-01-01')).toBe(true);
    expect(heldOn({ startedOn: null, endedOn: null }, '2099-12-31')).toBe(true);
  });

  it('give the committee of a day: a change mid-year shows the old holder before, the new after', () => {
    const old = term({ id: 'a', name: '王建国', endedOn: '2024-06-01' });
    const successor = term({ id: 'b', name: '李秀英', startedOn: '2024-06-01' });
    expect(committeeOn([old, successor], '2023-12-31').map((t) => t.name)).toEqual(['王建国']);
    expect(committeeOn([old, successor], '2024-05-31').map((t) => t.name)).toEqual(['王建国']);
    expect(committeeOn([old, successor], '2024-06-01').map((t) => t.name)).toEqual(['李秀英']);
    expect(committeeOn([old, successor], '2024-12-31').map((t) => t.name)).toEqual(['李秀英']);
  });

  it('refuse two 书记 on the same day, and allow one to follow the other on the change day', () => {
    const old = term({ id: 'a', startedOn: '2021-04-15', endedOn: '2024-06-01' });
    expect(termConflict(term({ id: 'b', name: '李秀英', startedOn: '2024-06-01' }), [old])).toBeNull();
    expect(termConflict(term({ id: 'b', name: '李秀英', startedOn: '2024-05-31' }), [old])).toBe(
      '书记王建国任职到 2024-06-01，任职时间不能早于这一天',
    );
    // A start not recorded reaches back over every earlier term.
    expect(termConflict(term({ id: 'b', name: '李秀英' }), [old])).toBe(
      '书记王建国任职到 2024-06-01，任职时间不能早于这一天',
    );
    expect(termConflict(term({ id: 'b', name: '李秀英', startedOn: '2025-01-01' }), [term({ id: 'c' })])).toBe(
      '已有书记（王建国），请先修改或移除',
    );
    // A term ending before the other began does not overlap it.
    expect(termConflict(term({ id: 'b', startedOn: '2010-01-01', endedOn: '2021-04-15' }), [old])).toBeNull();
  });

  it('let 委员 posts be held by several people, and a term never clash with itself', () => {
    const a = term({ id: 'a', position: 'member', name: '张伟' });
    expect(termConflict(term({ id: 'b', position: 'member', name: '刘芳' }), [a])).toBeNull();
    expect(termConflict(term({ id: 'a' }), [term({ id: 'a' })])).toBeNull();
  });

  it('take an end or change date only after the start and not after today', () => {
    expect(endDateProblem('2021-04-15', '2021-04-15', '2026-11-23', '变更日期')).toBe(
      '变更日期须晚于原任职时间（2021-04-15）',
    );
    expect(endDateProblem('2021-04-15', '2021-04-16', '2026-11-23', '变更日期')).toBeNull();
    expect(endDateProblem(null, '1990-01-01', '2026-11-23', '卸任日期')).toBeNull();
    expect(endDateProblem(null, '2026-11-23', '2026-11-23', '卸任日期')).toBeNull();
    expect(endDateProblem(null, '2026-11-24', '2026-11-23', '卸任日期')).toBe('卸任日期不能晚于今天');
  });
});
