import { OFFICE_STEPS, type OfficeStep, type RecordedApproval } from '../../api/approvals.js';
import { EVERY_BRANCH } from '../../sync/audience.js';
import type { ServiceContext } from '../context.js';
import { requireOffice } from './office.js';

const DAYS = 30;

/**
 * What the office itself recorded (备案、预审、审批) in the last 30 days, newest first, so an item
 * that leaves the queue can still be found. "Itself": the step row's first write was made here
 * (its change-log insert has no import source), not imported from a branch's bundle.
 */
export async function recentApprovals(ctx: ServiceContext): Promise<RecordedApproval[]> {
  await requireOffice(ctx, '查看最近办理的审批');
  // HLC stamps begin with the ISO time, so they compare as text.
  const since = new Date(ctx.clock.nowMs() - DAYS * 86_400_000).toISOString();
  const rows = await ctx.db
    .selectFrom('dev_step as s')
    .innerJoin('change_log as c', (j) =>
      j.onRef('c.row_id', '=', 's.id').on('c.table_name', '=', 'dev_step').on('c.op', '=', 'insert'),
    )
    .innerJoin('dev_person as p', 'p.id', 's.person_id')
    .leftJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 's.id').on('a.table_name', '=', 'dev_step').on('a.peer_code', '!=', EVERY_BRANCH),
    )
    .leftJoin('sync_peer as b', 'b.code', 'a.peer_code')
    .select(['s.id', 's.person_id', 's.step', 's.done_on', 'p.name', 'a.peer_code', 'b.name as branch_name', 'c.hlc'])
    .where('s.deleted_at', 'is', null)
    .where('c.source', 'is', null)
    .where('c.hlc', '>=', since)
    .where('s.step', 'in', [...OFFICE_STEPS])
    .orderBy('c.hlc', 'desc')
    .execute();
  const seen = new Set<string>();
  const out: RecordedApproval[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({
      stepId: r.id,
      personId: r.person_id,
      name: r.name,
      branchName: r.branch_name ?? r.peer_code ?? '',
      step: r.step as OfficeStep,
      date: r.done_on,
    });
  }
  return out;
}
