import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../../api/idNumber.js';
import type { ImportResult } from '../../../api/memberImport.js';
import type { MemberDetail, MemberSummary } from '../../../api/members.js';
import type { PartyGroup } from '../../../api/org.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../../test/support/temp.js';
import { dispatch } from '../../dispatch.js';
import { commitImport } from './index.js';
import { dumpDatabase, xlsxBase64 } from './sheets.testkit.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

const call = (name: string, input: unknown) =>
  dispatch(inst.ctx, name, input, (_op, err) => {
    throw err;
  });
async function ok<T>(name: string, input: unknown): Promise<T> {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}
const id = (birth: string, seq: number, gender: 'male' | 'female' = 'male') =>
  buildIdNumber('420527', birth, seq, gender);
const dump = () => dumpDatabase(inst.database.sqlite);

const HEAD = ['序号', '姓名', '性别', '民族', '身份证号', '入党时间', '转正时间', '党小组'];
const GOOD = [
  [1, '周明', '男', '汉族', id('1966-05-18', 11), '1992.07.01', '1993.07.01', '第一党小组'],
  [2, '吴红梅', '女', '汉族', id('1971-09-02', 12, 'female'), '1998.06.30', '1999.06.30', '第二党小组'],
  [3, '朱丽娟', '女', '汉族', id('1998-12-01', 14, 'female'), '2025.06.20', '', '第二党小组'],
];
const BAD = [4, '马俊', '男', '回族', '42052719850707049', '2010.05.04', '2011.05.04', '第三党小组'];

async function file(rows: unknown[][]) {
  return {
    fileName: 'roster.xlsx',
    fileBase64: await xlsxBase64({
      rows: [['东风村党支部党员花名册'], HEAD, ...(rows as never[][])],
      merges: ['A1:H1'],
    }),
  };
}

describe('committing an import', () => {
  it('writes every member with the history the form would give, and creates the new 党小组', async () => {
    await ok('groups.save', { name: '第一党小组' });
    const result = await ok<ImportResult>('members.importCommit', await file(GOOD));
    expect(result).toEqual({ imported: 3, duplicates: 0, rejected: 0, newGroups: ['第二党小组'] });

    const groups = (await ok<{ groups: PartyGroup[] }>('org.overview', {})).groups;
    expect(groups.map((g) => g.name)).toEqual(['第一党小组', '第二党小组']);
    const roster = await ok<MemberSummary[]>('members.list', {});
    expect(roster.map((m) => [m.name, m.groupName, m.kind]).sort()).toEqual([
      ['吴红梅', '第二党小组', 'formal'],
      ['周明', '第一党小组', 'formal'],
      ['朱丽娟', '第二党小组', 'probationary'],
    ]);
    const zhou = await ok<MemberDetail>('members.get', { id: roster.find((m) => m.name === '周明')?.id });
    expect(zhou.events.map((e) => [e.kind, e.date])).toEqual([
      ['joined', '1992-07-01'],
      ['confirm', '1993-07-01'],
    ]);
  });

  it('refuses the whole file when a row is rejected, leaving the database exactly as it was', async () => {
    const before = dump();
    const r = await call('members.importCommit', await file([...GOOD, BAD]));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^有 1 行未通过检查，未导入任何数据/) as string },
    });
    if (!r.ok) expect(r.error.issues).toEqual([{ field: 'row.6', message: '第 6 行（马俊）：公民身份号码应为 18 位' }]);
    expect(dump()).toBe(before);
  });

  it('imports the good rows when told to skip the rejected ones', async () => {
    const result = await ok<ImportResult>('members.importCommit', {
      ...(await file([...GOOD, BAD])),
      skipRejected: true,
    });
    expect(result).toEqual({ imported: 3, duplicates: 0, rejected: 1, newGroups: ['第一党小组', '第二党小组'] });
    expect((await ok<MemberSummary[]>('members.list', {})).length).toBe(3);
  });

  it('does not import a member twice when the same file comes again', async () => {
    await ok('members.importCommit', await file(GOOD));
    const before = dump();
    const again = await ok<ImportResult>('members.importCommit', await file(GOOD));
    expect(again).toEqual({ imported: 0, duplicates: 3, rejected: 0, newGroups: [] });
    expect((await ok<MemberSummary[]>('members.list', {})).length).toBe(3);
    expect(dump()).toBe(before);
  });

  it('writes nothing at all when a write fails halfway', async () => {
    const before = dump();
    let ids = 0;
    // The fourth record (after a group and the first member's rows) cannot get an id.
    const failing = {
      ...inst.ctx,
      ids: () => {
        ids += 1;
        if (ids === 4) throw new Error('disk full');
        return inst.ctx.ids();
      },
    };
    await expect(commitImport(failing, { ...(await file(GOOD)), skipRejected: false })).rejects.toThrow('disk full');
    expect(dump()).toBe(before);
  });

  it('applies the same column mapping as the preview', async () => {
    const input = await file(GOOD);
    const result = await ok<ImportResult>('members.importCommit', { ...input, mapping: { '8': null } });
    expect(result).toMatchObject({ imported: 3, newGroups: [] });
    expect((await ok<MemberSummary[]>('members.list', {})).every((m) => m.groupId === null)).toBe(true);
  });
});
