import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { MemberDetail } from '../../electron/api/members.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { county, type County } from './county.js';
import { reseal, rowOf } from './craft.js';
import { referencedTables } from '../../db/queries/schemaShape.js';
import { RECORD_TABLES } from '../../db/schema.js';
import { tableShape } from '../../electron/sync/rows.js';

/** Later than every row the fixtures write, within the clock bound. */
const LATER = '2026-11-23T12:00:00.000Z_0000_bbbbbbbbbbbbbbbb';
const MISSING_MEMBER = '01900000-0000-7000-8000-0000000f00f0';
const NEW_EVENT = '01900000-0000-7000-8000-00000000abcd';

let c: County;

beforeEach(async () => {
  c = await county();
});
afterEach(async () => c.dispose());

async function exported(from: TestInstallation): Promise<Buffer> {
  const f = await contractOf(from).ok<BundleFile>('exchange.export', {});
  return Buffer.from(f.base64, 'base64');
}

async function importTogether(files: Buffer[]): Promise<ImportLine[]> {
  return contractOf(c.office).ok<ImportLine[]>('exchange.import', {
    files: files.map((b, i) => ({ fileName: `${i + 1}.zbx`, base64: b.toString('base64') })),
  });
}

async function officeHas(memberId: string): Promise<boolean> {
  const row = await c.office.ctx.db.selectFrom('member').select('id').where('id', '=', memberId).executeTakeFirst();
  return row !== undefined;
}

/** A member added at a branch, so its next bundle carries new rows. */
async function newMember(branch: TestInstallation, name: string): Promise<MemberDetail> {
  return contractOf(branch).ok<MemberDetail>('members.create', person({ name }));
}

describe('an office imports several files at once, each as if alone', () => {
  it('applies every good file and reports a refused one without stopping the others', async () => {
    const zhao = await newMember(c.a, '赵六');
    const qian = await newMember(c.b, '钱七');
    const a = await exported(c.a);
    const b = await exported(c.b);

    const lines = await importTogether([a, a, b]);

    expect(lines.map((l) => l.ok)).toEqual([true, false, true]);
    expect(lines[1]?.message).toContain('已导入过');
    expect(await officeHas(zhao.id)).toBe(true);
    expect(await officeHas(qian.id)).toBe(true);
    // Each good file counts as received, exactly once.
    const inbox = await c.office.ctx.db.selectFrom('sync_inbox').select(['peer_code', 'seq']).execute();
    expect(inbox.filter((r) => r.peer_code === 'DF001')).toHaveLength(2);
    expect(inbox.filter((r) => r.peer_code === 'XH002')).toHaveLength(2);
  });

  it('refuses a file whose row names a record that never came, and keeps the others', async () => {
    const zhao = await newMember(c.a, '赵六');
    const qian = await newMember(c.b, '钱七');
    const a = await exported(c.a);
    const b = await exported(c.b);
    // 东风村's next bundle, re-signed with its own keys, with an event of a member nobody has.
    const dangling = await reseal(a, c.a, c.office, (body, header) => {
      header.seq += 1;
      const event = rowOf(body, 'member_event');
      body.changes = [
        {
          ...event,
          id: NEW_EVENT,
          hlc: LATER,
          row: { ...event.row, id: NEW_EVENT, member_id: MISSING_MEMBER, created_at: LATER, updated_at: LATER },
        },
      ];
    });

    const lines = await importTogether([a, b, dangling]);

    expect(lines.map((l) => l.ok)).toEqual([true, true, false]);
    expect(lines[2]?.message).toBe(
      '数据包中有记录引用了不存在的记录（数据包不完整或已损坏），已拒绝：请让对方重新导出',
    );
    expect(await officeHas(zhao.id)).toBe(true);
    expect(await officeHas(qian.id)).toBe(true);
    const orphan = await c.office.ctx.db
      .selectFrom('member_event')
      .select('id')
      .where('id', '=', NEW_EVENT)
      .executeTakeFirst();
    expect(orphan).toBeUndefined();
    // The refused file can come again once mended: nothing of it was counted as received.
    const peer = await c.office.ctx.db
      .selectFrom('sync_peer')
      .select('last_seq_received')
      .where('code', '=', 'DF001')
      .executeTakeFirstOrThrow();
    expect(peer.last_seq_received).toBe(2);
  });
});

describe('the order a bundle is applied in', () => {
  it('puts every record table after the tables its rows refer to', async () => {
    const { order } = await tableShape(c.office.ctx.db);
    expect([...order.keys()].sort()).toEqual([...RECORD_TABLES].sort());
    let references = 0;
    for (const t of RECORD_TABLES) {
      for (const table of await referencedTables(c.office.ctx.db, t)) {
        if (table === t) continue;
        references += 1;
        expect(order.get(table as never), `${t} → ${table}`).toBeLessThan(order.get(t) as number);
      }
    }
    expect(references).toBeGreaterThan(10);
  });
});
