import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ImportPreview } from '../../../api/memberImport.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../../test/support/temp.js';
import { dispatch } from '../../dispatch.js';

/** The sample roster the team was given (shared/fixtures), kept with the tests. */
const SAMPLE = fileURLToPath(new URL('../../../../test/fixtures/roster-sample.xlsx', import.meta.url));

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await dispatch(inst.ctx, 'org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

it('previews the shared sample roster with its six members ready to import', async () => {
  const r = await dispatch(inst.ctx, 'members.importPreview', {
    fileName: 'roster-sample.xlsx',
    fileBase64: readFileSync(SAMPLE).toString('base64'),
  });
  if (!r.ok) throw new Error(r.error.message);
  const p = r.value as ImportPreview;
  expect(p.counts).toEqual({ ok: 6, rejected: 0, duplicate: 0, skippedBlankOrRepeated: 0 });
  expect(p.columns.every((c) => c.field !== null)).toBe(true);
  expect(p.newGroups).toEqual(['第一党小组', '第二党小组', '第三党小组']);
  expect(p.rows.filter((row) => row.values.kind === '预备党员').map((row) => row.values.name)).toEqual(['朱丽娟']);
});
