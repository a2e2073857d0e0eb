import { OFFICE_STEPS, type OfficeStep, type RecordedApproval } from '../../api/approvals.js';
import { stepsWrittenHere } from '../../../db/queries/development.js';
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
  const rows = await stepsWrittenHere(ctx.db, OFFICE_STEPS, since);
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
