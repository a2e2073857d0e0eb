import type { Kysely } from 'kysely';
import { findLiveRelay, listRelaysTo, type TransferRelayRow } from '../../../db/queries/transferRelays.js';
import { updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import { maskIdNumber, maskPhone } from '../../api/mask.js';
import type { IncomingTransfer, MemberInput } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { readDirectory } from '../exchange/directory.js';
import { requireOrganization } from '../org/profile.js';
import { inTransaction } from '../tx.js';

type RelayRow = TransferRelayRow;

function toIncoming(r: RelayRow): IncomingTransfer {
  return {
    relayId: r.id,
    fromCode: r.from_code,
    fromName: r.from_name,
    member: JSON.parse(r.member) as MemberInput,
    letterNo: r.letter_no,
    issuedOn: r.issued_on,
    validDays: r.valid_days,
    duesPaidTo: r.dues_paid_to,
    note: r.note,
    status: r.status,
    answeredOn: r.answered_on,
    answerNote: r.answer_note,
  };
}

/** A relayed 转出 addressed to this branch and not yet answered; anything else is refused. */
export async function pendingRelay(db: Kysely<Database>, id: string, ownCode: string): Promise<RelayRow> {
  const r = await findLiveRelay(db, id);
  if (!r || r.to_code !== ownCode) throw new ServiceError('NOT_FOUND', '找不到上级党委转来的这条转接记录');
  if (r.status !== 'pending')
    throw new ServiceError('VALIDATION', r.status === 'accepted' ? '这名党员已经转入' : '这条转接已经退回', 'relayId');
  return r;
}

/** A list carries ID and phone masked, as the roster does; the 转入 form reads one in full. */
function masked(t: IncomingTransfer): IncomingTransfer {
  return { ...t, member: { ...t.member, idNumber: maskIdNumber(t.member.idNumber), phone: maskPhone(t.member.phone) } };
}

export async function listIncoming(ctx: ServiceContext): Promise<IncomingTransfer[]> {
  const org = await requireOrganization(ctx);
  const rows = await listRelaysTo(ctx.db, org.code);
  const order = { pending: 0, declined: 1, accepted: 1 };
  return rows
    .map(toIncoming)
    .map(masked)
    .sort((a, b) => order[a.status] - order[b.status]);
}

/** One pending 转入 in full, to fill the 确认转入 form (the member's own record, like members.get). */
export async function incomingDetail(ctx: ServiceContext, relayId: string): Promise<IncomingTransfer> {
  const org = await requireOrganization(ctx);
  return toIncoming(await pendingRelay(ctx.db, relayId, org.code));
}

export async function declineIncoming(ctx: ServiceContext, relayId: string, note: string): Promise<IncomingTransfer> {
  const org = await requireOrganization(ctx);
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    const r = await pendingRelay(tx, relayId, org.code);
    await updateRecord(tx, stamp, 'transfer_relay', r.id, {
      status: 'declined',
      answered_on: today,
      answer_note: note,
    });
    return toIncoming({ ...r, status: 'declined', answered_on: today, answer_note: note });
  });
}

/** The county's other branches, for picking the receiving one of a 转出. */
export async function otherBranches(ctx: ServiceContext): Promise<{ code: string; name: string }[]> {
  const org = await requireOrganization(ctx);
  return (await readDirectory(ctx.db)).filter((b) => b.code !== org.code);
}
