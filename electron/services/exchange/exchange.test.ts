import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ExchangeStatus, ImportLine } from '../../api/exchange.js';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import type { TestInstallation } from '../../../test/support/temp.js';
import { officeAndBranch } from '../../../test/sync/support.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

describe('数据交换 through the contract', () => {
  it('enrols, exports, imports several files with a result each, and shows the history', async () => {
    const o = contractOf(office);
    const b = contractOf(branch);
    expect((await b.refusal('exchange.enrolBranch', { code: 'X1', name: 'x' })).message).toBe(
      '只有上级党委才能登记支部',
    );
    const file = await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部' });
    expect(file.fileName).toBe('DF001-登记文件.zbenrol');
    const enrolled = await b.ok<{ office: string; fingerprint: string }>('exchange.importEnrolment', {
      fileName: file.fileName,
      base64: file.base64,
    });
    expect(enrolled.fingerprint).toBe((await o.ok<ExchangeStatus>('exchange.status', {})).fingerprint);

    await b.ok<MemberDetail>('members.create', person({ name: '张三' }));
    const bundle = await b.ok<BundleFile & { seq: number }>('exchange.export', {});
    expect(bundle.fileName).toBe('DF001-至-CG01-第1号.zbx');
    const results = await o.ok<ImportLine[]>('exchange.import', {
      files: [bundle, bundle, { fileName: '坏文件.zbx', base64: Buffer.from('not a bundle').toString('base64') }],
    });
    expect(results.map((r) => [r.ok, r.message.slice(0, 6)])).toEqual([
      [true, '东风村党支部'],
      [false, '已导入过：东'],
      [false, '这不是支部台'],
    ]);
    const status = await o.ok<ExchangeStatus>('exchange.status', {});
    expect(status.peers).toMatchObject([{ code: 'DF001', keysKnown: true, lastReceived: 1 }]);
    expect(status.history).toMatchObject([{ direction: 'in', seq: 1 }]);
  });
});
