import type { Transaction } from 'kysely';
import { listMemberEvents } from '../../../db/queries/memberEvents.js';
import { findMember, findMemberByIdNumber, listMembers, type RosterScope } from '../../../db/queries/members.js';
import { findGroup } from '../../../db/queries/partyGroup.js';
import { listTransfers } from '../../../db/queries/transfers.js';
import { insertRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { ParsedInput } from '../../api/index.js';
import type { MemberDetail, MemberInput, MemberSummary } from '../../api/members.js';
import { maskIdNumber, maskPhone } from '../../api/mask.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { memberIssues } from '../rules/members.js';
import { inTransaction } from '../tx.js';
import { memberColumns, newMemberRow, toDetail, toSummary } from './mapping.js';
import { pendingRelay } from './relays.js';

type Tx = Transaction<Database>;

/** The roster in full, for the printed ledgers (paper carries the whole ID number). */
export async function rosterSummaries(ctx: ServiceContext, scope: RosterScope): Promise<MemberSummary[]> {
  const today = ctx.clock.today();
  return (await listMembers(ctx.db, scope)).map((r) => toSummary(r, today));
}

/** Lists carry ID and phone masked (个人信息保护法); the full value is shown one at a time (members.reveal). */
export async function listRoster(ctx: ServiceContext, scope: RosterScope): Promise<MemberSummary[]> {
  return (await rosterSummaries(ctx, scope)).map((s) => ({
    ...s,
    idNumber: maskIdNumber(s.idNumber),
    phone: maskPhone(s.phone),
  }));
}

export async function memberDetail(db: ServiceContext['db'], id: string, today: string): Promise<MemberDetail> {
  const row = await findMember(db, id);
  if (!row) throw new ServiceError('NOT_FOUND', '找不到该党员');
  const [events, transfers] = await Promise.all([listMemberEvents(db, id), listTransfers(db, id)]);
  return toDetail(row, events, transfers, today);
}

/** Field checks shared by the form, transfer-in and the importer. Throws with every issue. */
export async function checkMember(tx: Tx, m: MemberInput, today: string, selfId?: string, prefix = ''): Promise<void> {
  const issues = memberIssues(m, today);
  if (m.groupId && !(await findGroup(tx, m.groupId)))
    issues.push({ field: 'groupId', message: '所选党小组不存在或已撤销' });
  const same = await findMemberByIdNumber(tx, m.idNumber);
  if (same && same.id !== selfId)
    issues.push({ field: 'idNumber', message: `公民身份号码与已有党员“${same.name}”重复` });
  if (issues.length) throw invalid(issues.map((i) => ({ ...i, field: prefix + i.field })));
}

/**
 * Inserts a member with the start of their history: 入党 on the joining date, 转正 when
 * already formal, and the 转入 that brought them here if so.
 */
export async function insertMember(
  tx: Tx,
  stamp: Stamper,
  m: MemberInput,
  transfer?: { date: string; details: Record<string, unknown> },
): Promise<string> {
  // A member first recorded here has been a member since joining; a transfer starts a new stay.
  const id = await insertRecord(tx, stamp, 'member', newMemberRow(m, transfer?.date ?? null));
  const add = (kind: string, date: string, details: Record<string, unknown> = {}) =>
    insertRecord(tx, stamp, 'member_event', {
      member_id: id,
      kind,
      event_date: date,
      details: JSON.stringify(details),
      note: '',
    });
  await add('joined', m.joinedOn);
  if (m.confirmedOn) await add('confirm', m.confirmedOn);
  if (transfer) await add('transfer_in', transfer.date, transfer.details);
  return id;
}

/** Keeps the 入党/转正 history lines in step when those dates are corrected. */
async function syncStartEvents(tx: Tx, stamp: Stamper, id: string, m: MemberInput): Promise<void> {
  const events = await listMemberEvents(tx, id);
  const joined = events.find((e) => e.kind === 'joined');
  if (joined) await updateRecord(tx, stamp, 'member_event', joined.id, { event_date: m.joinedOn });
  const confirm = events.find((e) => e.kind === 'confirm');
  if (confirm && m.confirmedOn)
    await updateRecord(tx, stamp, 'member_event', confirm.id, { event_date: m.confirmedOn });
}

export async function createMember(ctx: ServiceContext, m: MemberInput): Promise<MemberDetail> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    await checkMember(tx, m, today);
    const id = await insertMember(tx, stamp, m);
    return memberDetail(tx, id, today);
  });
}

export async function updateMember(ctx: ServiceContext, input: ParsedInput<'members.update'>): Promise<MemberDetail> {
  const { id, ...m } = input;
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findMember(tx, id);
    if (!row) throw new ServiceError('NOT_FOUND', '找不到该党员');
    if (m.kind !== row.kind)
      throw new ServiceError('VALIDATION', '党员类别不能直接修改，请办理“预备党员转正”等事项', 'kind');
    await checkMember(tx, m, today, id);
    await updateRecord(tx, stamp, 'member', id, memberColumns(m));
    await syncStartEvents(tx, stamp, id, m);
    return memberDetail(tx, id, today);
  });
}

/**
 * 转入 with a 介绍信: a new member, or one who once left this branch coming back (same ID
 * number), whose old record and history are kept and reactivated.
 */
export async function transferIn(ctx: ServiceContext, input: ParsedInput<'members.transferIn'>): Promise<MemberDetail> {
  const org = await requireOrganization(ctx);
  const { member: m, date, relayId, ...letter } = input;
  const today = ctx.clock.today();
  if (date > today) throw new ServiceError('VALIDATION', '转入日期不能晚于今天', 'date');
  return inTransaction(ctx, async (tx, stamp) => {
    const relay = relayId ? await pendingRelay(tx, relayId, org.code) : null;
    const former = await findMemberByIdNumber(tx, m.idNumber);
    if (former && former.status !== 'transferred_out')
      throw new ServiceError('VALIDATION', `公民身份号码与已有党员“${former.name}”重复`, 'member.idNumber');
    await checkMember(tx, m, today, former?.id, 'member.');
    const details = { letterNo: letter.letterNo, counterpartOrg: letter.counterpartOrg };
    let id: string;
    if (former) {
      id = former.id;
      await updateRecord(tx, stamp, 'member', id, { ...memberColumns(m), status: 'active', status_since: date });
      await insertRecord(tx, stamp, 'member_event', {
        member_id: id,
        kind: 'transfer_in',
        event_date: date,
        details: JSON.stringify(details),
        note: letter.note,
      });
    } else {
      id = await insertMember(tx, stamp, m, { date, details });
    }
    await insertRecord(tx, stamp, 'transfer', {
      member_id: id,
      direction: 'in',
      letter_no: letter.letterNo,
      counterpart_org: letter.counterpartOrg,
      issued_on: letter.issuedOn,
      valid_days: letter.validDays,
      dues_paid_to: letter.duesPaidTo,
      receipt_on: null,
      handler: letter.handler,
      note: letter.note,
      counterpart_code: relay?.from_code ?? null,
    });
    // The answer travels back through the office, which writes the 回执 on the sender's letter.
    if (relay) await updateRecord(tx, stamp, 'transfer_relay', relay.id, { status: 'accepted', answered_on: date });
    return memberDetail(tx, id, today);
  });
}
