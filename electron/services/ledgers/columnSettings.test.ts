import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractOf } from '../../../test/support/api.js';
import type { LedgerColumns, RenderedLedger } from '../../api/index.js';
import { ledgerFixture, type LedgerFixture } from './testSupport.js';

let f: LedgerFixture;
let api: ReturnType<typeof contractOf>;
beforeEach(async () => {
  f = await ledgerFixture();
  api = contractOf(f.inst);
  await f.member({ name: '王建国', ethnicity: '回族' });
});
afterEach(async () => f.inst.dispose());

/** The column headings of the first table of a rendered ledger, left to right. */
const headings = (html: string) =>
  [...(/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1]?.matchAll(/<th[^>]*>([^<]*)<\/th>/g) ?? [])].map((m) => m[1] ?? '');

const roster = async () => (await api.ok<RenderedLedger>('ledger.render', { ledger: 'roster' })).html;

const DEFAULT_ROSTER = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '出生年月',
  '学历',
  '入党时间',
  '转正时间',
  '人员类别',
  '工作单位及职务',
  '联系电话',
  '党小组',
  '备注',
];

describe('ledger column settings', () => {
  it('lists each table of a ledger with its default columns and no overrides at first', async () => {
    const branch = await api.ok<LedgerColumns>('ledger.columns', { ledger: 'branch' });
    expect(branch.tables.map((t) => [t.key, t.title])).toEqual([
      ['groups', '党小组'],
      ['committee', '支部委员会成员'],
    ]);
    const roster = await api.ok<LedgerColumns>('ledger.columns', { ledger: 'roster' });
    const members = roster.tables[0];
    expect(members?.overrides).toEqual([]);
    expect(members?.columns.find((c) => c.key === 'name')).toEqual({ key: 'name', title: '姓名', hidden: false });
    expect(members?.columns.find((c) => c.key === 'idNumber')).toEqual({
      key: 'idNumber',
      title: '身份证号码',
      hidden: true,
    });
    expect((await api.ok<LedgerColumns>('ledger.columns', { ledger: 'talks' })).tables).toEqual([]);
  });

  it('prints a renamed, a hidden and a moved column in the preview, and resets to the defaults', async () => {
    expect(headings(await roster())).toEqual(DEFAULT_ROSTER);

    const saved = await api.ok<LedgerColumns>('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [
        { key: 'phone', hidden: false },
        { key: 'index', hidden: false },
        { key: 'name', title: ' 名字 ', hidden: false },
        { key: 'ethnicity', hidden: true },
      ],
    });
    expect(saved.tables[0]?.overrides).toEqual([
      { key: 'phone', hidden: false },
      { key: 'index', hidden: false },
      { key: 'name', title: '名字', hidden: false },
      { key: 'ethnicity', hidden: true },
    ]);

    const html = await roster();
    expect(headings(html)).toEqual([
      '联系电话',
      '序号',
      '名字',
      '性别',
      '出生年月',
      '学历',
      '入党时间',
      '转正时间',
      '人员类别',
      '工作单位及职务',
      '党小组',
      '备注',
    ]);
    expect(html).not.toContain('回族');
    expect((await api.ok<LedgerColumns>('ledger.columns', { ledger: 'roster' })).tables[0]?.overrides).toEqual(
      saved.tables[0]?.overrides,
    );

    const reset = await api.ok<LedgerColumns>('ledger.resetColumns', { ledger: 'roster', table: 'members' });
    expect(reset.tables[0]?.overrides).toEqual([]);
    expect(headings(await roster())).toEqual(DEFAULT_ROSTER);
    expect(await roster()).toContain('回族');
  });

  it('turns on a column that is off by default, and keeps a title set back to the default as no rename', async () => {
    await api.ok('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [
        { key: 'name', title: '姓名', hidden: false },
        { key: 'age', title: '', hidden: false },
      ],
    });
    const { tables } = await api.ok<LedgerColumns>('ledger.columns', { ledger: 'roster' });
    expect(tables[0]?.overrides).toEqual([
      { key: 'name', hidden: false },
      { key: 'age', hidden: false },
    ]);
    expect(headings(await roster()).slice(0, 3)).toEqual(['姓名', '年龄', '序号']);
  });

  it('keeps each table and each ledger apart, in one synced setting row', async () => {
    await api.ok('ledger.saveColumns', {
      ledger: 'branch',
      table: 'committee',
      columns: [{ key: 'name', title: '委员姓名' }],
    });
    await api.ok('ledger.saveColumns', {
      ledger: 'branch',
      table: 'groups',
      columns: [{ key: 'name', title: '小组' }],
    });
    await api.ok('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [{ key: 'name', title: '名字' }],
    });

    const afterOne = await api.ok<LedgerColumns>('ledger.resetColumns', { ledger: 'branch', table: 'groups' });
    expect(afterOne.tables.map((t) => t.overrides)).toEqual([[], [{ key: 'name', title: '委员姓名' }]]);
    const branch = await api.ok<RenderedLedger>('ledger.render', { ledger: 'branch' });
    expect(branch.html).toContain('委员姓名');
    expect(branch.html).not.toContain('>小组<');

    await api.ok('ledger.resetColumns', { ledger: 'branch' });
    expect(
      (await api.ok<LedgerColumns>('ledger.columns', { ledger: 'branch' })).tables.map((t) => t.overrides),
    ).toEqual([[], []]);
    // The roster's settings are not the branch table's: resetting one ledger leaves the other.
    expect(headings(await roster())[0]).toBe('名字');

    const rows = await f.inst.ctx.db.selectFrom('setting').select('key').where('key', '=', 'ledger_columns').execute();
    expect(rows).toHaveLength(1);
  });

  it('accepts a list that hides every column it names while others stay shown', async () => {
    await api.ok('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [{ key: 'ethnicity', hidden: true }],
    });
    expect(headings(await roster())).not.toContain('民族');
  });
});

