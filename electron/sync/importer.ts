import { timingSafeEqual } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { parseHlc, type Hlc } from '../../db/hlc.js';
import { connectionOf } from '../../db/open.js';
import { inSavepoint } from '../../db/savepoint.js';
import type { IdGenerator } from '../../db/ids.js';
import { raiseHlcSeen } from '../../db/queries/changeLog.js';
import { importStatements } from '../../db/queries/importRows.js';
import { appendAudit, fieldChanges } from '../../db/queries/audit.js';
import { getMeta } from '../../db/queries/localMeta.js';
import { findOwnOrganization } from '../../db/queries/organization.js';
import type { Stamper } from '../../db/records.js';
import type { Database, RecordTable } from '../../db/schema.js';
import { enrolProof } from './enrol.js';
import { BundleError } from './errors.js';
import { openBody, readEnvelope, verifyEnvelope, type BundleHeader, type RawBundle } from './format.js';
import { ensureIdentity } from './identity.js';
import { ed25519Public } from './keys.js';
import { MAX_BUNDLE_ROWS, MAX_CLOCK_SKEW_MS } from './limits.js';
import { mayWrite, refuseNotOwned, type Direction } from './ownership.js';
import { checkRowValues } from './rowRules.js';
import { fromWire, isRecordTable, tableShape, toWire, type TableShape, type WireRow, type WireValue } from './rows.js';

export interface ImportResult {
  /** The sender's name, and its code. */
  sender: string;
  code: string;
  seq: number;
  rows: number;
  applied: number;
  conflicts: number;
}

type Tx = Transaction<Database>;

export interface SyncContext {
  db: Kysely<Database>;
  hlc: Hlc;
  ids: IdGenerator;
}

/** What a bundle changed, for the domain follow-ups (relaying a 转出, a 回执) in the same transaction. */
export interface Applied {
  mode: 'branch' | 'office';
  /** The import's time (ISO), from the installation's injected clock. */
  now: string;
  peer: { code: string; name: string };
  rows: { table: RecordTable; id: string }[];
}
export type AfterApply = (tx: Tx, stamp: Stamper, applied: Applied) => Promise<void>;
/**
 * SQLite's page cache while bundles are applied: 256 MiB (negative: KiB), given back after. A
 * county's first bundles touch index pages all over the office's file; on the 500-branch bench
 * 256 MiB made the import about a sixth faster than 64 MiB. Pages are taken only as they are read,
 * so a branch's or an incremental import uses little of it.
 */
const IMPORT_CACHE_KIB = -262_144;
const UNREADABLE = '数据包内容无法识别，可能由不兼容的程序生成';
const DANGLING = '数据包中有记录引用了不存在的记录（数据包不完整或已损坏），已拒绝：请让对方重新导出';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The signing key the sender must have used: the enrolled one, or on a first bundle the proven one. */
function senderKey(peer: { sign_pub: string | null; secret: string }, h: BundleHeader): string {
  if (peer.sign_pub) {
    if (h.enrol && h.enrol.sign !== peer.sign_pub)
      throw new BundleError('UNKNOWN_SENDER', '发件单位的密钥与登记时不同，已拒绝（如对方重装了程序，需重新登记）');
    return peer.sign_pub;
  }
  if (!h.enrol || typeof h.enrol.sign !== 'string' || typeof h.enrol.enc !== 'string')
    throw new BundleError('NOT_ENROLLED', '该支部尚未完成登记：请让支部先导入登记文件再导出');
  if (!sameText(enrolProof(peer.secret, h.enrol, h.seq), String(h.enrol.proof)))
    throw new BundleError('BAD_SIGNATURE', '登记凭证不符：该数据包不是用本单位发出的登记文件登记的');
  return h.enrol.sign;
}

interface Body {
  changes: { table: string; id: string; hlc: string; row: WireRow }[];
}

/**
 * The body's shape, then every row against the forms' rules and the clock bound, before
 * anything is written or the clock has seen a stamp: a refused bundle changes nothing here.
 */
