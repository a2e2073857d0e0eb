import { afterEach, beforeEach } from 'vitest';
import { buildIdNumber } from '../../../api/idNumber.js';
import type { ImportPreview, ImportRow } from '../../../api/memberImport.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../../test/support/temp.js';
import { dispatch } from '../../dispatch.js';
import { xlsxBase64, type SheetSpec } from './sheets.testkit.js';

/** Test support: a set-up branch per test, and the import preview called through dispatch. */
export function usePreviewInstallation() {
  let inst: TestInstallation | undefined;
  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    if (!inst) throw new Error('no installation');
    const r = await dispatch(inst.ctx, name, input, (_op, err) => {
      throw err;
    });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
  beforeEach(async () => {
    inst = await tempInstallation({ today: '2026-11-23' });
    await ok('org.setup', SAMPLE_BRANCH);
  });
  afterEach(async () => inst?.dispose());
  const preview = async (sheets: SheetSpec | SheetSpec[], mapping?: Record<string, string | null>) =>
    ok<ImportPreview>('members.importPreview', {
      fileName: 'roster.xlsx',
      fileBase64: await xlsxBase64(sheets),
      mapping,
    });
  const raw = (name: string, input: unknown) => {
    if (!inst) throw new Error('no installation');
    return dispatch(inst.ctx, name, input);
  };
  return { ok, preview, raw };
}

export function rowOf(p: ImportPreview, n: number): ImportRow {
  const found = p.rows.find((r) => r.rowNumber === n);
  if (!found) throw new Error(`no row ${n}`);
  return found;
}

/** Each problem as `field:message`, to compare in one line. */
export const problemsOf = (r: ImportRow) => r.problems.map((p) => `${p.field ?? ''}:${p.message}`);

export const testId = (birth: string, seq: number, gender: 'male' | 'female' = 'male') =>
  buildIdNumber('420527', birth, seq, gender);

export const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const BASIC_HEADER = ['姓名', '性别', '民族', '身份证号', '出生日期', '入党日期', '转正日期'];
