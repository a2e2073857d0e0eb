import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile } from '../../electron/api/exchange.js';
import type { IncomingTransfer, MemberDetail } from '../../electron/api/members.js';
import { addressedChanges, addressedChangesInTail } from '../../db/queries/audience.js';
import { rowAuthor } from '../../db/queries/changeLog.js';
import { verifyDatabase } from '../../electron/services/verify/verify.js';
import { addAudience } from '../../electron/sync/audience.js';
import { ensureIdentity } from '../../electron/sync/identity.js';
import { openBody, readEnvelope } from '../../electron/sync/format.js';
import type { Change } from '../../electron/sync/rows.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { acceptRelay, county, transferToXihu, type County } from './county.js';

let c: County;
beforeEach(async () => {
  c = await county();
});
afterEach(async () => c.dispose());

const DAY = 86_400_000;

/** The rows (table:id) of a bundle the office exports to `branch`, opened with the branch's keys. */
async function exported(branch: TestInstallation, code: string, full: boolean): Promise<string[]> {
  const out = await contractOf(c.office).ok<BundleFile>(
    'exchange.export',
    full ? { peer: code, full } : { peer: code },
  );
  const id = await ensureIdentity(branch.ctx.db);
  const body = openBody(readEnvelope(Buffer.from(out.base64, 'base64')), id.encSeed) as { changes: Change[] };
  return body.changes.map((x) => `${x.table}:${x.id}`).sort();
}

/** Every row the office addresses to the branch or to every branch, with its stamp there. */
function addressed(code: string): Map<string, string> {
  const office = c.office.database.sqlite;
  const keys = office
    .prepare("SELECT DISTINCT table_name, row_id FROM sync_audience WHERE peer_code IN (?, '*')")
    .all(code) as { table_name: string; row_id: string }[];
  return new Map(
    keys.map((k) => {
      const row = office.prepare(`SELECT updated_at FROM ${k.table_name} WHERE id = ?`).get(k.row_id) as {
        updated_at: string;
      };
      return [`${k.table_name}:${k.row_id}`, row.updated_at];
    }),
  );
}

/** The stamp of a row on the branch, or undefined when it lacks the row. */
function stampOn(branch: TestInstallation, key: string): string | undefined {
  const [table, id] = key.split(':') as [string, string];
  const row = branch.database.sqlite.prepare(`SELECT updated_at FROM ${table} WHERE id = ?`).get(id) as
    { updated_at: string } | undefined;
  return row?.updated_at;
}

/**
 * A county where every kind of row has travelled: each branch's own data, a 转出 relayed from
 * 东风村 to 西湖村 and answered, the office's 回执 date on the sender's row, a county notice.
 * Every bundle the office sent has been confirmed; then the office adds a notice and 东风村
 * edits a member, so each reply has something to carry and something to leave out.
 */
async function busyCounty(): Promise<void> {
  await c.pass(c.office, c.a, 'DF001');
  await c.pass(c.office, c.b, 'XH002');
  const a = contractOf(c.a);
  const zhang = await a.ok<MemberDetail>('members.create', person({ name: '张三' }));
  const li = await a.ok<MemberDetail>('members.create', person({ name: '李四' }));
  await transferToXihu(c, zhang.id);
  await contractOf(c.b).ok('members.create', person({ name: '王五' }));
  await c.pass(c.a, c.office);
  await c.pass(c.office, c.b, 'XH002');
  const [listed] = await contractOf(c.b).ok<IncomingTransfer[]>('transfers.incoming', {});
  if (!listed) throw new Error('no relayed 转出');
  // The list is masked; the 确认转入 form reads the transfer in full.
  const arriving = await contractOf(c.b).ok<IncomingTransfer>('transfers.incomingDetail', { relayId: listed.relayId });
  await acceptRelay(c, arriving);
  await c.pass(c.b, c.office);
  for (const [branch, code] of [
    [c.a, 'DF001'],
    [c.b, 'XH002'],
  ] as const) {
    await c.pass(c.office, branch, code);
    await c.pass(branch, c.office);
  }
  c.office.clock.advance(DAY);
  await contractOf(c.office).ok('notices.save', { title: '通知', body: '请按时上报。', recipients: '*' });
  await a.ok('members.update', { ...li.input, id: li.id, remarks: '已核对' });
  await c.pass(c.a, c.office);
}

describe("an office's replies with a branch's own rows unlogged (issue #13)", () => {
  it('a recovery bundle carries every row addressed to the branch; a reply only the versions it lacks', async () => {
    await busyCounty();
    for (const [branch, code] of [
      [c.a, 'DF001'],
      [c.b, 'XH002'],
    ] as const) {
      const rows = addressed(code);
      const lacking = [...rows].filter(([key, stamp]) => stampOn(branch, key) !== stamp).map(([key]) => key);
      expect(lacking.length).toBeGreaterThan(0);
      expect(await exported(branch, code, false)).toEqual(lacking.sort());
      expect(await exported(branch, code, true)).toEqual([...rows.keys()].sort());
    }
    // The branch's own rows are what separates the two: 东风村's members are not in its reply.
    const own = c.office.database.sqlite
      .prepare(
        "SELECT COUNT(*) AS n FROM sync_audience WHERE peer_code = 'DF001' AND origin = 1 AND table_name = 'member'",
      )
      .get();
    expect(own).toEqual({ n: 2 });
  });

  it("finds the same unsent rows from the change-log tail as from the branch's audience", async () => {
    await busyCounty();
    const top = (c.office.database.sqlite.prepare('SELECT MAX(seq) AS m FROM change_log').get() as { m: number }).m;
    for (const peer of ['DF001', 'XH002'])
      for (let cursor = 1; cursor <= top; cursor += 1) {
        const q = { peer, everyBranch: '*', cursor };
        expect(await addressedChangesInTail(c.office.ctx.db, q)).toEqual(
          await addressedChanges(c.office.ctx.db, { ...q, echo: false }),
        );
      }
  });

  it("logs a branch's own row when the office addresses it to another branch, so that branch's next reply carries it", async () => {
    const wang = await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '王五' }));
    await c.pass(c.a, c.office);
    const db = c.office.ctx.db;
    const top = (c.office.database.sqlite.prepare('SELECT MAX(seq) AS m FROM change_log').get() as { m: number }).m;
    await addAudience(db, 'member', wang.id, 'XH002');
    const q = { everyBranch: '*', cursor: top, echo: false };
    expect(await addressedChanges(db, { ...q, peer: 'XH002' })).toEqual([
      { table_name: 'member', row_id: wang.id, seq: top + 1 },
    ]);
    // Its author is still 东风村, which does not get its own row back.
    expect(await rowAuthor(db, 'member', wang.id)).toBe('DF001');
    expect(await addressedChanges(db, { ...q, peer: 'DF001' })).toEqual([]);
    expect((await verifyDatabase(c.office.ctx)).filter((f) => f.check === 'log')).toEqual([]);
  });
});
