import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, MemberDetail } from '../../electron/api/index.js';
import { addressedChanges, addressedChangesInTail } from '../../db/queries/audience.js';
import { RECORD_TABLES } from '../../db/schema.js';
import { openInstallation } from '../../electron/services/installation.js';
import { verifyDatabase } from '../../electron/services/verify/verify.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { county, type County } from './county.js';

let c: County;
beforeEach(async () => {
  c = await county();
});
afterEach(async () => {
  await c.dispose();
});

const sqlite = (i: County['office']) => i.database.sqlite;
const DAY = 86_400_000;

describe('an office keeps lean bookkeeping for imported rows (issue #13)', () => {
  it("logs no row of a branch's own data, marks its author on the audience row, and its clock restarts past every imported stamp", async () => {
    await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '王五' }));
    c.office.clock.advance(DAY);
    await c.pass(c.a, c.office);
    const logged = sqlite(c.office).prepare('SELECT COUNT(*) AS n FROM change_log WHERE source IS NOT NULL').get();
    expect(logged).toEqual({ n: 0 });
    const addressed = sqlite(c.office)
      .prepare("SELECT origin, COUNT(*) AS n FROM sync_audience WHERE peer_code = 'DF001' GROUP BY origin")
      .all() as { origin: number; n: number }[];
    const own = sqlite(c.a).prepare('SELECT COUNT(*) AS n FROM member').get();
    expect(own).toEqual({ n: 1 });
    // Every row addressed to the branch is its own: one group, all marked as written by it.
    expect(addressed.map((a) => a.origin)).toEqual([1]);
    expect(addressed[0]?.n).toBeGreaterThan(0);
    const members = sqlite(c.office)
      .prepare("SELECT COUNT(*) AS n FROM sync_audience WHERE peer_code = 'DF001' AND table_name = 'member'")
      .get();
    expect(members).toEqual(own);
    // The office's health check finds every row complete.
    expect((await verifyDatabase(c.office.ctx)).filter((f) => f.check === 'log')).toEqual([]);

    const stamps = RECORD_TABLES.map(
      (t) => (sqlite(c.office).prepare(`SELECT MAX(updated_at) AS m FROM ${t}`).get() as { m: string | null }).m ?? '',
    );
    const top = stamps.sort()[stamps.length - 1] as string;
    expect(sqlite(c.office).prepare("SELECT value FROM local_meta WHERE key = 'hlc_seen'").get()).toEqual({
      value: top,
    });

    // Reopened with its clock behind the branches' stamps, the office still stamps after them.
    await c.office.close();
    const behind = { nowMs: () => Date.parse('2026-01-01T00:00:00Z'), today: () => '2026-01-01' };
    const again = await openInstallation(c.office.path, { clock: behind });
    try {
      expect(again.ctx.hlc.now() > top).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('replies with only what the branch lacks, recovers its own rows on request, and an edit converges', async () => {
    const member = await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '王五' }));
    c.office.clock.advance(DAY);
    await c.pass(c.a, c.office);
    const first = await contractOf(c.office).ok<BundleFile & { rows: number }>('exchange.export', { peer: 'DF001' });
    const recovery = await contractOf(c.office).ok<BundleFile & { rows: number }>('exchange.export', {
      peer: 'DF001',
      full: true,
    });
    const own = sqlite(c.office).prepare("SELECT COUNT(*) AS n FROM sync_audience WHERE peer_code = 'DF001'").get() as {
      n: number;
    };
    // The recovery bundle carries the branch's own rows too; the reply leaves them out.
    expect(recovery.rows - first.rows).toBe(own.n);

    await contractOf(c.a).ok('members.update', { ...member.input, id: member.id, remarks: '已核对' });
    c.office.clock.advance(DAY);
    await c.pass(c.a, c.office);
    const onOffice = sqlite(c.office).prepare('SELECT remarks, updated_at FROM member WHERE id = ?').get(member.id);
    expect(onOffice).toEqual(sqlite(c.a).prepare('SELECT remarks, updated_at FROM member WHERE id = ?').get(member.id));

    // Neither branch gets the edit back from the office: DF001 wrote it, XH002 may not see it.
    const back = await contractOf(c.office).ok<{ rows: number }>('exchange.export', { peer: 'DF001' });
    const other = await contractOf(c.office).ok<{ rows: number }>('exchange.export', { peer: 'XH002' });
    expect(back.rows).toBe(first.rows);
    expect(other.rows).toBe(first.rows);
  });

  it("finds the same unsent rows from the change-log tail as from the branch's audience", async () => {
    await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '王五' }));
    await contractOf(c.b).ok<MemberDetail>('members.create', person({ name: '赵六' }));
    c.office.clock.advance(DAY);
    await c.pass(c.a, c.office);
    await c.pass(c.b, c.office);
    await contractOf(c.office).ok('notices.save', { title: '通知', body: '请按时上报。', recipients: '*' });
    const top = (sqlite(c.office).prepare('SELECT MAX(seq) AS m FROM change_log').get() as { m: number }).m;
    for (const peer of ['DF001', 'XH002'])
      for (let cursor = 1; cursor <= top; cursor += 1) {
        const q = { peer, everyBranch: '*', cursor };
        expect(await addressedChangesInTail(c.office.ctx.db, q)).toEqual(
          await addressedChanges(c.office.ctx.db, { ...q, echo: false }),
        );
      }
  });
});
