import { describe, expect, it } from 'vitest';
import { person } from '../../../../test/support/people.js';
import { BASIC_HEADER, problemsOf, rowOf, testId, usePreviewInstallation } from './preview.testkit.js';
import { xlsxBase64, type SheetSpec } from './sheets.testkit.js';

const { ok, preview, raw } = usePreviewInstallation();

describe('finding the roster in a real workbook', () => {
  it('skips empty and hidden sheets, a merged title and a two-row merged header', async () => {
    const p = await preview([
      { name: '说明', rows: [] },
      {
        name: '旧表',
        state: 'hidden',
        rows: [
          ['姓名', '民族', '身份证号'],
          ['某某', '汉族', '1'],
        ],
      },
      {
        name: '花名册',
        rows: [
          ['东风村党支部党员花名册'],
          ['序号', '姓名', '性别', '民族', '身份证号', '党籍信息', undefined, '联系', '备注'],
          [undefined, undefined, undefined, undefined, undefined, '入党时间', '转正时间', '电话'],
          [1, '周明', '男', '汉族', testId('1966-05-18', 41), '1992.07.01', '1993.07.01', '13812345678'],
          [
            2,
            '吴红梅',
            '女',
            '汉族',
            testId('1971-09-02', 42, 'female'),
            '1998.06.30',
            '1999.06.30',
            undefined,
            '村妇联主席',
          ],
        ],
        merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'I2:I3'],
      },
    ]);
    expect(p.sheetName).toBe('花名册');
    expect(p.headerRow).toBe(3);
    expect(p.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['姓名', 'name'],
      ['性别', 'gender'],
      ['民族', 'ethnicity'],
      ['身份证号', 'idNumber'],
      ['入党时间', 'joinedOn'],
      ['转正时间', 'confirmedOn'],
      ['联系电话', 'phone'],
      ['备注', 'remarks'],
    ]);
    expect(p.rows.map((r) => [r.values.name, r.status])).toEqual([
      ['周明', 'ok'],
      ['吴红梅', 'ok'],
    ]);
    expect(rowOf(p, 4).values.birthDate).toBe('1966-05-18');
    expect(rowOf(p, 4).notes).toContain('出生日期未填，按公民身份号码记为 1966-05-18');
    expect(rowOf(p, 5).values.remarks).toBe('村妇联主席');
  });

  it('reads a merged 入党时间 over 预备 / 转正 as two fields, so 正式党员 stay 正式', async () => {
    const p = await preview([
      {
        name: '花名册',
        rows: [
          ['姓名', '性别', '民族', '身份证号', '入党时间', undefined],
          [undefined, undefined, undefined, undefined, '预备', '转正'],
          ['周明', '男', '汉族', testId('1966-05-18', 41), '1992.07.01', '1993.07.01'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'],
      },
    ]);
    expect(p.headerRow).toBe(2);
    expect(p.columns.slice(4).map((c) => c.field)).toEqual(['joinedOn', 'confirmedOn']);
    expect(rowOf(p, 3).values).toMatchObject({ joinedOn: '1992-07-01', confirmedOn: '1993-07-01' });
  });

  it('refuses a damaged .xlsx, a text file that is not a roster, and a sheet without a roster header', async () => {
    const bad = await raw('members.importPreview', {
      fileName: 'a.xlsx',
      fileBase64: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('not excel')]).toString('base64'),
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('.xlsx') as string },
    });
    const text = await raw('members.importPreview', {
      fileName: 'a.csv',
      fileBase64: Buffer.from('not excel').toString('base64'),
    });
    expect(text).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('没有找到花名册的表头') as string },
    });
    const none = await raw('members.importPreview', {
      fileName: 'a.xlsx',
      fileBase64: await xlsxBase64({ rows: [['名单'], ['张三', '男']] }),
    });
    expect(none).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('没有找到花名册的表头') as string },
    });
  });
});

