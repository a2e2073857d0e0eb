import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../scripts/demo/random.js';
import { enrolBranch, importEnrolment } from '../../electron/sync/enrol.js';
import { BundleError } from '../../electron/sync/errors.js';
import { exportBundle } from '../../electron/sync/exporter.js';
import { MAX_BUNDLE_BYTES } from '../../electron/sync/format.js';
import { importBundle } from '../../electron/sync/importer.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { RECORD_TABLES } from '../../db/schema.js';
import { reseal, type Body } from './craft.js';
import { contentHash, officeAndBranch } from './support.js';

const NOW = '2026-11-23T09:00:00Z';
let office: TestInstallation;
let branch: TestInstallation;
let bundle: Buffer;

beforeAll(async () => {
  ({ office, branch } = await officeAndBranch());
  await importEnrolment(
    branch.ctx.db,
    await enrolBranch(office.ctx.db, { code: 'DF001', name: '东风村党支部' }, NOW),
    NOW,
  );
  for (const name of ['张三', '李四', '王五']) await contractOf(branch).ok('members.create', person({ name }));
  bundle = (await exportBundle(branch.ctx.db, 'CG01', NOW)).bytes;
});
afterAll(async () => {
  await office.dispose();
  await branch.dispose();
});

/** One damaged copy: flipped bits, overwritten, cut short, grown, or spliced. */
function mutate(rng: Rng, src: Buffer): Buffer {
  const b = Buffer.from(src);
  switch (rng.int(0, 4)) {
    case 0:
      for (let i = rng.int(1, 4); i > 0; i -= 1) {
        const at = rng.int(0, b.length - 1);
        b[at] = (b[at] as number) ^ (1 << rng.int(0, 7));
      }
      return b;
    case 1:
      b[rng.int(0, b.length - 1)] = rng.int(0, 255);
      return b;
    case 2:
      return b.subarray(0, rng.int(0, b.length - 1));
    case 3:
      return Buffer.concat([b, Buffer.alloc(rng.int(1, 100), rng.int(0, 255))]);
    default: {
      const at = rng.int(0, b.length - 1);
      return Buffer.concat([b.subarray(0, at), b.subarray(at + rng.int(1, 40))]);
    }
  }
}

/**
 * One correctly signed bundle that breaks a rule the signature cannot vouch for: a row moved
 * to another table, a row the sender does not own, another branch's code, a stamp from the
 * future, a value no form accepts, or a row id that is not the row's.
 */
function semantic(rng: Rng, body: Body, officeRow: Body['changes'][number]): string {
  const members = body.changes.filter((c) => c.table === 'member');
  const c = members[rng.int(0, members.length - 1)] as Body['changes'][number];
  switch (rng.int(0, 6)) {
    case 0: {
      const others = RECORD_TABLES.filter((t) => t !== 'member');
      c.table = others[rng.int(0, others.length - 1)] as typeof c.table;
      return 'table';
    }
    case 1: {
      const later = `2026-11-23T1${rng.int(0, 9)}:00:00.000Z_0000_bbbbbbbbbbbbbbbb`;
      body.changes.push({ ...officeRow, hlc: later, row: { ...officeRow.row, updated_at: later } });
      return 'owner';
    }
    case 2: {
      const org = body.changes.find((x) => x.table === 'organization');
      if (org) org.row.code = `XX${rng.int(100, 999)}`;
      return 'org';
    }
    case 3: {
      const ahead = new Date(Date.parse('2026-11-25T00:00:00Z') + rng.int(0, 10_000) * 86_400_000);
      c.row.updated_at = `${ahead.toISOString()}_0000_bbbbbbbbbbbbbbbb`;
      return 'hlc';
    }
    case 4: {
      const junk = [12345, 'x'.repeat(rng.int(21, 400)), null, { $b64: 'AA==' }];
      const column = ['birth_date', 'name', 'id_number', 'joined_on', 'gender'][rng.int(0, 4)] as string;
      c.row[column] = junk[rng.int(0, junk.length - 1)] as string;
      return 'value';
    }
    case 5:
      c.row.name = '王'.repeat(rng.int(21, 5000));
      return 'size';
    default:
      c.id = `01900000-0000-7000-8000-${String(rng.int(0, 999_999)).padStart(12, '0')}`;
      return 'id';
  }
}

describe('correctly signed bundles that break the rules are refused and change nothing', () => {
  it('refuses 300 semantic mutations of a real bundle, each with a one-line Chinese reason', async () => {
    await contractOf(office).ok('notices.save', { title: '关于开展主题党日活动的通知', body: '', recipients: '*' });
    const notice = await office.ctx.db.selectFrom('notice').selectAll().executeTakeFirstOrThrow();
    const officeRow = { table: 'notice' as const, id: notice.id, hlc: notice.updated_at, row: { ...notice } };
    const before = await contentHash(office);
    const rng = new Rng(20261206);
    for (let i = 0; i < 300; i += 1) {
      let kind = '';
      const crafted = await reseal(bundle, branch, office, (body) => {
        kind = semantic(rng, body, officeRow);
      });
      const error = await importBundle(office.ctx, crafted, NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `case ${i} (${kind}) was accepted`).toBeInstanceOf(BundleError);
      expect((error as Error).message).toMatch(/^[^\n]*[\u4e00-\u9fa5][^\n]*$/);
    }
    expect(await contentHash(office)).toBe(before);
  });
});

describe('damaged bundles are refused and change nothing', () => {
  it('refuses 3000 mutated copies of a real bundle, each with a one-line Chinese reason', async () => {
    const before = await contentHash(office);
    const rng = new Rng(20261123);
    for (let i = 0; i < 3000; i += 1) {
      const damaged = mutate(rng, bundle);
      if (damaged.equals(bundle)) continue;
      const error = await importBundle(office.ctx, damaged, NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `case ${i} was accepted`).toBeInstanceOf(BundleError);
      expect((error as Error).message).toMatch(/^[^\n]*[\u4e00-\u9fa5][^\n]*$/);
    }
    expect(await contentHash(office)).toBe(before);
    // The undamaged original still imports afterwards.
    expect((await importBundle(office.ctx, bundle, NOW)).seq).toBe(1);
  });

  it('names what is wrong with files that are not bundles at all', async () => {
    const reason = (bytes: Buffer) => importBundle(office.ctx, bytes, NOW).catch((e: Error) => e.message);
    expect(await reason(Buffer.from('PK\u0003\u0004 a zip file'))).toBe('这不是支部台账的数据包（.zbx）');
    expect(await reason(Buffer.from('ZBX9rest'))).toBe('数据包格式版本较新，请先升级支部台账');
    expect(await reason(Buffer.alloc(MAX_BUNDLE_BYTES + 1))).toBe('文件过大，不是支部台账的数据包');
  });
});
