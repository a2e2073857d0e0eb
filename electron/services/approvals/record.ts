import { stepInput } from '../../api/development.js';
import type { ParsedInput } from '../../api/index.js';
import type { RecordedApproval } from '../../api/approvals.js';
import { addAudience, branchOf } from '../../sync/audience.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { checkStep, insertStep } from '../development/steps.js';
import { inTransaction } from '../tx.js';
import { requireOffice } from './office.js';
import { findBranchPeer } from '../../../db/queries/syncPeers.js';

/**
 * The office records its own 备案/预审/审批 as the branch would (same checks, same row), and
 * addresses it to the person's branch; the roster follows there on import (officeSteps.ts).
 */
export async function recordApproval(
  ctx: ServiceContext,
  input: ParsedInput<'approvals.record'>,
): Promise<RecordedApproval> {
  await requireOffice(ctx, '办理发展党员审批');
  const today = ctx.clock.today();
  // The branch's own form fields, defaults included, so the details JSON has one shape.
  const s = stepInput.parse(input);
  return inTransaction(ctx, async (tx, stamp) => {
    const code = await branchOf(tx, 'dev_person', s.personId);
    if (!code) throw new ServiceError('NOT_FOUND', '找不到该发展对象，或不属于已登记的支部');
    const { p, entitled } = await checkStep(tx, s, today);
    const stepId = await insertStep(tx, stamp, s, entitled);
    await addAudience(tx, 'dev_step', stepId, code);
    const peer = await findBranchPeer(tx, code);
    return {
      stepId,
      personId: p.id,
      name: p.name,
      branchName: peer?.name ?? code,
      step: input.step,
      date: s.date,
    };
  });
}