describe('refusals, in Chinese, naming the field', () => {
  const save = (input: object) =>
    api.refusal('ledger.saveColumns', { ledger: 'roster', table: 'members', columns: [{ key: 'name' }], ...input });

  it('refuses an unknown ledger, table or column', async () => {
    expect(await save({ ledger: 'nonsense' })).toMatchObject({
      code: 'VALIDATION',
      field: 'ledger',
      message: '请选择台账',
    });
    expect(await save({ table: 'people' })).toMatchObject({
      field: 'table',
      message: '党员花名册中没有表格“people”',
    });
    expect(await save({ ledger: 'talks' })).toMatchObject({
      field: 'table',
      message: '谈心谈话记录表没有可以调整的列',
    });
    expect(await save({ columns: [{ key: 'name' }, { key: 'shoeSize' }] })).toMatchObject({
      field: 'columns.1.key',
      message: '党员表中没有列“shoeSize”',
    });
    expect(await api.refusal('ledger.resetColumns', { ledger: 'roster', table: 'people' })).toMatchObject({
      field: 'table',
    });
  });

  it('refuses a title over 20 characters, a column named twice and a table with nothing shown', async () => {
    expect(await save({ columns: [{ key: 'name', title: '姓'.repeat(21) }] })).toMatchObject({
      field: 'columns.0.title',
      message: '列名不能超过 20 个字',
    });
    expect(await save({ columns: [{ key: 'name' }, { key: 'name', hidden: true }] })).toMatchObject({
      field: 'columns.1.key',
      message: '同一列出现了两次',
    });
    const everyHidden = (await api.ok<LedgerColumns>('ledger.columns', { ledger: 'roster' })).tables[0]?.columns.map(
      (c) => ({ key: c.key, hidden: true }),
    );
    expect(await save({ columns: everyHidden })).toMatchObject({ field: 'columns', message: '至少要显示一列' });
    expect(await save({ columns: [] })).toMatchObject({ field: 'columns', message: '缺少列设置' });
    // Nothing refused was saved.
    expect(headings(await roster())).toEqual(DEFAULT_ROSTER);
  });
});

describe('what reaches the database', () => {
  const changes = async () =>
    (await f.inst.ctx.db.selectFrom('change_log').select('row_id').where('table_name', '=', 'setting').execute())
      .length;

  it('writes nothing when resetting columns that were never changed', async () => {
    const before = await changes();
    await api.ok('ledger.resetColumns', { ledger: 'roster' });
    await api.ok('ledger.resetColumns', { ledger: 'branch', table: 'groups' });
    expect(await changes()).toBe(before);
  });

  it('prints the defaults when the stored value cannot be read', async () => {
    await api.ok('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [{ key: 'name', title: '名字' }],
    });
    await f.inst.ctx.db
      .updateTable('setting')
      .set({ value: '{"roster": [' })
      .where('key', '=', 'ledger_columns')
      .execute();
    expect(headings(await roster())).toEqual(DEFAULT_ROSTER);
    // And a save then replaces the unreadable value.
    await api.ok('ledger.saveColumns', {
      ledger: 'roster',
      table: 'members',
      columns: [{ key: 'name', title: '名字' }],
    });
    expect(headings(await roster())[0]).toBe('名字');
  });
});
