import type { Transaction } from 'kysely';
import { listGroups, maxGroupOrder } from '../../../../db/queries/partyGroup.js';
import { insertRecord, type Stamper } from '../../../../db/records.js';
import type { Database } from '../../../../db/schema.js';
import type { ParsedInput } from '../../../api/index.js';
import type { ImportPreview, ImportResult } from '../../../api/memberImport.js';
import type { ServiceContext } from '../../context.js';
import { ServiceError } from '../../errors.js';
import { requireOrganization } from '../../org/profile.js';
import { inTransaction } from '../../tx.js';
import { checkMember, insertMember } from '../records.js';
import { analyse, type AcceptedRow } from './analyse.js';
import { readWorkbook } from './read.js';

type Tx = Transaction<Database>;

function refusal(preview: ImportPreview): ServiceError {
  const rejected = preview.rows.filter((r) => r.status === 'rejected');
  const issues = rejected.map((r) => ({
    field: `row.${r.rowNumber}`,
    message: `第 ${r.rowNumber} 行${r.values.name ? `（${r.values.name}）` : ''}：${r.problems.map((p) => p.message).join('；')}`,
  }));
  return new ServiceError(
    'VALIDATION',
    `有 ${rejected.length} 行未通过检查，未导入任何数据。请按检查结果改正后重新导入，或选择跳过未通过的行`,
    undefined,
    issues,
  );
}

/** Creates the 党小组 the accepted rows name but the branch does not have yet. */
async function createGroups(tx: Tx, stamp: Stamper, names: string[]): Promise<Map<string, string>> {
  const ids = new Map((await listGroups(tx)).map((g) => [g.name, g.id]));
  let order = await maxGroupOrder(tx);
  for (const name of names) {
    order += 1;
    ids.set(name, await insertRecord(tx, stamp, 'party_group', { name, leader_name: '', sort_order: order }));
  }
  return ids;
}

/** The same checks and history as a member entered in the form; a failure names the row. */
async function insertRow(
  tx: Tx,
  stamp: Stamper,
  row: AcceptedRow,
  groupId: string | null,
  today: string,
): Promise<void> {
  const member = { ...row.member, groupId };
  try {
    await checkMember(tx, member, today);
  } catch (err) {
    if (err instanceof ServiceError)
      throw new ServiceError(err.code, `第 ${row.rowNumber} 行：${err.message}`, undefined, err.issues);
    throw err;
  }
  await insertMember(tx, stamp, member);
}

/**
 * Reads the file again (a preview sent back is never trusted) and writes every accepted row
 * and the new 党小组 in one transaction: all of it lands, or nothing does.
 */
export async function commitImport(
  ctx: ServiceContext,
  input: ParsedInput<'members.importCommit'>,
): Promise<ImportResult> {
  await requireOrganization(ctx);
  const sheets = await readWorkbook(input.fileBase64);
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    const { preview, accepted } = await analyse(tx, sheets, input.mapping, today);
    if (preview.counts.rejected > 0 && !input.skipRejected) throw refusal(preview);
    const groupIds = await createGroups(tx, stamp, preview.newGroups);
    for (const row of accepted)
      await insertRow(tx, stamp, row, row.groupName ? (groupIds.get(row.groupName) ?? null) : null, today);
    return {
      imported: accepted.length,
      duplicates: preview.counts.duplicate,
      rejected: preview.counts.rejected,
      newGroups: preview.newGroups,
    };
  });
}
