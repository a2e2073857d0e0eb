import { devSteps, listDevPeople, type DevStepRow } from '../../../db/queries/development.js';
import { OFFICE_STEPS, type OfficeStep, type PendingApproval } from '../../api/approvals.js';
import { DEPENDS_ON } from '../../api/devOrder.js';
import type { DevStage } from '../../api/devSteps.js';
import type { ServiceContext } from '../context.js';
import { stageOf, stepDates } from '../development/mapping.js';
import { daysBetween } from '../rules/dates.js';
import { developmentChecks, probationEnds, type StepDates } from '../rules/development.js';
import { branchesOf, requireOffice } from './office.js';

/**
 * A 备案 is owed while the person is still in the stage it files: nothing later depends on
 * it, so someone who moved on long ago (often before the branch used this program) would
 * otherwise wait in the queue forever.
 */
const FILED_STAGE: Partial<Record<OfficeStep, DevStage>> = {
  activist_filing: 'activist',
  candidate_filing: 'candidate',
};

/** The office steps this person waits for: not done, and every step they follow is done. */
function waitingSteps(d: StepDates, stage: DevStage): { step: OfficeStep; since: string }[] {
  const out: { step: OfficeStep; since: string }[] = [];
  for (const step of OFFICE_STEPS) {
    if (d[step]) continue;
    const filed = FILED_STAGE[step];
    if (filed && filed !== stage) continue;
    const after = DEPENDS_ON[step].map((s) => d[s]?.[0]);
    if (after.some((x) => x === undefined)) continue;
    out.push({ step, since: (after as string[]).sort().at(-1) as string });
  }
  return out;
}

/** Every branch's people waiting for a 备案, 预审 or 审批, by branch, longest waiting first. */
export async function pendingApprovals(ctx: ServiceContext): Promise<PendingApproval[]> {
  await requireOffice(ctx, '查看待审批的发展党员');
  const today = ctx.clock.today();
  const [people, steps, branches] = await Promise.all([
    listDevPeople(ctx.db),
    devSteps(ctx.db),
    branchesOf(ctx.db, 'dev_person'),
  ]);
  const byPerson = new Map<string, DevStepRow[]>();
  for (const s of steps) byPerson.set(s.person_id, [...(byPerson.get(s.person_id) ?? []), s]);
  const out: PendingApproval[] = [];
  for (const p of people) {
    const branch = branches.get(p.id);
    if (!branch || p.cancelled_on) continue;
    const d = stepDates(byPerson.get(p.id) ?? []);
    const stage = stageOf(p, d);
    const checks = developmentChecks(d, today, p.extended_months ?? 0);
    for (const { step, since } of waitingSteps(d, stage))
      out.push({
        personId: p.id,
        name: p.name,
        gender: p.gender,
        branchCode: branch.code,
        branchName: branch.name,
        step,
        stage,
        since,
        waitingDays: daysBetween(since, today),
        check: checks.find((c) => c.step === step) ?? null,
        notBefore: step === 'confirm_approval' ? probationEnds(d, p.extended_months ?? 0) : null,
      });
  }
  return out.sort((a, b) => a.branchCode.localeCompare(b.branchCode) || a.since.localeCompare(b.since));
}
