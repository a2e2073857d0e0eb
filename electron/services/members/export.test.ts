import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExcelFile, ImportPreview } from '../../api/memberImport.js';
import type { MemberDetail } from '../../api/members.js';
import type { PartyGroup } from '../../api/org.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { dispatch } from '../dispatch.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await ok('org.setup', SAMPLE_BRANCH);
  const group = await ok<PartyGroup>('groups.save', { name: '第一党小组' });
  await ok(
    'members.create',
    person({ name: '张三', birthDate: '1970-05-12', phone: '13812345678', groupId: group.id, remarks: '老支书' }),
  );
  await ok(
    'members.create',
    person({
      name: '李梅',
      gender: 'female',
      birthDate: '1998-12-01',
      joinedOn: '2025-06-20',
      confirmedOn: null,
      kind: 'probationary',
      phone: '',
    }),
  );
  const gone = await ok<MemberDetail>(
    'members.create',
    person({ name: '王五', birthDate: '1950-01-01', joinedOn: '1975-07-01', confirmedOn: '1976-07-01' }),
  );
  await ok('members.event', { kind: 'death', id: gone.id, date: '2026-03-01' });
});
afterEach(async () => inst.dispose());

async function ok<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(inst.ctx, name, input, (_op, err) => {
    throw err;
  });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

async function load(file: ExcelFile): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('exporting the roster', () => {
  it('lays out the current roster like the printed 党员花名册', async () => {
    const file = await ok<ExcelFile>('members.export', {});
    expect(file.fileName).toBe('中共东风村支部委员会-党员花名册-2026-11-23.xlsx');
    const ws = await load(file);
    expect(ws.getCell('A1').value).toBe('中共东风村支部委员会党员花名册');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:M1', 'A2:M2']));
    expect(ws.getCell('A2').value).toBe('截至 2026年11月23日\u3000\u3000共 2 人');
    expect(rowValues(ws, 3)).toEqual([
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
    ]);
    expect(ws.getCell('B3').font.bold).toBe(true);
    expect(ws.getCell('B3').border.bottom?.style).toBe('thin');
    expect(ws.getColumn(10).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
    // listMembers orders by 党小组, members without one after every group.
    expect(rowValues(ws, 5).slice(0, 8)).toEqual([2, '李梅', '女', '汉族', '1998.12', '高中', '2025.06.20', '']);
    expect(rowValues(ws, 4)).toEqual([
      1,
      '张三',
      '男',
      '汉族',
      '1970.05',
      '高中',
      '1995.07.01',
      '1996.07.01',
      '农牧渔民',
      '东风村村民',
      '138****5678',
      '第一党小组',
      '老支书',
    ]);
    expect(ws.getCell('K4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(6).hasValues).toBe(false);
  });

  it('exports those who left with their state in 备注', async () => {
    const file = await ok<ExcelFile>('members.export', { scope: 'former' });
    expect(file.fileName).toBe('中共东风村支部委员会-党员花名册（已离开党员）-2026-11-23.xlsx');
    const ws = await load(file);
    expect(rowValues(ws, 4)[1]).toBe('王五');
    expect(rowValues(ws, 4)[12]).toBe('已去世（2026.03.01）');
  });

  it('reads back through the importer: columns recognised, names read', async () => {
    const file = await ok<ExcelFile>('members.export', {});
    const p = await ok<ImportPreview>('members.importPreview', { fileName: file.fileName, fileBase64: file.base64 });
    expect(p.headerRow).toBe(3);
    expect(p.columns.map((c) => c.field)).toEqual([
      null,
      'name',
      'gender',
      'ethnicity',
      'birthDate',
      'education',
      'joinedOn',
      'confirmedOn',
      'occupation',
      'workUnit',
      'phone',
      'group',
      'remarks',
    ]);
    expect(p.rows.map((r) => [r.values.name, r.values.joinedOn])).toEqual([
      ['张三', '1995-07-01'],
      ['李梅', '2025-06-20'],
    ]);
  });
});
