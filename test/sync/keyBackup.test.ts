import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ExchangeStatus, ImportLine } from '../../electron/api/exchange.js';
import type { MemberDetail } from '../../electron/api/members.js';
import { getMeta } from '../../db/queries/localMeta.js';
import { ownFingerprint } from '../../electron/sync/identity.js';
import { KEY_MAGIC, restoreKeyBackup, writeKeyBackup } from '../../electron/sync/keyBackup.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';
import { contentHash, officeAndBranch } from './support.js';

const PASS = '东风村 2026 春';
let office: TestInstallation;
let branch: TestInstallation;
const extra: TestInstallation[] = [];
let dir: string;
let cleanup: () => void;

beforeEach(async () => {
  ({ office, branch } = await officeAndBranch());
  ({ dir, cleanup } = tempDir('zhibu-keys-'));
});
afterEach(async () => {
  for (const i of [office, branch, ...extra.splice(0)]) await i.dispose();
  cleanup();
});

/** A second installation of the same branch, as on a replaced PC: set up again, empty. */
async function reinstalledBranch(): Promise<TestInstallation> {
  const inst = await tempInstallation({ nodeId: 'cccccccccccccccc' });
  extra.push(inst);
  await contractOf(inst).ok('org.setup', SAMPLE_BRANCH);
  return inst;
}

/** Hands a file over as a real file on disk, the way a U 盘 would. */
function viaDisk(name: string, file: { base64: string }): Buffer {
  writeFileSync(join(dir, name), Buffer.from(file.base64, 'base64'));
  return readFileSync(join(dir, name));
}

async function sendBundle(from: TestInstallation, to: TestInstallation, peer?: string): Promise<ImportLine> {
  const bundle = await contractOf(from).ok<BundleFile>('exchange.export', peer ? { peer } : {});
  const bytes = viaDisk(bundle.fileName, bundle);
  const [line] = await contractOf(to).ok<ImportLine[]>('exchange.import', {
    files: [{ fileName: bundle.fileName, base64: bytes.toString('base64') }],
  });
  return line as ImportLine;
}

