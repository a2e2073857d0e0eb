import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findLastSeqSent, listBranchPeers } from '../../../db/queries/syncPeers.js';
import { listDrives } from '../../drives.js';
import { BundleError } from '../../sync/errors.js';
import { MAX_BUNDLE_BYTES, readEnvelope } from '../../sync/format.js';
import type { BatchOutcome } from '../../sync/importer.js';
import {
  bundleContents,
  type DriveChoice,
  type ExportAll,
  type ExportAllLine,
  type FolderImport,
  type ImportLine,
} from '../../api/exchange.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { defaultPeer, exportFor, importFiles, importLine } from './exchange.js';
import { bundleFileName, checkFolder, writeAtomically } from './files.js';

export function drives(): Promise<DriveChoice[]> {
  return Promise.resolve(listDrives());
}

/**
 * Writes the next bundle straight onto a U 盘 or into a folder. A file of the same name is
 * never overwritten, and is found before anything is exported; a write that fails after the
 * export (the stick pulled out) only uses up that bundle's number: exporting again sends the
 * same changes under the next one.
 */
export async function exportTo(ctx: ServiceContext, input: ParsedInput<'exchange.exportTo'>) {
  checkFolder(input.dir, true);
  const org = await requireOrganization(ctx);
  const peer = input.peer ?? (await defaultPeer(ctx));
  const row = await findLastSeqSent(ctx.db, peer);
  if (row) {
    const next = bundleFileName(org.code, peer, row.last_seq_sent + 1);
    if (existsSync(join(input.dir, next)))
      throw invalid([{ field: 'dir', message: `该文件夹中已有同名文件：${next}（不会覆盖，请换一个文件夹）` }]);
  }
  const b = await exportFor(ctx, peer, input.full);
  const path = join(input.dir, b.fileName);
  writeAtomically(path, b.bytes);
  return { path, fileName: b.fileName, seq: b.seq, rows: b.rows, full: b.full };
}

/** A refusal while exporting or writing one branch's bundle, as that branch's reason. */
function reasonOf(err: unknown): string {
  if (err instanceof ServiceError || err instanceof BundleError) return err.message;
  throw err;
}

/**
 * 全部导出 (office): the next bundle for every active branch whose keys are known, each
 * exported in its own transaction and written under its own name without overwriting; one
 * branch's refusal (a file of that name already there, the stick full) does not stop the
 * others. A branch that has not sent its first bundle yet is listed as skipped.
 */
export async function exportAll(ctx: ServiceContext, input: ParsedInput<'exchange.exportAll'>): Promise<ExportAll> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'office')
    throw invalid([{ field: 'dir', message: '只有上级党委可以给全部支部导出；支部请用“导出”' }]);
  checkFolder(input.dir, true);
  const peers = await listBranchPeers(ctx.db);
  const lines: ExportAllLine[] = [];
  const none = { fileName: null, seq: null, rows: null, full: null };
  for (const p of peers) {
    if (p.revoked !== 0) continue;
    const base = { code: p.code, name: p.name };
    if (!p.enc_pub) {
      lines.push({ ...base, ...none, status: 'skipped', message: '还没有发来第一个数据包，暂不能向其导出' });
      continue;
    }
    const next = bundleFileName(org.code, p.code, p.last_seq_sent + 1);
    if (existsSync(join(input.dir, next))) {
      lines.push({ ...base, ...none, status: 'failed', message: `文件夹中已有同名文件：${next}（不会覆盖）` });
      continue;
    }
    try {
      const b = await exportFor(ctx, p.code, false);
      writeAtomically(join(input.dir, b.fileName), b.bytes);
      lines.push({
        ...base,
        status: 'written',
        message: `第 ${b.seq} 号（${bundleContents(b)}）`,
        fileName: b.fileName,
        seq: b.seq,
        rows: b.rows,
        full: b.full,
      });
    } catch (err) {
      lines.push({ ...base, ...none, status: 'failed', message: reasonOf(err) });
    }
  }
  return {
    dir: input.dir,
    lines,
    written: lines.filter((l) => l.status === 'written').length,
    revoked: peers.filter((p) => p.revoked !== 0).length,
  };
}

interface Candidate {
  name: string;
  path: string;
  sender: string;
  seq: number;
}

/** Reads just enough of each .zbx to know whether it is addressed here; the rest is the import's job. */
function survey(dir: string, ownCode: string) {
  const candidates: Candidate[] = [];
  const unreadable: ImportLine[] = [];
  let skipped = 0;
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.zbx'))
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      if (st.size > MAX_BUNDLE_BYTES) throw new BundleError('TOO_LARGE', '文件过大，不是支部台账的数据包');
      const h = readEnvelope(readFileSync(path)).header;
      if (String(h.recipient) !== ownCode) skipped += 1;
      else candidates.push({ name, path, sender: String(h.sender), seq: Number(h.seq) });
    } catch (err) {
      unreadable.push({
        fileName: name,
        ok: false,
        message: err instanceof BundleError ? err.message : '无法读取该文件',
      });
    }
  }
  // Each sender's bundles in the order they were written.
  candidates.sort((a, b) => a.sender.localeCompare(b.sender) || a.seq - b.seq || a.name.localeCompare(b.name));
  return { candidates, unreadable, skipped };
}

/** Every bundle in the folder addressed to this organisation, each as if alone (importFiles). */
export async function importFrom(
  ctx: ServiceContext,
  input: ParsedInput<'exchange.importFrom'>,
): Promise<FolderImport> {
  checkFolder(input.dir, false);
  const org = await requireOrganization(ctx);
  const { candidates, unreadable, skipped } = survey(input.dir, org.code);
  const lines: ImportLine[] = [];
  const read: { name: string; bytes: Buffer }[] = [];
  for (const c of candidates) {
    try {
      read.push({ name: c.name, bytes: readFileSync(c.path) });
    } catch {
      lines.push({ fileName: c.name, ok: false, message: '无法读取该文件' });
    }
  }
  const outcomes = await importFiles(
    ctx,
    read.map((r) => r.bytes),
  );
  read.forEach((r, i) => lines.push(importLine(r.name, outcomes[i] as BatchOutcome)));
  return { lines: [...lines, ...unreadable], skipped };
}
