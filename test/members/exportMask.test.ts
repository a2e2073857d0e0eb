import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExcelFile } from '../../electron/api/memberImport.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

describe('the roster exported to .xlsx', () => {
  it('carries phones masked and no ID number, as the on-screen list does', async () => {
    const api = contractOf(inst);
    await api.ok('org.setup', SAMPLE_BRANCH);
    const p = person({ name: '李四', phone: '13911112222' });
    await api.ok('members.create', p);
    const file = await api.ok<ExcelFile>('members.export', { scope: 'current' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    wb.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => cells.push(typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value))),
    );
    expect(cells).toContain('139****2222');
    expect(cells.join('|')).not.toContain('13911112222');
    expect(cells.join('|')).not.toContain(p.idNumber);
  });
});
