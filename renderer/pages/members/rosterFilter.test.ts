import { describe, expect, it } from 'vitest';
import type { MemberSummary } from '../../../electron/api/index.js';
import { EMPTY_FILTERS, NO_GROUP, type RosterFilters } from '../../stores/members.js';
import { filterRoster, isFiltered } from './rosterFilter.js';

function member(name: string, searchKey: string, over: Partial<MemberSummary> = {}): MemberSummary {
  return {
    id: name,
    name,
    gender: 'male',
    ethnicity: '汉族',
    idNumber: '410323197004120117',
    birthDate: '1970-04-12',
    education: '',
    occupation: '',
    workUnit: '',
    phone: '',
    joinedOn: '1995-07-01',
    confirmedOn: '1996-07-01',
    kind: 'formal',
    groupId: 'g1',
    groupName: '第一党小组',
    partyPost: '',
    status: 'active',
    statusSince: null,
    age: 50,
    partyYears: 29,
    politicalBirthday: '07-01',
    flags: { mobile: null, lostContact: null, hardship: null },
    searchKey,
    ...over,
  };
}

const zhang = member('张三', 'zs zhangsan', { age: 35 });
const li = member('李四', 'ls lisi', { idNumber: '11010119900307123X', age: 36, groupId: null, groupName: '' });
const wang = member('王建国', 'wjg wangjianguo', {
  age: 61,
  kind: 'probationary',
  flags: { mobile: { since: '2024-01-01', destination: '宁波' }, lostContact: null, hardship: null },
});
const all = [zhang, li, wang];
const names = (f: Partial<RosterFilters>) => filterRoster(all, { ...EMPTY_FILTERS, ...f }).map((m) => m.name);

describe('filterRoster', () => {
  it('finds by name, pinyin initials, full pinyin and ID fragment', () => {
    expect(names({ text: '建国' })).toEqual(['王建国']);
    expect(names({ text: 'zs' })).toEqual(['张三']);
    expect(names({ text: ' ZhangSan ' })).toEqual(['张三']);
    expect(names({ text: '0307123x' })).toEqual(['李四']);
    expect(names({ text: '' })).toEqual(['张三', '李四', '王建国']);
  });

  it('filters by group, kind, flag and age band (35 / 36–60 / 61)', () => {
    expect(names({ groupId: NO_GROUP })).toEqual(['李四']);
    expect(names({ groupId: 'g1' })).toEqual(['张三', '王建国']);
    expect(names({ kind: 'probationary' })).toEqual(['王建国']);
    expect(names({ flag: 'mobile' })).toEqual(['王建国']);
    expect(names({ ageBand: 'young' })).toEqual(['张三']);
    expect(names({ ageBand: 'middle' })).toEqual(['李四']);
    expect(names({ ageBand: 'senior' })).toEqual(['王建国']);
  });

  it('knows when any filter is on', () => {
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, text: ' ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, flag: 'lost' })).toBe(true);
  });
});
