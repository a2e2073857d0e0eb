import { describe, expect, it } from 'vitest';
import {
  committeeOn,
  endDateProblem,
  heldOn,
  knownFrom,
  termConflict,
  uncountedOn,
  type TermSpan,
} from './committeeTerms.js';

const term = (over: Partial<TermSpan>): TermSpan => ({
  id: 'x',
  position: 'secretary',
  name: '王建国',
  startedOn: null,
  endedOn: null,
  enteredOn: '2021-04-20',
  ...over,
});

describe('committee terms', () => {
  it('hold from the start day up to, not including, the change day', () => {
    const t = { startedOn: '2021-04-15', endedOn: '2024-06-01', enteredOn: '2026-11-23' };
    expect(heldOn(t, '2021-04-14')).toBe(false);
    expect(heldOn(t, '2021-04-15')).toBe(true);
    expect(heldOn(t, '2024-05-31')).toBe(true);
    expect(heldOn(t, '2024-06-01')).toBe(false);
    // A recorded 任职时间 counts as typed, before or after the day it was entered.
    expect(knownFrom(t)).toBe('2021-04-15');
    expect(knownFrom({ ...t, startedOn: '2026-12-01' })).toBe('2026-12-01');
  });

  it('count a start not recorded from 1 January of the year it was entered, and no earlier', () => {
    const open = { startedOn: null, endedOn: null, enteredOn: '2026-11-23' };
    expect(knownFrom(open)).toBe('2026-01-01');
    expect(heldOn(open, '2025-12-31')).toBe(false);
    expect(heldOn(open, '2026-01-01')).toBe(true);
    expect(heldOn(open, '2099-12-31')).toBe(true);
    // Entered on the first or the last day of a year: that year, whatever the day.
    expect(knownFrom({ ...open, enteredOn: '2026-01-01' })).toBe('2026-01-01');
    expect(knownFrom({ ...open, enteredOn: '2025-12-31' })).toBe('2025-01-01');
    // Ended later: still from the year it was entered, up to the change.
    const ended = { startedOn: null, endedOn: '2024-06-01', enteredOn: '2021-04-20' };
    expect(heldOn(ended, '2020-12-31')).toBe(false);
    expect(heldOn(ended, '2021-01-01')).toBe(true);
    expect(heldOn(ended, '2024-05-31')).toBe(true);
    expect(heldOn(ended, '2024-06-01')).toBe(false);
  });

  it('count a term ended by a change dated before the year it was entered in the year of its last day', () => {
    // Entered in 2026, then found to have been replaced on 2025-06-01: 2025 is the year the change vouches for.
    const late = { startedOn: null, endedOn: '2025-06-01', enteredOn: '2026-03-10' };
    expect(knownFrom(late)).toBe('2025-01-01');
    expect(heldOn(late, '2024-12-31')).toBe(false);
    expect(heldOn(late, '2025-05-31')).toBe(true);
    expect(heldOn(late, '2025-06-01')).toBe(false);
    // Replaced on New Year's Day: its last day, and so its one year, is the year before.
    const newYear = { startedOn: null, endedOn: '2025-01-01', enteredOn: '2026-03-10' };
    expect(knownFrom(newYear)).toBe('2024-01-01');
    expect(heldOn(newYear, '2024-12-31')).toBe(true);
    expect(heldOn(newYear, '2025-01-01')).toBe(false);
  });

  it('tell a day missed only for the missing start from one the term never reached', () => {
    const open = { startedOn: null, endedOn: null, enteredOn: '2026-11-23' };
    expect(uncountedOn(open, '2025-09-10')).toBe(true);
    expect(uncountedOn(open, '2026-01-01')).toBe(false);
    // Ended before the day, or with its start recorded: filling in a date would change nothing.
    const ended = { startedOn: null, endedOn: '2026-03-01', enteredOn: '2026-11-23' };
    expect(uncountedOn(ended, '2025-09-10')).toBe(true);
    expect(uncountedOn(ended, '2026-03-01')).toBe(false);
    expect(uncountedOn({ ...open, startedOn: '2026-02-01' }, '2025-09-10')).toBe(false);
  });

  it('give the committee of a day: a change mid-year shows the old holder before, the new after', () => {
    const old = term({ id: 'a', name: '王建国', endedOn: '2024-06-01' });
    const successor = term({ id: 'b', name: '李秀英', startedOn: '2024-06-01', enteredOn: '2024-06-03' });
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
    // A start not recorded reaches back to 1 January of the year it is entered, as printing does:
    // over a term ended that year, not over one ended the year before.
    expect(termConflict(term({ id: 'b', name: '李秀英', enteredOn: '2024-11-23' }), [old])).toBe(
      '书记王建国任职到 2024-06-01，任职时间不能早于这一天',
    );
    expect(termConflict(term({ id: 'b', name: '李秀英', enteredOn: '2025-01-01' }), [old])).toBeNull();
    // The other way round: a term entered in 2024 without a start leaves 2023 to its predecessor.
    const unknownOld = term({ id: 'a', endedOn: '2025-01-01', enteredOn: '2024-03-01' });
    const before = { id: 'b', name: '李秀英', startedOn: '2021-04-15' };
    expect(termConflict(term({ ...before, endedOn: '2024-01-01' }), [unknownOld])).toBeNull();
    expect(termConflict(term({ ...before, endedOn: '2024-01-02' }), [unknownOld])).toBe(
      '书记王建国任职到 2025-01-01，任职时间不能早于这一天',
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
