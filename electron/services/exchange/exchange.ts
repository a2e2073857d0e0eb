import { EVERY_BRANCH } from '../../sync/audience.js';
import { BundleError } from '../../sync/errors.js';
import { importEnrolment } from '../../sync/enrol.js';
import { exportBundle } from '../../sync/exporter.js';
import { ownFingerprint } from '../../sync/identity.js';
import { importBundles, type BatchOutcome, type ImportResult } from '../../sync/importer.js';
import { fingerprint } from '../../sync/keys.js';
import { fromWire, isRecordTable, type WireRow } from '../../sync/rows.js';
import {
  latestChangeByAudience,
  latestReceivedByPeer,
  latestSentByPeer,
  listRecentInbox,
  listRecentOutbox,
} from '../../../db/queries/syncBundles.js';
import { findOpenConflict, listOpenConflicts, markConflictResolved } from '../../../db/queries/syncConflicts.js';
import { listOfficeCodes, listPeers } from '../../../db/queries/syncPeers.js';
import { updateRecord, type RecordPatch } from '../../../db/records.js';
import type { RecordTable } from '../../../db/schema.js';
import type { BundleFile, ExchangeStatus, ImportLine } from '../../api/exchange.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { cacheAfterImport } from '../office/statusCache.js';
import { inTransaction } from '../tx.js';
import { enrolWithDirectory } from './directory.js';
import { bundleFileName } from './files.js';
import { afterImport } from './relay.js';
import { refuseRevoked } from './revoke.js';

export const nowIso = (ctx: ServiceContext) => new Date(ctx.clock.nowMs()).toISOString();

/** A refusal from the sync layer becomes a plain validation refusal with its Chinese reason. */
function refuse(err: unknown): never {
  if (err instanceof BundleError && err.code === 'ALREADY_ENROLLED')
    throw invalid([{ field: 'code', message: `${err.message}；支部更换了电脑需要重新登记时，请勾选“重新登记”` }]);
  if (err instanceof BundleError) throw invalid([{ field: '', message: err.message }]);
  throw err;
}

/**
 * Per peer, the latest bundle each way, one grouped query each (SQLite takes the bare columns
 * from the row holding the MAX), and which peers have rows changed here since their latest
 * bundle (one grouped query over the change_log tail no peer has been sent yet).
 */
async function peerActivity(ctx: ServiceContext, office: boolean) {
  const inbox = await latestReceivedByPeer(ctx.db);
  const outbox = await latestSentByPeer(ctx.db);
  const received = new Map(inbox.map((r) => [r.peer_code, r]));
  const sent = new Map(outbox.map((r) => [r.peer_code, r]));
  const changed = new Map<string, number>();
  if (office && outbox.length > 0) {
    const from = Math.min(...outbox.map((r) => r.cursor));
    for (const o of await latestChangeByAudience(ctx.db, from)) changed.set(o.peer_code, o.top);
  }
  const everyone = changed.get(EVERY_BRANCH) ?? 0;
  const sendDue = (code: string): 'data' | 'receipt' | null => {
    const out = sent.get(code);
    const inn = received.get(code);
    if (!out) return inn ? 'receipt' : null;
    if (Math.max(changed.get(code) ?? 0, everyone) > out.cursor) return 'data';
    return inn && inn.at > out.at ? 'receipt' : null;
  };
  return { received, sent, sendDue };
}

export async function exchangeStatus(ctx: ServiceContext): Promise<ExchangeStatus> {
  const org = await requireOrganization(ctx);
  const peers = await listPeers(ctx.db);
  const outbox = await listRecentOutbox(ctx.db, 200);
  const inbox = await listRecentInbox(ctx.db, 200);
  const conflicts = await listOpenConflicts(ctx.db);
  const activity = await peerActivity(ctx, org.mode === 'office');
  return {
    mode: org.mode,
    code: org.code,
    fingerprint: await ownFingerprint(ctx.db),
    peers: peers.map((p) => {
      const inn = activity.received.get(p.code);
      const out = activity.sent.get(p.code);
      return {
        code: p.code,
        name: p.name,
        role: p.role,
        keysKnown: p.sign_pub !== null,
        fingerprint: p.sign_pub && p.enc_pub ? fingerprint({ sign: p.sign_pub, enc: p.enc_pub }) : null,
        revoked: p.revoked !== 0,
        lastSent: p.last_seq_sent,
        lastReceived: p.last_seq_received,
        acknowledged: p.peer_acked,
        lastReceivedAt: inn?.at ?? null,
        lastReceivedRows: inn?.rows ?? null,
        lastSentAt: out?.at ?? null,
        lastSentRows: out?.rows ?? null,
        sendDue: p.revoked === 0 && p.enc_pub !== null ? activity.sendDue(p.code) : null,
      };
    }),
    history: [
      ...outbox.map((o) => ({
        direction: 'out' as const,
        peer: o.peer_code,
        seq: o.seq,
        at: o.created,
        rows: o.rows,
        applied: null,
        conflicts: null,
      })),
      ...inbox.map((i) => ({
        direction: 'in' as const,
        peer: i.peer_code,
        seq: i.seq,
        at: i.imported_at,
        rows: i.rows,
        applied: i.applied,
        conflicts: i.conflicts,
      })),
    ].sort((a, b) => b.at.localeCompare(a.at)),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      peer: c.peer_code,
      table: c.table_name,
      rowId: c.row_id,
      keptHlc: c.kept_hlc,
      lostHlc: c.lost_hlc,
      lost: JSON.parse(c.lost_values) as Record<string, unknown>,
      created: c.created,
    })),
  };
}

