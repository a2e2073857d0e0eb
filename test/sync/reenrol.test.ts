import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { MemberSummary } from '../../electron/api/members.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { officeAndBranch } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

async function carry(from: TestInstallation, to: TestInstallation, peer?: string): Promise<ImportLine> {
  const file = await contractOf(from).ok<BundleFile>('exchange.export', peer ? { peer } : {});
  const [line] = await contractOf(to).ok<ImportLine[]>('exchange.import', { files: [file] });
  return line as ImportLine;
}

describe('停用, then 重新登记 of a branch that kept its database', () => {
  it('takes its next bundle with the new enrolment, and both directions go on incrementally', async () => {
    const o = contractOf(office);
    const b = contractOf(branch);
    await b.ok(
      'exchange.importEnrolment',
      await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村' }),
    );
    await b.ok('members.create', person({ name: '张三' }));
    expect(await carry(branch, office)).toMatchObject({ ok: true });
    expect(await carry(office, branch, 'DF001')).toMatchObject({ ok: true });
    await b.ok('members.create', person({ name: '李四' }));
    expect(await carry(branch, office)).toMatchObject({ ok: true });
    expect(await carry(office, branch, 'DF001')).toMatchObject({ ok: true });

    await o.ok('exchange.revokeBranch', { code: 'DF001', confirm: true });
    expect(await carry(branch, office)).toMatchObject({ ok: false, message: '发件单位（东风村）已停用' });
    const again = await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村', again: true });
    await b.ok('exchange.importEnrolment', again);
    // Importing the same file twice is harmless.
    await b.ok('exchange.importEnrolment', again);

    await b.ok('members.create', person({ name: '王五' }));
    const first = await carry(branch, office);
    expect(first).toMatchObject({ ok: true });
    const names = (await o.ok<MemberSummary[]>('members.list', { scope: 'all' })).map((m) => m.name).sort();
    expect(names).toEqual(['张三', '李四', '王五'].sort());
    expect(await carry(office, branch, 'DF001')).toMatchObject({ ok: true });

    // From here on, only what changed travels, and it is accepted without any enrolment proof.
    await b.ok('members.create', person({ name: '赵六' }));
    const next = await carry(branch, office);
    expect(next).toMatchObject({ ok: true });
    const rows = (line: ImportLine) => Number(/(\d+) 条记录/.exec(line.message)?.[1]);
    expect(rows(next)).toBeGreaterThan(0);
    expect(rows(next)).toBeLessThan(rows(first));
  });
});
