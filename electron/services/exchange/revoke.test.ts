import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ExchangeStatus, ImportLine } from '../../api/exchange.js';
import { contractOf } from '../../../test/support/api.js';
import type { TestInstallation } from '../../../test/support/temp.js';
import { contentHash, officeAndBranch } from '../../../test/sync/support.js';
import { readDirectory } from './directory.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

/** Enrols DF001 and carries its first bundle to the office, so both sides know each other's keys. */
async function enrolled() {
  const o = contractOf(office);
  const b = contractOf(branch);
  await o.ok('exchange.enrolBranch', { code: 'DF002', name: '西湖村党支部' });
  const file = await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部' });
  await b.ok('exchange.importEnrolment', file);
  const first = await b.ok<BundleFile>('exchange.export', {});
  expect((await o.ok<ImportLine[]>('exchange.import', { files: [first] }))[0]).toMatchObject({ ok: true });
  return { o, b };
}

describe('停用 a branch', () => {
  it('refuses its bundles and exports to it, drops it from the directory, and 重新登记 brings it back', async () => {
    const { o, b } = await enrolled();
    expect((await readDirectory(office.ctx.db)).map((d) => d.code)).toEqual(['DF001', 'DF002']);

    expect(await o.ok('exchange.revokeBranch', { code: 'DF001', confirm: true })).toEqual({
      code: 'DF001',
      name: '东风村党支部',
    });
    expect((await readDirectory(office.ctx.db)).map((d) => d.code)).toEqual(['DF002']);
    const status = await o.ok<ExchangeStatus>('exchange.status', {});
    expect(status.peers.map((p) => [p.code, p.revoked])).toEqual([
      ['DF001', true],
      ['DF002', false],
    ]);

    const before = await contentHash(office);
    expect(await o.refusal('exchange.export', { peer: 'DF001' })).toMatchObject({
      field: 'peer',
      message: '东风村党支部已停用，不能向其导出数据包（如需恢复，请重新登记该支部）',
    });
    const late = await b.ok<BundleFile>('exchange.export', {});
    const [line] = await o.ok<ImportLine[]>('exchange.import', { files: [late] });
    expect(line).toMatchObject({ ok: false, message: '发件单位（东风村党支部）已停用' });
    expect(await o.refusal('exchange.revokeBranch', { code: 'DF001', confirm: true })).toMatchObject({
      field: 'code',
      message: '东风村党支部（DF001）已经停用',
    });
    expect(await contentHash(office)).toBe(before);

    await o.ok('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部', again: true });
    expect((await o.ok<ExchangeStatus>('exchange.status', {})).peers[0]).toMatchObject({
      code: 'DF001',
      revoked: false,
      keysKnown: false,
    });
    expect((await readDirectory(office.ctx.db)).map((d) => d.code)).toEqual(['DF001', 'DF002']);
  });

  it('needs confirmation, a known branch, and an office', async () => {
    const { o, b } = await enrolled();
    const before = await contentHash(office);
    expect(await o.refusal('exchange.revokeBranch', { code: 'DF001' })).toMatchObject({
      field: 'confirm',
      message: '请确认停用该支部',
    });
    expect(await o.refusal('exchange.revokeBranch', { code: '', confirm: true })).toMatchObject({
      field: 'code',
      message: '请填写支部代码',
    });
    expect(await o.refusal('exchange.revokeBranch', { code: 'XX9', confirm: true })).toMatchObject({
      message: '没有登记代码为 XX9 的支部',
    });
    expect(await contentHash(office)).toBe(before);
    expect(await b.refusal('exchange.revokeBranch', { code: 'CG01', confirm: true })).toMatchObject({
      message: '只有上级党委才能停用支部',
    });
  });
});
