import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { Change } from '../../electron/sync/rows.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { reseal } from './craft.js';
import { contentHash, enrolledPair } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
  await contractOf(branch).ok('members.create', person({ name: '张三' }));
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

/** The branch's bundle with one row of `table` changed by `edit`, signed by the branch. */
async function withRow(table: string, edit: (row: Change['row']) => void): Promise<ImportLine> {
  const f = await contractOf(branch).ok<BundleFile>('exchange.export', {});
  const bytes = await reseal(Buffer.from(f.base64, 'base64'), branch, office, (body) => {
    const c = body.changes.find((x) => x.table === table);
    if (!c) throw new Error(`no ${table} row`);
    edit(c.row);
  });
  const [line] = await contractOf(office).ok<ImportLine[]>('exchange.import', {
    files: [{ fileName: 'x.zbx', base64: bytes.toString('base64') }],
  });
  return line as ImportLine;
}

const refused = (detail: string) => `数据包中的记录不符合填写规则（${detail}），已拒绝整个数据包，没有做任何改动`;

describe('rows in a signed bundle are checked with the forms’ rules', () => {
  it.each([
    ['member', 'birth_date', '3000-13-45', '党员：出生日期不是有效的日期'],
    ['member', 'birth_date', '1970-5-12', '党员：出生日期格式应为 年-月-日（如 2024-07-01）'],
    ['member', 'birth_date', '2023-02-30', '党员：出生日期不是有效的日期'],
    ['member', 'id_number', 'not-an-id', '党员：公民身份号码应为 18 位'],
    ['member', 'gender', 'robot', '党员：请选择性别'],
    ['member', 'name', '', '党员：请填写姓名'],
    ['member', 'kind', 'honorary', '党员：请选择党员类别'],
    ['organization', 'org_type', 'club', '党组织基本情况：请选择组织类别'],
    ['member_event', 'event_date', 'yesterday', '党员变动记录：变动日期格式应为 年-月-日（如 2024-07-01）'],
  ])('refuses %s.%s = %j', async (table, column, value, detail) => {
    const before = await contentHash(office);
    const line = await withRow(table, (row) => {
      row[column] = value;
    });
    expect(line).toMatchObject({ ok: false, message: refused(detail) });
    expect(await contentHash(office)).toBe(before);
  });

  it('refuses money that is not whole 分 and a number where text belongs', async () => {
    await contractOf(branch).ok('dues.setBasis', {
      memberId: (await branch.ctx.db.selectFrom('member').select('id').executeTakeFirstOrThrow()).id,
      effectiveFrom: '2026-01',
      category: 'farmer',
      fixed: '0.5',
    });
    expect(
      await withRow('dues_basis', (row) => {
        row.computed_fen = 12.5;
      }),
    ).toMatchObject({ ok: false, message: refused('党费核定：每月应交必须是整数') });
    expect(
      await withRow('member', (row) => {
        row.phone = 13900000000;
      }),
    ).toMatchObject({ ok: false, message: refused('党员：联系电话必须是文字') });
  });

  it('takes the same bundle unchanged', async () => {
    expect(await withRow('member', () => undefined)).toMatchObject({ ok: true });
  });
});
