import { listTransfers } from '../../../db/queries/transfers.js';
import type { TransferLetter } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { toTransfer } from './mapping.js';

export async function listTransferLetters(ctx: ServiceContext): Promise<TransferLetter[]> {
  const today = ctx.clock.today();
  return (await listTransfers(ctx.db)).map((t) => toTransfer(t, today));
}
