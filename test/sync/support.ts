import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { RECORD_TABLES } from '../../db/schema.js';
import type { Installation } from '../../electron/services/installation.js';
import type { BundleFile } from '../../electron/api/exchange.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { importFiles } from '../../electron/services/exchange/exchange.js';
import type { ImportResult } from '../../electron/sync/importer.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

/** Every row of every table (records, change_log and sync bookkeeping), to prove nothing changed. */
export async function contentHash(inst: Pick<Installation, 'ctx'>): Promise<string> {
  const h = createHash('sha256');
  const tables = [
    ...RECORD_TABLES,
    'change_log',
    'sync_peer',
    'sync_outbox',
    'sync_inbox',
    'sync_conflict',
    'sync_audience',
    'local_meta',
  ];
  for (const t of tables) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t)} ORDER BY 1`.execute(inst.ctx.db);
    h.update(t);
    for (const r of rows.rows)
      h.update(JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
  }
  return h.digest('hex');
}

/** An office (CG01) and a branch (DF001), each set up through the contract on its own file. */
export async function officeAndBranch(): Promise<{ office: TestInstallation; branch: TestInstallation }> {
  const office = await tempInstallation({ nodeId: 'aaaaaaaaaaaaaaaa' });
  const branch = await tempInstallation({ nodeId: 'bbbbbbbbbbbbbbbb' });
  await contractOf(office).ok('org.setup', {
    ...SAMPLE_BRANCH,
    mode: 'office',
    name: '中共城关镇委员会',
    code: 'CG01',
    orgType: 'organ',
  });
  await contractOf(branch).ok('org.setup', SAMPLE_BRANCH);
  return { office, branch };
}

/** An office and a branch that has imported its enrolment file (no bundle has travelled yet). */
export async function enrolledPair(): Promise<{ office: TestInstallation; branch: TestInstallation }> {
  const pair = await officeAndBranch();
  const file = await contractOf(pair.office).ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村' });
  await contractOf(pair.branch).ok('exchange.importEnrolment', file);
  return pair;
}

/** One bundle through the services' import (follow-ups and the office's lights included); a refusal fails the test. */
export async function importOk(ctx: ServiceContext, bytes: Buffer): Promise<ImportResult> {
  const [outcome] = await importFiles(ctx, [bytes]);
  if (!outcome?.ok) throw new Error(`import refused: ${outcome?.error.message ?? 'no outcome'}`);
  return outcome.result;
}
