import { contract, type OpName } from '../../api/index.js';
import type { BranchViewOp } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireOffice } from './guard.js';
import { inBranchLens } from './lens.js';

type AnyHandler = (ctx: ServiceContext, input: never) => Promise<unknown>;

/**
 * Runs one read operation of a branch's own screens against that branch's records only
 * (office/lens.ts), with the operation's own input checks. The lens connection is read-only.
 */
export async function viewBranch(
  ctx: ServiceContext,
  input: { code: string; op: BranchViewOp; input?: unknown },
  handlers: Readonly<Record<OpName, AnyHandler>>,
): Promise<unknown> {
  await requireOffice(ctx);
  const parsed = contract[input.op].input.safeParse(input.input ?? {});
  if (!parsed.success)
    throw invalid(parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })));
  return inBranchLens(ctx, input.code, (lens) => handlers[input.op](lens, parsed.data as never));
}
