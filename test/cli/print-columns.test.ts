import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';
import { pdfText, printLedger } from './pdf.js';

let inst: TestInstallation;
beforeAll(async () => {
  inst = await tempInstallation();
  const api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  await api.ok('members.create', person({ name: '王建国', ethnicity: '回族', phone: '13907310001' }));
  await api.ok('ledger.saveColumns', {
    ledger: 'roster',
    table: 'members',
    columns: [
      { key: 'phone', hidden: false },
      { key: 'name', title: '名字', hidden: false },
      { key: 'ethnicity', hidden: true },
    ],
  });
  // The CLI opens the file on its own, as a user's second program would.
  await inst.close();
});
afterAll(async () => inst.dispose());

describe('zhibu print with saved column settings', () => {
  it('prints the 党员花名册 with the columns as the user arranged them', () => {
    const pdf = printLedger(dirname(inst.path), inst.path, 'roster');
    const text = pdfText(pdf, 1);
    expect(text).toContain('名字');
    expect(text).not.toContain('姓名');
    expect(text).not.toContain('民族');
    expect(text).not.toContain('回族');
    // Moved first: 联系电话 now heads the table, before 序号.
    expect(text.indexOf('联系电话')).toBeGreaterThan(-1);
    expect(text.indexOf('联系电话')).toBeLessThan(text.indexOf('序号'));
    expect(text.indexOf('名字')).toBeLessThan(text.indexOf('序号'));
  });
});