function checkBody(body: unknown, columns: Map<RecordTable, Set<string>>, nowMs: number): Body {
  const b = body as Body;
  if (typeof b !== 'object' || b === null || !Array.isArray(b.changes)) throw new BundleError('CORRUPT', UNREADABLE);
  if (b.changes.length > MAX_BUNDLE_ROWS)
    throw new BundleError('TOO_LARGE', `数据包的记录超过 ${MAX_BUNDLE_ROWS} 条的上限，已拒绝`);
  // The rules below have made sure every stamp is an HLC: its ISO time leads it, so comparing
  // the text with the bound's ISO form says what parsing each stamp again would.
  const latest = new Date(nowMs + MAX_CLOCK_SKEW_MS).toISOString();
  for (const c of b.changes) {
    if (typeof c !== 'object' || c === null || !isRecordTable(c.table) || typeof c.row !== 'object' || c.row === null)
      throw new BundleError('CORRUPT', UNREADABLE);
    const known = columns.get(c.table) as Set<string>;
    if (Object.keys(c.row).some((k) => !known.has(k)) || c.row.id !== c.id || typeof c.row.updated_at !== 'string')
      throw new BundleError('CORRUPT', UNREADABLE);
    checkRowValues(c.table, c.row);
    for (const stamp of [c.row.updated_at, c.row.created_at, c.row.deleted_at])
      if (typeof stamp === 'string' && stamp.slice(0, latest.length) > latest)
        throw new BundleError(
          'CLOCK_AHEAD',
          `数据包中有记录的时间（${stamp.slice(0, 10)}）比本机时间晚一天以上，已拒绝：请核对发出方电脑和本机的日期、时间后，让对方重新导出`,
        );
  }
  return b;
}

/** What became of one file of a batch: imported, or refused with the reason. */
export type BatchOutcome = { ok: true; result: ImportResult } | { ok: false; error: BundleError };

/**
 * One bundle (importBundles with one file, a refusal thrown): verified, decrypted and applied in
 * ONE transaction: newer rows win by HLC (last writer wins); where both sides changed a row since
 * they last synchronised, the losing version is kept as a visible conflict. A bundle seen before
 * changes nothing.
 */
