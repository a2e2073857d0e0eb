import type { TransferEntry, TransfersLedgerData } from '../../../renderer/ledgers/types.js';
import { listEventsOfKinds, type MemberEventRow } from '../../../db/queries/memberEvents.js';
import type { MemberSummary, TransferLetter } from '../../api/members.js';
import type { MemberKind } from '../../api/memberOptions.js';
import type { ServiceContext } from '../context.js';
import { rosterSummaries } from '../members/records.js';
import { listTransferLetters } from '../members/transfers.js';
import { requireOrganization } from '../org/profile.js';

/** 正式/预备 on the day the letter was issued: a member confirmed later was still 预备 then. */
export function kindOn(member: MemberSummary, date: string): MemberKind {
  if (member.kind === 'probationary') return 'probationary';
  return member.confirmedOn && member.confirmedOn > date ? 'probationary' : 'formal';
}

function detailText(e: MemberEventRow, key: string): string {
  const value = (JSON.parse(e.details) as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The 办理日期 of a letter is the date of the 转入/转出 recorded with it, which the letter row
 * does not keep: the member's event of that direction naming the same letter, on or after its
 * issue (each event answers one letter). Failing that, the issue date.
 */
function handledOnFinder(events: MemberEventRow[]): (t: TransferLetter) => string {
  const used = new Set<string>();
  return (t) => {
    const same = events.filter(
      (e) =>
        !used.has(e.id) &&
        e.member_id === t.memberId &&
        e.kind === `transfer_${t.direction}` &&
        detailText(e, 'letterNo') === t.letterNo &&
        detailText(e, 'counterpartOrg') === t.counterpartOrg,
    );
    const match = same.find((e) => e.event_date >= t.issuedOn) ?? same[0];
    if (!match) return t.issuedOn;
    used.add(match.id);
    return match.event_date;
  };
}

/** The 介绍信 issued in the year, in and out, oldest first. */
export async function transfersLedgerData(ctx: ServiceContext, year: number): Promise<TransfersLedgerData> {
  const org = await requireOrganization(ctx);
  const [letters, members, events] = await Promise.all([
    listTransferLetters(ctx),
    rosterSummaries(ctx, 'all'),
    listEventsOfKinds(ctx.db, ['transfer_in', 'transfer_out']),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const handledOn = handledOnFinder(events);
  const entries: TransferEntry[] = [];
  for (const t of letters) {
    // Every letter is matched in date order so an earlier year's letter keeps its own event.
    const handled = handledOn(t);
    if (Number(t.issuedOn.slice(0, 4)) !== year) continue;
    const m = byId.get(t.memberId);
    entries.push({
      id: t.id,
      direction: t.direction,
      name: t.memberName,
      gender: m?.gender ?? null,
      idNumber: m?.idNumber ?? '',
      kind: m ? kindOn(m, t.issuedOn) : null,
      letterNo: t.letterNo,
      counterpartOrg: t.counterpartOrg,
      duesPaidTo: t.duesPaidTo,
      validDays: t.validDays,
      handledOn: handled,
      receiptOn: t.receiptOn,
      handler: t.handler,
      note: t.note,
      overdue: t.overdue,
    });
  }
  return { ledger: 'transfers', year, printedOn: ctx.clock.today(), orgName: org.name, entries };
}
