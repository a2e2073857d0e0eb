import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail, MemberSummary } from '../../api/members.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { contractOf } from '../../../test/support/api.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await call('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

const call = (name: string, input: unknown) => contractOf(inst).call(name, input);
const ok = <T>(name: string, input: unknown) => contractOf(inst).ok<T>(name, input);
const refusal = (name: string, input: unknown) => contractOf(inst).refusal(name, input);
const memberCount = () => (inst.database.sqlite.prepare('SELECT count(*) n FROM member').get() as { n: number }).n;

describe('member records', () => {
  it('creates a member with derived age, 党龄 and 政治生日, and a first history event', async () => {
    const m = await ok<MemberDetail>(
      'members.create',
      person({ name: '张三', birthDate: '1970-11-24', joinedOn: '1995-07-01', confirmedOn: '1996-07-01' }),
    );
    expect(m.age).toBe(55);
    expect(m.partyYears).toBe(30);
    expect(m.politicalBirthday).toBe('07-01');
    expect(m.searchKey).toBe('zs zhangsan');
    expect(m.events.map((e) => [e.kind, e.date])).toEqual([
      ['joined', '1995-07-01'],
      ['confirm', '1996-07-01'],
    ]);
    expect(m.status).toBe('active');
  });

  it('stores a lower-case x as X', async () => {
    const p = person({ birthDate: '1949-12-31', gender: 'female', joinedOn: '1975-07-01', confirmedOn: '1976-07-01' });
    const lower = p.idNumber.endsWith('X') ? p.idNumber.toLowerCase() : p.idNumber;
    const m = await ok<MemberDetail>('members.create', { ...p, idNumber: lower });
    expect(m.idNumber).toBe(p.idNumber.toUpperCase());
  });

  it.each([
    [{ idNumber: '320102197005120011' }, 'idNumber', '公民身份号码校验位不正确，请核对'],
    [{ idNumber: '32010219700512001' }, 'idNumber', '公民身份号码应为 18 位'],
    [{ birthDate: '1970-05-13' }, 'birthDate', '出生日期与公民身份号码不一致'],
    [{ gender: 'female' }, 'gender', '性别与公民身份号码不一致'],
    [{ joinedOn: '2027-01-01', confirmedOn: null, kind: 'probationary' }, 'joinedOn', '入党日期不能晚于今天'],
    [{ joinedOn: '1987-01-01', confirmedOn: '1988-01-01' }, 'joinedOn', '入党时应年满 18 周岁'],
    [{ confirmedOn: '1995-06-30' }, 'confirmedOn', '转正日期不能早于入党日期'],
    [
      { joinedOn: '1995-07-01', confirmedOn: '1996-06-30' },
      'confirmedOn',
      '转正日期应在预备期满 1 年之后（入党 1995-07-01，最早 1996-07-01）',
    ],
    [{ confirmedOn: '2027-01-01' }, 'confirmedOn', '转正日期不能晚于今天'],
    [{ kind: 'probationary' }, 'confirmedOn', '预备党员没有转正日期'],
    [{ confirmedOn: null }, 'confirmedOn', '请填写正式党员的转正日期'],
    [{ phone: '1381234567' }, 'phone', '联系电话格式不正确'],
    [{ ethnicity: '汉' }, 'ethnicity', '请选择民族'],
    [{ name: '  ' }, 'name', '请填写姓名'],
    [{ birthDate: '1970-02-30' }, 'birthDate', '出生日期不是有效的日期'],
  ])('refuses %j on field %s', async (bad, field, message) => {
    const base = person();
    const e = await refusal('members.create', { ...base, ...bad });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.some((i) => i.field === field && i.message.startsWith(message))).toBe(true);
    expect(memberCount()).toBe(0);
  });

  it('accepts landline numbers and an empty phone', async () => {
    await ok('members.create', person({ phone: '025-83456789' }));
    await ok('members.create', person({ phone: '' }));
  });

  it('refuses a duplicate ID number', async () => {
    const p = person();
    await ok('members.create', p);
    const e = await refusal('members.create', { ...p, name: '李四' });
    expect(e).toMatchObject({ field: 'idNumber', message: '公民身份号码与已有党员“张三”重复' });
  });

  it('edits base data but not the member kind', async () => {
    const m = await ok<MemberDetail>('members.create', person());
    const edited = await ok<MemberDetail>('members.update', { ...m.input, id: m.id, phone: '13900000000' });
    expect(edited.phone).toBe('13900000000');
    const redated = await ok<MemberDetail>('members.update', {
      ...m.input,
      id: m.id,
      joinedOn: '1995-06-30',
      confirmedOn: '1996-06-30',
    });
    expect(redated.events.map((e) => e.date)).toEqual(['1995-06-30', '1996-06-30']);
    const e = await refusal('members.update', { ...m.input, id: m.id, kind: 'probationary', confirmedOn: null });
    expect(e.field).toBe('kind');
  });

  it('keeps members in party groups and lists current and former separately', async () => {
    const g = await ok<{ id: string }>('groups.save', { name: '第一党小组' });
    const a = await ok<MemberDetail>('members.create', person({ name: '甲', groupId: g.id }));
    await ok('members.create', person({ name: '乙' }));
    await ok('members.event', { kind: 'death', id: a.id, date: '2026-01-05' });
    const current = await ok<MemberSummary[]>('members.list', { scope: 'current' });
    const former = await ok<MemberSummary[]>('members.list', { scope: 'former' });
    expect(current.map((m) => m.name)).toEqual(['乙']);
    expect(former).toMatchObject([{ name: '甲', groupName: '第一党小组', status: 'deceased' }]);
    expect(await ok<MemberSummary[]>('members.list', { scope: 'all' })).toHaveLength(2);
  });
});

describe('party groups and members', () => {
  it('refuses to dissolve a group that still has members', async () => {
    const g = await ok<{ id: string }>('groups.save', { name: '第一党小组' });
    await ok('members.create', person({ name: '组员', groupId: g.id }));
    const e = await refusal('groups.remove', { id: g.id });
    expect(e.message).toBe('“第一党小组”还有 1 名党员，请先把他们调整到其他党小组');
  });
});
