import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { person } from '../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../test/support/temp.js';
import { dispatch } from './dispatch.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(async () => inst.dispose());

const call = (name: string, input: unknown) => dispatch(inst.ctx, name, input, () => undefined);
const changeCount = () => (inst.database.sqlite.prepare('SELECT count(*) n FROM change_log').get() as { n: number }).n;

describe('dispatch: the contract boundary', () => {
  it('refuses bad input with a Chinese message naming the field, changing nothing', async () => {
    const r = await call('org.setup', { ...SAMPLE_BRANCH, code: '东风 村', foundedOn: '2021-02-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.field).toBe('code');
    expect(r.error.message).toBe('组织代码只能包含数字、字母和“-”');
    expect(r.error.issues?.map((i) => i.field)).toEqual(['code', 'foundedOn']);
    expect(r.error.issues?.[1]?.message).toBe('建立时间不是有效的日期');
    expect(changeCount()).toBe(0);
  });

  it('refuses unknown operations and non-object input', async () => {
    const unknown = await call('org.drop', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    const proto = await call('__proto__', {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    const notObject = await call('org.setup', 'DROP TABLE organization');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('hides internal failures behind a Chinese message without a stack trace', async () => {
    await call('org.setup', SAMPLE_BRANCH);
    inst.database.sqlite.exec('DROP TABLE party_group');
    const r = await call('groups.save', { name: '第一党小组' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/\bat \S+:\d+|Error:|party_group|SqliteError/);
  });

  it('sets the branch up once, then refuses a second setup', async () => {
    const first = await call('org.setup', SAMPLE_BRANCH);
    expect(first).toMatchObject({ ok: true, value: { name: '中共东风村支部委员会', orgType: 'village' } });
    const again = await call('org.setup', SAMPLE_BRANCH);
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });

  it('requires setup before profile operations', async () => {
    expect(await call('org.get', {})).toEqual({ ok: true, value: null });
    expect(await call('org.overview', {})).toMatchObject({ ok: false, error: { code: 'NOT_SET_UP' } });
    expect(await call('groups.save', { name: '第一党小组' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SET_UP' },
    });
  });

  it('refuses dates in the future and a term before founding', async () => {
    const future = await call('org.setup', { ...SAMPLE_BRANCH, foundedOn: '2027-01-01' });
    expect(future).toMatchObject({ ok: false, error: { field: 'foundedOn', message: '建立时间不能晚于今天' } });
    const order = await call('org.setup', { ...SAMPLE_BRANCH, foundedOn: '2022-01-01', termStartedOn: '2021-04-15' });
    expect(order).toMatchObject({ ok: false, error: { field: 'termStartedOn' } });
    expect(changeCount()).toBe(0);
  });
});

describe('branch profile', () => {
  beforeEach(async () => {
    await call('org.setup', SAMPLE_BRANCH);
    // Seven 正式党员: enough for a 支部委员会 whose seats are roster members.
    for (const name of ['张建国', '李秀英', '赵六', '王强', '钱七', '孙八', '周九'])
      await call('members.create', person({ name }));
  });

  it('keeps the committee and groups, with the term due date from the rule', async () => {
    const sec = await call('committee.save', {
      position: 'secretary',
      name: '张建国',
      duty: '主持全面工作',
      startedOn: '2021-04-15',
    });
    expect(sec.ok).toBe(true);
    await call('committee.save', { position: 'organization', name: '李秀英', duty: '组织、党费' });
    await call('groups.save', { name: '第一党小组', leaderName: '王强' });
    const r = await call('org.overview', {});
    if (!r.ok) throw new Error(r.error.message);
    const o = r.value as {
      committee: { name: string }[];
      groups: { name: string }[];
      term: { dueOn: string; status: string };
    };
    expect(o.committee.map((c) => c.name)).toEqual(['张建国', '李秀英']);
    expect(o.groups.map((g) => g.name)).toEqual(['第一党小组']);
    expect(o.term).toMatchObject({ dueOn: '2026-04-15', status: 'overdue' });
  });

  it('allows one 书记 only, and edits in place', async () => {
    const first = await call('committee.save', { position: 'secretary', name: '张建国' });
    const second = await call('committee.save', { position: 'secretary', name: '赵六' });
    expect(second).toMatchObject({
      ok: false,
      error: { field: 'position', message: '已有书记（张建国），请先修改或移除' },
    });
    if (!first.ok) throw new Error('setup failed');
    const id = (first.value as { id: string }).id;
    const edited = await call('committee.save', { id, position: 'secretary', name: '张建国', duty: '全面工作' });
    expect(edited).toMatchObject({ ok: true, value: { id, duty: '全面工作' } });
  });

  it('dissolves a group on a date, keeping its row, and only once it is empty', async () => {
    const g = await call('groups.save', { name: '第二党小组', establishedOn: '2020-03-01' });
    if (!g.ok) throw new Error('save failed');
    const id = (g.value as { id: string }).id;
    expect(await call('groups.remove', { id, dissolvedOn: '2019-12-31' })).toMatchObject({
      ok: false,
      error: { field: 'dissolvedOn', message: '撤销时间不能早于成立时间' },
    });
    expect(await call('groups.remove', { id, dissolvedOn: '2026-06-30' })).toEqual({ ok: true, value: { id } });
    expect(await call('groups.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const row = inst.database.sqlite.prepare('SELECT deleted_at, dissolved_on FROM party_group WHERE id = ?').get(id);
    expect(row).toEqual({ deleted_at: null, dissolved_on: '2026-06-30' });
    const overview = await call('org.overview', {});
    expect(overview.ok && (overview.value as { groups: unknown[] }).groups).toEqual([]);
  });

  it('refuses duplicate group names', async () => {
    await call('groups.save', { name: '第一党小组' });
    expect(await call('groups.save', { name: ' 第一党小组 ' })).toMatchObject({ ok: false, error: { field: 'name' } });
  });
});
