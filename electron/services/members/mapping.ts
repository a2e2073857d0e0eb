import type { MemberEventRow } from '../../../db/queries/memberEvents.js';
import type { MemberRow } from '../../../db/queries/members.js';
import type { TransferRow } from '../../../db/queries/transfers.js';
import type { NewRecord } from '../../../db/records.js';
import type {
  MemberDetail,
  MemberEvent,
  MemberEventKind,
  MemberInput,
  MemberSummary,
  TransferLetter,
} from '../../api/members.js';
import type { Education, Ethnicity, LeaveKind, Occupation } from '../../api/memberOptions.js';
import { addMonths } from '../rules/dates.js';
import { age, partyYears, politicalBirthday, probationEndsOn, RECEIPT_OVERDUE_MONTHS } from '../rules/members.js';
import { searchKey } from './search.js';

/** The member columns a form sets; lifecycle columns are left to events. */
export function memberColumns(m: MemberInput) {
  return {
    name: m.name,
    gender: m.gender,
    ethnicity: m.ethnicity,
    id_number: m.idNumber,
    birth_date: m.birthDate,
    native_place: m.nativePlace,
    education: m.education,
    degree: m.degree,
    occupation: m.occupation,
    work_unit: m.workUnit,
    phone: m.phone,
    address: m.address,
    joined_on: m.joinedOn,
    confirmed_on: m.confirmedOn,
    kind: m.kind,
    group_id: m.groupId,
    party_post: m.partyPost,
    remarks: m.remarks,
    search_key: searchKey(m.name),
  };
}

/** A new member's full row: form columns plus a clean lifecycle state. */
export function newMemberRow(m: MemberInput, since: string | null): NewRecord<'member'> {
  return {
    ...memberColumns(m),
    status: 'active',
    status_since: since,
    probation_extended_months: null,
    is_mobile: 0,
    mobile_since: null,
    mobile_destination: '',
    mobile_reason: '',
    mobile_org: '',
    mobile_card: '',
    mobile_contact: '',
    mobile_dues: '',
    lost_contact: 0,
    lost_since: null,
    hardship: 0,
    hardship_since: null,
    hardship_note: '',
  };
}

export function toInput(r: MemberRow): MemberInput {
  return {
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity as Ethnicity,
    idNumber: r.id_number,
    birthDate: r.birth_date,
    nativePlace: r.native_place,
    education: r.education as Education | '',
    degree: r.degree,
    occupation: r.occupation as Occupation | '',
    workUnit: r.work_unit,
    phone: r.phone,
    address: r.address,
    joinedOn: r.joined_on,
    confirmedOn: r.confirmed_on,
    kind: r.kind,
    groupId: r.group_id,
    partyPost: r.party_post,
    remarks: r.remarks,
  };
}

export function toSummary(r: MemberRow, today: string): MemberSummary {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity,
    idNumber: r.id_number,
    birthDate: r.birth_date,
    education: r.education,
    occupation: r.occupation,
    workUnit: r.work_unit,
    phone: r.phone,
    joinedOn: r.joined_on,
    confirmedOn: r.confirmed_on,
    kind: r.kind,
    groupId: r.group_id,
    groupName: r.group_name ?? '',
    partyPost: r.party_post,
    status: r.status,
    statusSince: r.status_since,
    age: age(r.birth_date, today),
    partyYears: partyYears(r.confirmed_on, today),
    politicalBirthday: politicalBirthday(r.joined_on),
    flags: {
      mobile: r.is_mobile ? { since: r.mobile_since, destination: r.mobile_destination } : null,
      lostContact: r.lost_contact ? { since: r.lost_since } : null,
      hardship: r.hardship ? { since: r.hardship_since, note: r.hardship_note } : null,
    },
    searchKey: r.search_key,
  };
}

export function toEvent(r: MemberEventRow): MemberEvent {
  return {
    id: r.id,
    kind: r.kind as MemberEventKind,
    date: r.event_date,
    details: JSON.parse(r.details) as MemberEvent['details'],
    note: r.note,
    recordedAt: r.created_at.slice(0, 10),
  };
}

export function toTransfer(r: TransferRow, today: string): TransferLetter {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    direction: r.direction,
    letterNo: r.letter_no,
    counterpartOrg: r.counterpart_org,
    issuedOn: r.issued_on,
    validDays: r.valid_days,
    duesPaidTo: r.dues_paid_to,
    receiptOn: r.receipt_on,
    handler: r.handler,
    note: r.note,
    overdue: r.direction === 'out' && !r.receipt_on && today > addMonths(r.issued_on, RECEIPT_OVERDUE_MONTHS),
    relay: r.relay_status
      ? { status: r.relay_status, answeredOn: r.relay_answered_on, answerNote: r.relay_answer_note ?? '' }
      : null,
  };
}

export function toDetail(
  r: MemberRow,
  events: MemberEventRow[],
  transfers: TransferRow[],
  today: string,
): MemberDetail {
  const leave = events.filter((e) => e.kind === 'leave').at(-1);
  return {
    ...toSummary(r, today),
    input: toInput(r),
    leaveKind: leave ? ((JSON.parse(leave.details) as { leaveKind?: LeaveKind }).leaveKind ?? null) : null,
    probationExtendedMonths: r.probation_extended_months,
    probationEndsOn: r.kind === 'probationary' ? probationEndsOn(r.joined_on, r.probation_extended_months) : null,
    mobile: {
      since: r.mobile_since,
      destination: r.mobile_destination,
      reason: r.mobile_reason,
      org: r.mobile_org,
      card: r.mobile_card,
      contact: r.mobile_contact,
      dues: r.mobile_dues,
    },
    remarks: r.remarks,
    events: events.map(toEvent),
    transfers: transfers.map((t) => toTransfer(t, today)),
  };
}