describe('rows that are not members, and members already here', () => {
  it('skips blank rows, a lone 序号, repeated headers and merged section titles; rejects an ID twice in the file', async () => {
    const head = ['序号', ...BASIC_HEADER, '党小组'];
    const a = testId('1970-01-01', 81);
    const p = await preview({
      rows: [
        head,
        [1, '周明', '男', '汉族', a, '', '1995.07.01', '1996.07.01', '第一党小组'],
        [],
        [2],
        [undefined, '以下为预备党员'],
        head,
        [3, '周明明', '男', '汉族', a, '', '1995.07.01', '1996.07.01', '第一党小组'],
      ],
      merges: ['B5:I5'],
    });
    expect(p.counts).toEqual({ ok: 1, rejected: 1, duplicate: 0, skippedBlankOrRepeated: 4 });
    expect(problemsOf(rowOf(p, 7))).toEqual(['idNumber:与第 2 行身份证号码重复']);
  });

  it('shows a member already on the roster as a duplicate, not a rejection', async () => {
    const existing = person({ name: '老党员' });
    await ok('members.create', existing);
    const p = await preview({
      rows: [BASIC_HEADER, ['老党员', '男', '汉族', existing.idNumber, '', '1995.07.01', '1996.07.01']],
    });
    expect(p.counts).toMatchObject({ ok: 0, rejected: 0, duplicate: 1 });
    expect(rowOf(p, 2).notes).toContain('系统中已有此公民身份号码的党员“老党员”（在册），本行不导入');
  });

  it('uses existing 党小组 by name and lists the ones to create', async () => {
    await ok('groups.save', { name: '第一党小组' });
    const p = await preview({
      rows: [
        [...BASIC_HEADER, '所在党小组'],
        ['甲', '', '汉族', testId('1970-01-01', 91), '', '1995.07.01', '1996.07.01', '第一党小组'],
        ['乙', '', '汉族', testId('1970-01-01', 93), '', '1995.07.01', '1996.07.01', '第二党小组'],
        ['丙', '', '汉族', testId('1970-01-01', 95), '', '1995.07.01', '1996.07.01'],
      ],
      // A 党小组 written once and merged down over its members.
      merges: ['H3:H4'],
    });
    expect(p.newGroups).toEqual(['第二党小组']);
    expect(rowOf(p, 3).notes).toContain('党小组“第二党小组”尚未建立，导入时新建');
    expect(rowOf(p, 2).notes.some((n) => n.includes('党小组'))).toBe(false);
    expect(rowOf(p, 4).values.group).toBe('第二党小组');
  });
});

describe('correcting the column mapping', () => {
  it('uses the user’s choice over the automatic match', async () => {
    const sheet: SheetSpec = {
      rows: [
        ['姓名', '民族', '身份证号', '入党日期', '转正日期', '单位', '职务'],
        ['甲', '汉族', testId('1970-01-01', 97), '1995.07.01', '1996.07.01', '东风村委会', '村会计'],
      ],
    };
    const auto = await preview(sheet);
    expect(auto.columns.map((c) => c.field)).toEqual([
      'name',
      'ethnicity',
      'idNumber',
      'joinedOn',
      'confirmedOn',
      null,
      'partyPost',
    ]);
    expect(rowOf(auto, 2).values).toMatchObject({ partyPost: '村会计' });

    const fixed = await preview(sheet, { '6': 'workUnit', '7': 'workUnit', '2': null });
    expect(fixed.columns.map((c) => c.field)).toEqual([
      'name',
      null,
      'idNumber',
      'joinedOn',
      'confirmedOn',
      'workUnit',
      null,
    ]);
    expect(rowOf(fixed, 2).values).toMatchObject({ workUnit: '东风村委会' });
    expect(rowOf(fixed, 2).values.partyPost).toBeUndefined();
    expect(problemsOf(rowOf(fixed, 2))).toEqual(['ethnicity:请选择民族']);
  });
});