export async function importBundle(
  ctx: SyncContext,
  bytes: Buffer,
  now: string,
  afterApply?: AfterApply,
): Promise<ImportResult> {
  const [outcome] = await importBundles(ctx, [bytes], now, afterApply);
  if (!outcome) throw new BundleError('CORRUPT', UNREADABLE);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * Several bundles at once (a county's files from one stick), each as if alone: a refused one
 * changes nothing and does not stop the others, which are applied in the order given. Files of a
 * group (GROUP_BYTES) share one transaction, each inside its own savepoint: a county's first
 * bundles land all over the office's UUID-keyed indexes, and one commit per bundle wrote nearly
 * every index page again for each of them (issue #13). Should a shared commit fail (a bundle's row
 * naming a record that never came: SQLite checks those only at commit), nothing of that group
 * stays and each of its files is imported again in a transaction of its own, so only the faulty
 * one is refused.
 */
export async function importBundles(
  ctx: SyncContext,
  files: readonly Buffer[],
  now: string,
  afterApply?: AfterApply,
): Promise<BatchOutcome[]> {
  // A bundle's rows land all over the office's indexes: a larger page cache while importing
  // saves re-reading pages, given back afterwards so the screens' memory stays as it was.
  const sqlite = connectionOf(ctx.db);
  const pages = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  try {
    const run: Run = { ctx, now, afterApply, shape: await tableShape(ctx.db) };
    const out: BatchOutcome[] = [];
    for (const group of groups(files)) out.push(...(await applyGroup(run, group)));
    return out;
  } finally {
    sqlite.pragma(`cache_size = ${pages}`);
  }
}

/** What every bundle of one import is applied with. */
interface Run {
  ctx: SyncContext;
  now: string;
  afterApply: AfterApply | undefined;
  shape: TableShape;
}

/**
 * Files committed together, up to about this many bytes of bundles (some fifty of a county's first
 * bundles): each commit writes the index pages its rows touched once, and the write-ahead log, the
 * time other calls wait and what a power cut would take back (the files are still on the stick)
 * stay bounded. A file larger than this is a group of its own.
 */
const GROUP_BYTES = 8 * 1024 * 1024;

function groups(files: readonly Buffer[]): Buffer[][] {
  const out: Buffer[][] = [];
  let current: Buffer[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && bytes + f.length > GROUP_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One group of files: together, or each alone when there is one or the shared commit fails. */
async function applyGroup(run: Run, files: readonly Buffer[]): Promise<BatchOutcome[]> {
  if (files.length > 1) {
    const mark = run.ctx.hlc.mark();
    try {
      return await applyTogether(run, files);
    } catch (err) {
      if (!isForeignKeyFailure(err)) throw err;
      run.ctx.hlc.rewind(mark);
    }
  }
  const out: BatchOutcome[] = [];
  for (const bytes of files) out.push(await applyAlone(run, bytes));
  return out;
}

const FOREIGN_KEY = 'SQLITE_CONSTRAINT_FOREIGNKEY';

function isForeignKeyFailure(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === FOREIGN_KEY;
}

/** A file read or refused before anything is written: its envelope. */
function envelopeOf(bytes: Buffer): RawBundle | BundleError {
  try {
    return readEnvelope(bytes);
  } catch (err) {
    if (err instanceof BundleError) return err;
    throw err;
  }
}

/** One bundle in its own transaction; a row naming a missing record refuses it. */
async function applyAlone(run: Run, bytes: Buffer): Promise<BatchOutcome> {
  const raw = envelopeOf(bytes);
  if (raw instanceof BundleError) return { ok: false, error: raw };
  // Stamps observed while applying must not outlive a refused bundle.
  const mark = run.ctx.hlc.mark();
  try {
    return { ok: true, result: await run.ctx.db.transaction().execute((tx) => applyBundle(run, tx, raw)) };
  } catch (err) {
    run.ctx.hlc.rewind(mark);
    if (isForeignKeyFailure(err)) return { ok: false, error: new BundleError('CORRUPT', DANGLING) };
    if (err instanceof BundleError) return { ok: false, error: err };
    throw err;
  }
}

/**
 * Every bundle in one transaction, each in a savepoint rolled back if it is refused. Anything
 * else going wrong stops the batch after the bundles before it are committed (they stand, as
 * they would have alone) and is thrown on.
 */
async function applyTogether(run: Run, files: readonly Buffer[]): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  const stop: { error?: Error } = {};
  await run.ctx.db.transaction().execute(async (tx) => {
    for (const bytes of files) {
      const raw = envelopeOf(bytes);
      if (raw instanceof BundleError) {
        out.push({ ok: false, error: raw });
        continue;
      }
      const mark = run.ctx.hlc.mark();
      try {
        out.push({ ok: true, result: await inSavepoint(tx, () => applyBundle(run, tx, raw)) });
      } catch (err) {
        run.ctx.hlc.rewind(mark);
        if (!(err instanceof BundleError)) {
          stop.error = err instanceof Error ? err : new Error(String(err));
          break;
        }
        out.push({ ok: false, error: err });
      }
    }
  });
  if (stop.error) throw stop.error;
  return out;
}

async function applyBundle(run: Run, tx: Tx, raw: RawBundle): Promise<ImportResult> {
  const { ctx, now, afterApply, shape } = run;
  const h = raw.header;
  const org = await findOwnOrganization(tx);
  if (!org) throw new BundleError('NOT_ENROLLED', '尚未完成首次设置');
  if (h.sender === org.code && h.recipient !== org.code)
    throw new BundleError(
      'WRONG_RECIPIENT',
      `这是本单位导出、发给代码 ${String(h.recipient)} 的单位的数据包，应在对方的电脑上导入`,
    );
  if (h.recipient !== org.code)
    throw new BundleError(
      'WRONG_RECIPIENT',
      `该数据包是发给代码 ${String(h.recipient)} 的单位的，不是本单位（${org.code}）`,
    );
  const peer = await tx.selectFrom('sync_peer').selectAll().where('code', '=', String(h.sender)).executeTakeFirst();
  if (!peer) throw new BundleError('UNKNOWN_SENDER', `发件单位（代码 ${String(h.sender)}）未在本机登记`);
  if (peer.revoked) throw new BundleError('UNKNOWN_SENDER', `发件单位（${peer.name}）已停用`);
  verifyEnvelope(raw, ed25519Public(senderKey(peer, h)));
  if (!Number.isSafeInteger(h.seq) || h.seq <= peer.last_seq_received)
    throw new BundleError('ALREADY_IMPORTED', `已导入过：${peer.name}的第 ${h.seq} 号数据包（或更新的）已经导入`);
  const id = await ensureIdentity(tx);
  const body = checkBody(openBody(raw, id.encSeed), shape.columns, Date.parse(now));
  // Parents before their children; rows of one table keep the order they came in.
  const changes = body.changes
    .map((c, i) => ({ c, i, rank: shape.order.get(c.table as RecordTable) ?? 0 }))
    .sort((x, y) => x.rank - y.rank || x.i - y.i)
    .map((x) => x.c);

  const nodeId = (await getMeta(tx, 'node_id')) ?? '';
  // The signed header says which of our bundles the peer had imported when it wrote this one:
  // what we changed before that is no conflict, even if this is the first bundle to say so.
  const ack = Number.isSafeInteger(h.ack) && Number(h.ack) > 0 ? Number(h.ack) : 0;
  const peerAcked = Math.max(peer.peer_acked, Math.min(ack, peer.last_seq_sent));
  const acked = await tx
    .selectFrom('sync_outbox')
    .select('change_cursor')
    .where('peer_code', '=', peer.code)
    .where('seq', '=', peerAcked)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  await sql`PRAGMA defer_foreign_keys = ON`.execute(tx);
  const direction: Direction = {
    receiver: org.mode,
    branch: org.mode === 'office' ? peer.code : org.code,
    sender: peer.code,
    recovery: h.full === true,
  };
  // The audit trail names the bundle's sender as the author of what it changed here.
  const bundleActor = { userId: null, name: `数据包：${peer.name}` };
  let applied = 0;
  let conflicts = 0;
  const rows: Applied['rows'] = [];
  const ackedCursor = acked?.change_cursor ?? 0;
  // Prepared statements on the connection this transaction holds (db/queries/importRows.ts).
  const st = importStatements(connectionOf(ctx.db));
  st.begin();
  let latest = '';
  for (const c of changes) {
    const table = c.table as RecordTable;
    // checkBody has made sure updated_at is an HLC string.
    const remoteHlc = c.row.updated_at as string;
    if (remoteHlc > latest) latest = remoteHlc;
    const cols = Object.keys(c.row);
    const values = cols.map((k) => fromWire(c.row[k] as WireValue));
    // A row new here (nearly every row of a first bundle) is inserted without being read first:
    // the insert itself says whether it was new. One the sender may not write as new, or one
    // already here, takes the full path: read, ownership, conflict, newer wins.
    const fresh =
      mayWrite({ table, row: c.row, local: undefined, author: undefined }, direction) &&
      st.insertNew(table, cols, values);
    let local: Record<string, unknown> | undefined;
    let known: { author: string | null | undefined; logged: boolean } = { author: undefined, logged: false };
    if (!fresh) {
      local = st.read(table, c.id);
      const localHlc = local ? String(local.updated_at) : null;
      if (localHlc === remoteHlc) continue;
      const remoteWins = !localHlc || remoteHlc > localHlc;
      if (local) known = st.provenance(table, c.id, peer.code);
      const incoming = { table, row: c.row, local: local ? toWire(local) : undefined, author: known.author };
      if (!mayWrite(incoming, direction)) {
        // A stale copy of someone else's row changes nothing; a newer one is an attempt to write it.
        if (remoteWins) refuseNotOwned(table, direction);
        continue;
      }
      // Changed here (the current version is our own) after the last bundle the peer confirmed;
      // an older version of a row written here, coming back in the peer's bundle, is no conflict.
      if (
        local &&
        localHlc &&
        parseHlc(remoteHlc).nodeId !== nodeId &&
        parseHlc(localHlc).nodeId === nodeId &&
        st.lastSeq(table, c.id) > ackedCursor
      ) {
        conflicts += 1;
        const lost = remoteWins ? toWire(local) : c.row;
        await tx
          .insertInto('sync_conflict')
          .values({
            peer_code: peer.code,
            table_name: table,
            row_id: c.id,
            kept_hlc: remoteWins ? remoteHlc : localHlc,
            lost_hlc: remoteWins ? localHlc : remoteHlc,
            lost_values: JSON.stringify(lost),
            created: now,
            resolved: 0,
          })
          .execute();
      }
      if (!remoteWins) continue;
      st.upsert(table, cols, values);
    }
    if (org.mode === 'office') {
      // The branch's own row, written by it alone, goes back only to it and only in a recovery
      // bundle: its origin audience row says all a log entry would (docs/decisions.md, "An
      // office logs only what travels on"). Anything the office or another peer wrote is logged.
      const own = !local || (known.author === peer.code && !known.logged);
      if (!own) st.log(table, c.id, remoteHlc, 'update', peer.code);
      st.address(table, c.id, peer.code, !local);
    } else {
      st.log(table, c.id, remoteHlc, local ? 'update' : 'insert', peer.code);
      // A branch's trail shows each field its office changed; an office, which keeps every row of
      // hundreds of branches, logs one entry per bundle below instead of doubling its file.
      await appendAudit(tx, {
        at: now,
        actor: bundleActor,
        action: local ? 'update' : 'insert',
        table,
        rowId: c.id,
        changes: fieldChanges(local, Object.fromEntries(cols.map((k, i) => [k, values[i]]))),
      });
    }
    rows.push({ table, id: c.id });
    applied += 1;
  }
  if (latest) {
    // Later local writes (and the follow-ups below) must sort after everything received: the
    // greatest stamp moves the clock as far as all of them would (HLC strings sort by time).
    ctx.hlc.observe(latest);
    // The clock starts past this after a restart (db/queries/changeLog.ts latestHlc).
    await raiseHlcSeen(tx, latest);
  }
  if (org.mode === 'office' && applied > 0)
    await appendAudit(tx, {
      at: now,
      actor: bundleActor,
      action: 'import',
      note: `导入数据包第 ${h.seq} 号：${applied} 条记录`,
    });
  if (afterApply)
    await afterApply(
      tx,
      { hlc: ctx.hlc, ids: ctx.ids, who: bundleActor },
      { mode: org.mode, now, peer: { code: peer.code, name: peer.name }, rows },
    );
  await tx
    .updateTable('sync_peer')
    .set({
      last_seq_received: h.seq,
      peer_acked: peerAcked,
      // The peer has imported more of our bundles than this database sent: it lost its state
      // (a reinstalled PC with its keys restored). Number the next bundle past them, or the
      // peer would refuse it as already imported.
      last_seq_sent: Math.max(peer.last_seq_sent, ack),
      ...(peer.sign_pub ? {} : { sign_pub: h.enrol?.sign ?? null, enc_pub: h.enrol?.enc ?? null }),
    })
    .where('code', '=', peer.code)
    .execute();
  await tx
    .insertInto('sync_inbox')
    .values({ peer_code: peer.code, seq: h.seq, imported_at: now, rows: body.changes.length, applied, conflicts })
    .execute();
  return { sender: peer.name, code: peer.code, seq: h.seq, rows: body.changes.length, applied, conflicts };
}
