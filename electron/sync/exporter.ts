import { sql, type Kysely } from 'kysely';
import { findOwnOrganization } from '../../db/queries/organization.js';
import { addressedChanges, addressedChangesInTail } from '../../db/queries/audience.js';
import { RECORD_TABLES, type Database, type RecordTable } from '../../db/schema.js';
import { EVERY_BRANCH } from './audience.js';
import { enrolProof } from './enrol.js';
import { BundleError } from './errors.js';
import { encodeBundle } from './format.js';
import { ensureIdentity } from './identity.js';
import { publicKeys } from './keys.js';
import { allRows, isRecordTable, readRow, rowsByIds, toWire, type Change } from './rows.js';

export interface ExportResult {
  bytes: Buffer;
  seq: number;
  rows: number;
  full: boolean;
}

/** The change_log position the peer has confirmed receiving (0: nothing yet, send everything). */
async function ackedCursor(db: Kysely<Database>, peer: string, acked: number): Promise<number> {
  if (acked === 0) return 0;
  const row = await db
    .selectFrom('sync_outbox')
    .select('change_cursor')
    .where('peer_code', '=', peer)
    .where('seq', '=', acked)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.change_cursor ?? 0;
}

/** Unsent change-log entries up to which an office's reply reads the tail rather than the branch's audience. */
const SHORT_TAIL = 5000;

/** Rows whose latest version came in the peer's own bundle: the peer has them already. */
async function rowsFrom(db: Kysely<Database>, peer: string): Promise<Set<string>> {
  const r = await sql<{ table_name: string; row_id: string }>`
    SELECT c.table_name, c.row_id FROM change_log c
    WHERE c.source = ${peer}
      AND c.seq = (SELECT MAX(d.seq) FROM change_log d WHERE d.table_name = c.table_name AND d.row_id = c.row_id)`.execute(
    db,
  );
  return new Set(r.rows.map((o) => `${o.table_name}:${o.row_id}`));
}

/** The rows, oldest change first (a first bundle: table by table, each by time of change). */
async function readChanges(
  db: Kysely<Database>,
  keys: { table_name: string; row_id: string }[],
  byTable: boolean,
): Promise<Change[]> {
  const out: Change[] = [];
  const add = (table: RecordTable, row: Record<string, unknown>) =>
    out.push({ table, id: String(row.id), hlc: String(row.updated_at), row: toWire(row) });
  if (byTable) {
    for (const table of RECORD_TABLES) {
      const ids = keys.filter((k) => k.table_name === table).map((k) => k.row_id);
      if (ids.length) for (const row of await rowsByIds(db, table, ids)) add(table, row);
    }
    return out;
  }
  for (const k of keys) {
    if (!isRecordTable(k.table_name)) continue;
    const row = await readRow(db, k.table_name, k.row_id);
    if (row) add(k.table_name, row);
  }
  return out;
}

/**
 * A branch sends all its rows; an office sends a branch only the rows that came from that
 * branch or were addressed to it (never another branch's data). Neither echoes back what the
 * peer itself sent, except in a recovery bundle (`echo`), which carries everything.
 */
async function changesSince(
  db: Kysely<Database>,
  cursor: number,
  top: number,
  peer: string,
  opts: { onlyFor: string | null; echo: boolean },
): Promise<Change[]> {
  // An office reads only the rows addressed to this branch, and leaves out in SQL what came from it:
  // from the change-log tail when few changes are unsent, else from the branch's audience rows.
  if (opts.onlyFor) {
    const peerOnly = { peer: opts.onlyFor, everyBranch: EVERY_BRANCH, cursor };
    const keys =
      cursor > 0 && !opts.echo && top - cursor <= SHORT_TAIL
        ? await addressedChangesInTail(db, peerOnly)
        : await addressedChanges(db, { ...peerOnly, echo: opts.echo });
    return readChanges(db, keys, cursor === 0);
  }
  const echoes = opts.echo ? new Set<string>() : await rowsFrom(db, peer);
  if (cursor === 0) {
    const out: Change[] = [];
    for (const table of RECORD_TABLES)
      for (const row of await allRows(db, table))
        if (!echoes.has(`${table}:${String(row.id)}`))
          out.push({ table, id: String(row.id), hlc: String(row.updated_at), row: toWire(row) });
    return out;
  }
  const touched = await db
    .selectFrom('change_log')
    .select(['table_name', 'row_id'])
    .where('seq', '>', cursor)
    .groupBy(['table_name', 'row_id'])
    .orderBy((eb) => eb.fn.max('seq'))
    .execute();
  return readChanges(
    db,
    touched.filter((t) => !echoes.has(`${t.table_name}:${t.row_id}`)),
    false,
  );
}

/**
 * Everything the peer has not acknowledged yet, as one signed, encrypted bundle. The first
 * bundle to a peer is the full state. Exporting again is always allowed: the same changes
 * may travel twice, and importing them is idempotent.
 */
export async function exportBundle(
  db: Kysely<Database>,
  peerCode: string,
  now: string,
  opts: { full?: boolean; random?: (n: number) => Buffer } = {},
): Promise<ExportResult> {
  const random = opts.random;
  return db.transaction().execute(async (tx) => {
    const org = await findOwnOrganization(tx);
    if (!org) throw new BundleError('NOT_ENROLLED', '尚未完成首次设置');
    const peer = await tx.selectFrom('sync_peer').selectAll().where('code', '=', peerCode).executeTakeFirst();
    if (!peer)
      throw new BundleError(
        'NOT_ENROLLED',
        org.mode === 'branch' ? '本支部还没有导入上级党委的登记文件' : `没有登记代码为 ${peerCode} 的支部`,
      );
    if (!peer.enc_pub) throw new BundleError('NOT_ENROLLED', `${peer.name}还没有发来第一个数据包，暂不能向其导出`);
    const id = await ensureIdentity(tx);
    // A recovery bundle (full) carries everything again, e.g. for a reinstalled branch PC.
    const cursor = opts.full ? 0 : await ackedCursor(tx, peerCode, peer.peer_acked);
    const top = await tx
      .selectFrom('change_log')
      .select((eb) => eb.fn.max<number | null>('seq').as('m'))
      .executeTakeFirst();
    const changes = await changesSince(tx, cursor, top?.m ?? 0, peer.code, {
      onlyFor: org.mode === 'office' ? peer.code : null,
      echo: opts.full === true,
    });
    const seq = peer.last_seq_sent + 1;
    const keys = publicKeys(id);
    const enrol =
      org.mode === 'branch' && peer.peer_acked === 0
        ? { ...keys, proof: enrolProof(peer.secret, keys, seq) }
        : undefined;
    const bytes = encodeBundle(
      {
        sender: org.code,
        recipient: peer.code,
        seq,
        created: now,
        ack: peer.last_seq_received,
        ...(enrol ? { enrol } : {}),
        ...(opts.full ? { full: true as const } : {}),
      },
      { changes },
      { senderSignSeed: id.signSeed, recipientEnc: peer.enc_pub, ...(random ? { random } : {}) },
    );
    await tx
      .insertInto('sync_outbox')
      .values({ peer_code: peer.code, seq, created: now, change_cursor: top?.m ?? 0, rows: changes.length })
      .execute();
    await tx.updateTable('sync_peer').set({ last_seq_sent: seq }).where('code', '=', peer.code).execute();
    return { bytes, seq, rows: changes.length, full: cursor === 0 };
  });
}