describe('passphrase-protected key backup', () => {
  it('lets a replaced branch PC keep its identity: the office accepts it without re-enrolment', async () => {
    const o = contractOf(office);
    const enrolFile = await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部' });
    const enrolText = viaDisk('DF001.zbenrol', enrolFile).toString('base64');
    const b = contractOf(branch);
    await b.ok('exchange.importEnrolment', { fileName: 'DF001.zbenrol', base64: enrolText });
    await b.ok<MemberDetail>('members.create', person({ name: '张三' }));
    expect(await sendBundle(branch, office)).toMatchObject({ ok: true });
    expect(await sendBundle(branch, office)).toMatchObject({ ok: true });

    const backup = await b.ok<BundleFile>('exchange.backupKeys', { passphrase: PASS, confirm: PASS });
    expect(backup.fileName).toBe('DF001-密钥备份.zbkey');
    const bytes = viaDisk(backup.fileName, backup);
    expect(bytes.subarray(0, 6).equals(KEY_MAGIC)).toBe(true);
    const seeds = JSON.parse((await getMeta(branch.ctx.db, 'identity')) as string) as { sign: string; enc: string };
    expect(bytes.includes(Buffer.from(seeds.sign, 'base64'))).toBe(false);
    expect(bytes.toString('latin1')).not.toContain(seeds.sign);

    // The new PC: set up again, keys restored, the kept enrolment file imported again.
    const fresh = await reinstalledBranch();
    const n = contractOf(fresh);
    const restored = await n.ok<{ fingerprint: string }>('exchange.restoreKeys', {
      fileName: backup.fileName,
      base64: bytes.toString('base64'),
      passphrase: PASS,
    });
    expect(restored.fingerprint).toBe(await ownFingerprint(branch.ctx.db));
    expect((await n.ok<ExchangeStatus>('exchange.status', {})).fingerprint).toBe(restored.fingerprint);
    await n.ok('exchange.importEnrolment', { fileName: 'DF001.zbenrol', base64: enrolText });

    // The office's recovery bundle brings the data back and tells the PC which numbers it has seen.
    const recovery = await o.ok<BundleFile>('exchange.export', { peer: 'DF001', full: true });
    const [line] = await n.ok<ImportLine[]>('exchange.import', {
      files: [{ fileName: recovery.fileName, base64: viaDisk(recovery.fileName, recovery).toString('base64') }],
    });
    expect(line).toMatchObject({ ok: true });
    expect((await n.ok<{ name: string }[]>('members.list', {})).map((m) => m.name)).toEqual(['张三']);

    // Its next bundle is numbered past the old PC's, and the office takes it with the old keys.
    await n.ok<MemberDetail>('members.create', person({ name: '李四' }));
    const next = await n.ok<BundleFile & { seq: number }>('exchange.export', {});
    expect(next.seq).toBe(3);
    const [accepted] = await o.ok<ImportLine[]>('exchange.import', { files: [next] });
    expect(accepted).toMatchObject({ ok: true });
    expect((await o.ok<ExchangeStatus>('exchange.status', {})).peers).toMatchObject([
      { code: 'DF001', lastReceived: 3, fingerprint: restored.fingerprint, revoked: false },
    ]);
  });

  it('refuses a wrong passphrase, a file that is not a backup, and another organisation’s backup, changing nothing', async () => {
    const b = contractOf(branch);
    const backup = await b.ok<BundleFile>('exchange.backupKeys', { passphrase: PASS, confirm: PASS });
    const fresh = await reinstalledBranch();
    const n = contractOf(fresh);
    const before = await contentHash(fresh);
    const restore = (base64: string, passphrase: string) =>
      n.refusal('exchange.restoreKeys', { fileName: 'x.zbkey', base64, passphrase });

    expect(await restore(backup.base64, '东风村 2026 秋')).toMatchObject({
      message: '口令不正确，或文件已损坏',
      field: 'passphrase',
    });
    const tampered = Buffer.from(backup.base64, 'base64');
    tampered[20] = (tampered[20] as number) ^ 1;
    expect((await restore(tampered.toString('base64'), PASS)).message).toBe('口令不正确，或文件已损坏');
    const truncated = Buffer.from(backup.base64, 'base64').subarray(0, 40);
    expect((await restore(truncated.toString('base64'), PASS)).message).toBe('口令不正确，或文件已损坏');
    expect((await restore(Buffer.from('PK\u0003\u0004 not a key file').toString('base64'), PASS)).message).toBe(
      '这不是支部台账的密钥备份文件（.zbkey）',
    );
    const officeBackup = await contractOf(office).ok<BundleFile>('exchange.backupKeys', {
      passphrase: PASS,
      confirm: PASS,
    });
    expect((await restore(officeBackup.base64, PASS)).message).toBe(
      '该密钥备份属于代码 CG01（中共城关镇委员会）的单位，本单位代码为 DF001，不能恢复',
    );
    expect(await contentHash(fresh)).toBe(before);
  });

  it('checks the passphrase and its confirmation with Chinese messages naming the field', async () => {
    const b = contractOf(branch);
    expect(await b.refusal('exchange.backupKeys', { passphrase: '1234567', confirm: '1234567' })).toMatchObject({
      field: 'passphrase',
      message: '口令至少 8 个字符',
    });
    expect(await b.refusal('exchange.backupKeys', { passphrase: PASS, confirm: `${PASS}!` })).toMatchObject({
      field: 'confirm',
      message: '两次输入的口令不一致',
    });
    expect(await b.refusal('exchange.backupKeys', { confirm: PASS })).toMatchObject({ field: 'passphrase' });
    expect(
      await b.refusal('exchange.restoreKeys', { fileName: 'a.zbkey', base64: '', passphrase: PASS }),
    ).toMatchObject({ field: 'base64', message: '请选择文件' });
  });

  it('is a self-describing file readable with the documented parameters', async () => {
    const fixed = (n: number) => Buffer.alloc(n, 7);
    const bytes = await writeKeyBackup(branch.ctx.db, PASS, '2026-11-23T09:00:00Z', fixed);
    const hLen = bytes.readUInt32BE(6);
    const header = JSON.parse(bytes.subarray(10, 10 + hLen).toString('utf8')) as Record<string, unknown>;
    expect(header).toEqual({
      format: 1,
      kdf: { alg: 'scrypt', N: 32768, r: 8, p: 1, salt: fixed(16).toString('base64url') },
      aead: { alg: 'AES-256-GCM', iv: fixed(12).toString('base64url') },
      org: { code: 'DF001', name: '中共东风村支部委员会' },
      created: '2026-11-23T09:00:00Z',
    });
    await expect(restoreKeyBackup(branch.ctx.db, bytes, PASS)).resolves.toMatchObject({
      fingerprint: await ownFingerprint(branch.ctx.db),
    });
  });
});