export async function enrolFromUi(
  ctx: ServiceContext,
  input: ParsedInput<'exchange.enrolBranch'>,
): Promise<BundleFile> {
  const text = await enrolWithDirectory(ctx, { code: input.code, name: input.name }, nowIso(ctx), input.again).catch(
    refuse,
  );
  return { fileName: `${input.code}-登记文件.zbenrol`, base64: Buffer.from(text, 'utf8').toString('base64') };
}

export async function importEnrolmentFromUi(ctx: ServiceContext, input: ParsedInput<'exchange.importEnrolment'>) {
  return importEnrolment(ctx.db, Buffer.from(input.base64, 'base64').toString('utf8'), nowIso(ctx)).catch(refuse);
}

/** The recipient when none is named: a branch's one office. */
export async function defaultPeer(ctx: ServiceContext): Promise<string> {
  const offices = await listOfficeCodes(ctx.db);
  if (offices.length !== 1)
    throw invalid([
      { field: 'peer', message: offices.length === 0 ? '本支部还没有导入上级党委的登记文件' : '请选择接收单位' },
    ]);
  return (offices[0] as { code: string }).code;
}

/**
 * One bundle for a peer (never a stopped one), with the file name it travels under.
 *
 * `full` says whether it is a full bundle: a recovery bundle, or the first one to the peer. The
 * exporter starts from the beginning whenever the peer has confirmed nothing yet, so every
 * bundle before the first 回执 also carries everything not from the peer; that is a resend, not
 * 全部数据 (it leaves out the peer's own rows), and is reported as 增量.
 */
export async function exportFor(ctx: ServiceContext, peer: string, full: boolean) {
  const org = await requireOrganization(ctx);
  await refuseRevoked(ctx.db, peer);
  const r = await exportBundle(ctx.db, peer, nowIso(ctx), { full }).catch(refuse);
  const isFull = full || (r.full && r.seq === 1);
  return { fileName: bundleFileName(org.code, peer, r.seq), bytes: r.bytes, seq: r.seq, rows: r.rows, full: isFull };
}

export async function exportFromUi(ctx: ServiceContext, input: ParsedInput<'exchange.export'>) {
  const r = await exportFor(ctx, input.peer ?? (await defaultPeer(ctx)), input.full);
  return { fileName: r.fileName, base64: r.bytes.toString('base64'), seq: r.seq, rows: r.rows, full: r.full };
}

/** One line on what a bundle did, for the import report (UI and CLI). */
export function importSummary(r: ImportResult): string {
  if (r.rows === 0) return `${r.sender} 第 ${r.seq} 号：确认收到，没有新的数据`;
  const same = r.rows - r.applied;
  const parts = [`${r.sender} 第 ${r.seq} 号：${r.rows} 条记录`, `其中 ${r.applied} 条有更新`];
  if (same > 0) parts.push(`${same} 条本机已是最新`);
  if (r.conflicts) parts.push(`冲突 ${r.conflicts} 条`);
  return parts.join('，');
}

/**
 * Bundles (one or many at once), with the domain follow-ups (relayed 转出, 回执, restored
 * organisation); at an office, then each sender's 总览 lights, outside the import's transaction.
 */
export async function importFiles(ctx: ServiceContext, files: readonly Buffer[]): Promise<BatchOutcome[]> {
  const outcomes = await importBundles(ctx, files, nowIso(ctx), afterImport);
  await cacheAfterImport(
    ctx,
    outcomes.flatMap((o) => (o.ok ? [o.result.code] : [])),
  );
  return outcomes;
}

/** One file's line of the import report: imported, or refused with the reason. */
export function importLine(fileName: string, outcome: BatchOutcome): ImportLine {
  return outcome.ok
    ? { fileName, ok: true, message: importSummary(outcome.result) }
    : { fileName, ok: false, message: outcome.error.message };
}

/** Each file as if alone; one refused file does not stop the others. */
export async function importFromUi(ctx: ServiceContext, input: ParsedInput<'exchange.import'>): Promise<ImportLine[]> {
  const outcomes = await importFiles(
    ctx,
    input.files.map((f) => Buffer.from(f.base64, 'base64')),
  );
  return input.files.map((f, i) => importLine(f.fileName, outcomes[i] as BatchOutcome));
}

/** Keeping the other version writes it as a new local change, which then syncs like any edit. */
export async function resolveConflict(
  ctx: ServiceContext,
  id: number,
  keep: 'current' | 'other',
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx, stamp) => {
    const c = await findOpenConflict(tx, id);
    if (!c) throw new ServiceError('NOT_FOUND', '找不到该冲突，或已处理');
    if (keep === 'other' && isRecordTable(c.table_name)) {
      const lost = JSON.parse(c.lost_values) as WireRow;
      const patch: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(lost))
        if (!['id', 'created_at', 'updated_at'].includes(k)) patch[k] = fromWire(v);
      await updateRecord(tx, stamp, c.table_name, c.row_id, patch as RecordPatch<RecordTable>);
    }
    await markConflictResolved(tx, id);
    return { id };
  });
}
