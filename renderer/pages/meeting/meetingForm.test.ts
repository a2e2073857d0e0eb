import { describe, expect, it } from 'vitest';
import { blankMeeting, mergeAttendance, mergeGrades, toInput } from './meetingForm.js';

const member = (memberId: string) => ({ memberId, name: memberId, groupName: '', voting: true });

describe('meeting form values', () => {
  it('keeps marks already made when the 应到 list changes, and adds newcomers as 出席', () => {
    const marked = [{ memberId: 'a', status: 'leave' as const, reason: '生病' }];
    expect(mergeAttendance(marked, [member('a'), member('b')])).toEqual([
      { memberId: 'a', status: 'leave', reason: '生病' },
      { memberId: 'b', status: 'present', reason: '' },
    ]);
  });

  it('grades newcomers 合格 on a new record, 不参评 when correcting a saved one', () => {
    expect(mergeGrades([], [member('a')], false)[0]?.grade).toBe('qualified');
    expect(mergeGrades([], [member('a')], true)[0]?.grade).toBe('none');
  });

  it('sends only what the record needs', () => {
    const values = {
      ...blankMeeting('congress', '2025-03-01', 'g1', ''),
      agenda: ['  学习  ', ''],
      lecturer: '王书记',
      attendance: [{ memberId: 'a', status: 'present' as const, reason: '不该留下' }],
      votes: [{ motion: '表决', yes: 3, no: 0, abstain: 0 }],
    };
    const input = toInput(values, undefined);
    expect(input).toMatchObject({ groupId: null, agenda: ['学习'], lecturer: '', votes: values.votes });
    expect(input.attendance?.[0]?.reason).toBe('');
    expect(toInput({ ...values, alsoCountsAs: ['lecture'] }, 'x').lecturer).toBe('王书记');
  });

  it('leaves out 不参评 and keeps 处置意见 only for the lower grades', () => {
    const grade = { ...mergeGrades([], [member('a')], false)[0]!, disposition: '限期改正' };
    const values = {
      ...blankMeeting('appraisal', '2025-12-01', null, ''),
      grades: [grade, { ...grade, memberId: 'b', grade: 'none' as const }],
    };
    expect(toInput(values, undefined).grades).toEqual([{ ...grade, disposition: '' }]);
  });
});
