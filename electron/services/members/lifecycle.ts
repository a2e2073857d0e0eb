import type { Transaction } from 'kysely';
import { findMember, type MemberRow } from '../../../db/queries/members.js';
import { findTransfer, type TransferRow } from '../../../db/queries/transfers.js';
import { insertRecord, updateRecord, type RecordPatch, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { MemberDetail, MemberEventInput, TransferLetter } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { standings } from '../dues/standing.js';
import { paidThrough } from '../dues/year.js';
import { addMonths } from '../rules/dates.js';
import { eventRefusal, type MemberState } from '../rules/lifecycle.js';
import { inTransaction } from '../tx.js';
import { toTransfer } from './mapping.js';
import { memberDetail } from './records.js';

function stateOf(r: MemberRow): MemberState {
  return {
    status: r.status,
    kind: r.kind,
    joinedOn: r.joined_on,
    statusSince: r.status_since,
    probationExtendedMonths: r.probation_extended_months,
    isMobile: r.is_mobile === 1,
    lostContact: r.lost_contact === 1,
    hardship: r.hardship === 1,
  };
}

/** The row change each event makes; the event itself keeps the history. */
function patchFor(e: MemberEventInput): RecordPatch<'member'> {
  switch (e.kind) {
    case 'confirm':
      return { kind: 'formal', confirmed_on: e.date };
    case 'extend_probation':
      return { probation_extended_months: e.months };
    case 'transfer_out':
      return { status: 'transferred_out', status_since: e.date, is_mobile: 0, lost_contact: 0 };
    case 'leave':
      return { status: 'left', status_since: e.date, is_mobile: 0, lost_contact: 0 };
    case 'death':
      return { status: 'deceased', status_since: e.date, is_mobile: 0, lost_contact: 0 };
    case 'suspend':
      return { status: 'suspended', status_since: e.date };
    case 'restore':
      return { status: 'active', status_since: e.date };
    case 'mobile_start':
      return {
        is_mobile: 1,
        mobile_since: e.date,
        mobile_destination: e.destination,
        mobile_reason: e.reason,
        mobile_org: e.org,
        mobile_card: e.card,
        mobile_contact: e.contact,
        mobile_dues: e.dues,
      };
    case 'mobile_end':
      return { is_mobile: 0 };
    case 'lost_start':
      return { lost_contact: 1, lost_since: e.date };
    case 'lost_end':
      return { lost_contact: 0 };
    case 'hardship_start':
      return { hardship: 1, hardship_since: e.date, hardship_note: e.note };
    case 'hardship_end':
      return { hardship: 0 };
  }
}

/** What the history line keeps besides date and note. */
function detailsOf(e: MemberEventInput): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...e };
  for (const kept of ['kind', 'id', 'date', 'note']) delete copy[kept];
  return copy;
}

/**
 * 党费交至 on the letter is what the dues records show: left empty it is filled in from them,
 * and a month the records disagree with is refused. A member whose dues are not kept in the
 * app (no basis) keeps what was typed.
 */
async function checkedDuesPaidTo(
  tx: Transaction<Database>,
  memberId: string,
  typed: string,
  today: string,
): Promise<string> {
  // Far enough ahead to take in any 预交 (at most 6 months at a time, rarely repeated).
  const horizon = addMonths(today, 36).slice(0, 7);
  const own = (await standings(tx, horizon)).find((s) => s.history.id === memberId);
  if (!own || own.bases.length === 0) return typed;
  const through = paidThrough(own) ?? '';
  if (!typed) return through;
  if (typed !== through)
    throw invalid([
      {
        field: 'duesPaidTo',
        message: through
          ? `党费交至应与交纳记录一致：记录显示交至 ${through}`
          : '交纳记录中该党员还没有交过党费，党费交至请留空或先登记交纳',
      },
    ]);
  return typed;
}

export async function applyMemberEvent(ctx: ServiceContext, e: MemberEventInput): Promise<MemberDetail> {
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findMember(tx, e.id);
    if (!row) throw new ServiceError('NOT_FOUND', '找不到该党员');
    const refusal = eventRefusal(e, stateOf(row), today);
    if (refusal) throw invalid([refusal]);
    const duesPaidTo = e.kind === 'transfer_out' ? await checkedDuesPaidTo(tx, row.id, e.duesPaidTo, today) : '';
    await updateRecord(tx, stamp, 'member', row.id, patchFor(e));
    const note = 'note' in e ? e.note : '';
    await insertRecord(tx, stamp, 'member_event', {
      member_id: row.id,
      kind: e.kind,
      event_date: e.date,
      details: JSON.stringify(detailsOf(e)),
      note,
    });
    if (e.kind === 'transfer_out') {
      await insertRecord(tx, stamp, 'transfer', {
        member_id: row.id,
        direction: 'out',
        letter_no: e.letterNo,
        counterpart_org: e.counterpartOrg,
        issued_on: e.issuedOn,
        valid_days: e.validDays,
        dues_paid_to: duesPaidTo,
        receipt_on: null,
        handler: e.handler,
        note: e.note,
        counterpart_code: e.counterpartCode || null,
      });
    }
    return memberDetail(tx, row.id, today);
  });
}

/** The 回执 written on the out-letter and in the member's history; returns the event's id. */
export async function writeReceipt(
  tx: Transaction<Database>,
  stamp: Stamper,
  t: TransferRow,
  receiptOn: string,
): Promise<string> {
  await updateRecord(tx, stamp, 'transfer', t.id, { receipt_on: receiptOn });
  return insertRecord(tx, stamp, 'member_event', {
    member_id: t.member_id,
    kind: 'receipt',
    event_date: receiptOn,
    details: JSON.stringify({ letterNo: t.letter_no, counterpartOrg: t.counterpart_org }),
    note: '',
  });
}

/** The 回执 of an out-letter came back: the sending branch's responsibility ends. */
export async function recordReceipt(ctx: ServiceContext, id: string, receiptOn: string): Promise<TransferLetter> {
  const today = ctx.clock.today();
  if (receiptOn > today) throw new ServiceError('VALIDATION', '回执收到日期不能晚于今天', 'receiptOn');
  return inTransaction(ctx, async (tx, stamp) => {
    const t = await findTransfer(tx, id);
    if (!t) throw new ServiceError('NOT_FOUND', '找不到该转接记录');
    if (t.direction !== 'out') throw new ServiceError('VALIDATION', '只有转出的介绍信才有回执', 'id');
    if (receiptOn < t.issued_on)
      throw new ServiceError('VALIDATION', '回执收到日期不能早于介绍信开具日期', 'receiptOn');
    await writeReceipt(tx, stamp, t, receiptOn);
    return toTransfer((await findTransfer(tx, id)) as NonNullable<Awaited<ReturnType<typeof findTransfer>>>, today);
  });
}
