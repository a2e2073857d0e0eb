import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { PartyGroup } from '../../electron/api/org.js';
import { contractOf } from '../support/api.js';
import type { TestInstallation } from '../support/temp.js';
import { enrolledPair } from '../sync/support.js';

const DAY = 86_400_000;

let office: TestInstallation;
let branch: TestInstallation;
beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

/** The branch's next bundle, imported by the office as a USB stick would bring it. */
async function send(): Promise<{ seq: number; line: ImportLine }> {
  const out = await contractOf(branch).ok<BundleFile & { seq: number }>('exchange.export', {});
  const [line] = await contractOf(office).ok<ImportLine[]>('exchange.import', {
    files: [{ fileName: out.fileName, base64: out.base64 }],
  });
  return { seq: out.seq, line: line as ImportLine };
}

const groupAtOffice = async (id: string) =>
  (await office.ctx.db.selectFrom('party_group').select('name').where('id', '=', id).executeTakeFirst())?.name;

/** The branch's numbers for its office, read through the connection of the moment (a restore replaces it). */
const marks = () =>
  branch.ctx.db.selectFrom('sync_peer').select(['last_seq_sent', 'last_seq_received']).executeTakeFirstOrThrow();

describe('a restore does not rewind bundle numbering or the clock', () => {
  it('after restoring an older copy the next bundle is numbered past every one sent, and its edits win', async () => {
    const b = contractOf(branch);
    const group = await b.ok<PartyGroup>('groups.save', { name: '第一党小组' });
    expect((await send()).seq).toBe(1);
    const { name } = await b.ok<{ name: string }>('backups.create', {});

    branch.clock.advance(DAY);
    await b.ok('groups.save', { id: group.id, name: '第二党小组' });
    expect(await send()).toMatchObject({ seq: 2, line: { ok: true } });
    expect(await groupAtOffice(group.id)).toBe('第二党小组');

    // The PC's clock is a day behind the stamps of bundle 2 when the older copy is put back.
    branch.clock.advance(-DAY + 60_000);
    await b.ok('backups.restore', { name });
    expect((await marks()).last_seq_sent).toBe(2);

    await b.ok('groups.save', { id: group.id, name: '党员之家小组' });
    const third = await send();
    expect(third).toMatchObject({ seq: 3, line: { ok: true } });
    expect(await groupAtOffice(group.id)).toBe('党员之家小组');
  });

  it('takes the numbers received back with the copy, so the bundles imported since import again', async () => {
    const b = contractOf(branch);
    await send();
    const { name } = await b.ok<{ name: string }>('backups.create', {});
    branch.clock.advance(60_000);
    const reply = await contractOf(office).ok<BundleFile>('exchange.export', { peer: 'DF001' });
    const replyFile = { fileName: reply.fileName, base64: reply.base64 };
    await b.ok('exchange.import', { files: [replyFile] });
    await send();
    expect(await marks()).toEqual({ last_seq_sent: 2, last_seq_received: 1 });

    branch.clock.advance(60_000);
    const { undoName } = await b.ok<{ undoName: string }>('backups.restore', { name });
    expect(await marks()).toEqual({ last_seq_sent: 2, last_seq_received: 0 });
    // The copy was made before the office's bundle 1: its rows are not in it, and the file imports again.
    const [again] = await b.ok<ImportLine[]>('exchange.import', { files: [replyFile] });
    expect(again).toMatchObject({ ok: true });
    expect(await marks()).toEqual({ last_seq_sent: 2, last_seq_received: 1 });

    branch.clock.advance(60_000);
    await b.ok('backups.restore', { name: undoName });
    expect(await marks()).toEqual({ last_seq_sent: 2, last_seq_received: 1 });
    expect(await send()).toMatchObject({ seq: 3, line: { ok: true } });
  });
});
