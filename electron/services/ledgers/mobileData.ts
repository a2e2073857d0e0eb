import type { MobileEntry, MobileLedgerData } from '../../../renderer/ledgers/types.js';
import { listEventsOfKinds, type MemberEventRow } from '../../../db/queries/memberEvents.js';
import { listMembers, type MemberRow } from '../../../db/queries/members.js';
import type { ServiceContext } from '../context.js';
import { requireOrganization } from '../org/profile.js';

/** A stretch away: from a mobile_start to its mobile_end, or still open. */
interface Period {
  start: MemberEventRow;
  end: MemberEventRow | null;
}

function details(e: MemberEventRow): Record<string, string> {
  const parsed = JSON.parse(e.details) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

/** Each member's periods away, pairing every 外出 with the 返回 that follows it. */
export function mobilePeriods(events: MemberEventRow[]): Map<string, Period[]> {
  const ordered = [...events].sort(
    (a, b) => a.event_date.localeCompare(b.event_date) || a.created_at.localeCompare(b.created_at),
  );
  const byMember = new Map<string, Period[]>();
  for (const e of ordered) {
    const periods = byMember.get(e.member_id) ?? [];
    byMember.set(e.member_id, periods);
    const open = periods.at(-1)?.end === null ? periods.at(-1) : undefined;
    if (e.kind === 'mobile_start') periods.push({ start: e, end: null });
    else if (open) open.end = e;
  }
  return byMember;
}

/** 转出, 出党 and 去世 take a member off the branch and end their registration away with it. */
const LEAVING = new Set<MemberRow['status']>(['transferred_out', 'left', 'deceased']);

function entryOf(m: MemberRow | undefined, p: Period): MobileEntry {
  const d = details(p.start);
  const endedBy = !p.end && m && LEAVING.has(m.status) ? { status: m.status, on: m.status_since } : null;
  return {
    key: p.start.id,
    name: m?.name ?? '',
    gender: m?.gender ?? null,
    birthDate: m?.birth_date ?? null,
    joinedOn: m?.joined_on ?? null,
    since: p.start.event_date,
    destination: d.destination ?? '',
    reason: d.reason ?? '',
    org: d.org ?? '',
    card: d.card ?? '',
    contact: d.contact || (m?.phone ?? ''),
    dues: d.dues ?? '',
    returnedOn: p.end?.event_date ?? null,
    returnNote: p.end?.note ?? '',
    endedBy,
  };
}

/** A member flagged as away with no 外出 in the history (e.g. imported so): the row's own facts. */
function entryOfRow(m: MemberRow): MobileEntry {
  return {
    key: `member-${m.id}`,
    name: m.name,
    gender: m.gender,
    birthDate: m.birth_date,
    joinedOn: m.joined_on,
    since: m.mobile_since,
    destination: m.mobile_destination,
    reason: m.mobile_reason,
    org: m.mobile_org,
    card: m.mobile_card,
    contact: m.mobile_contact || m.phone,
    dues: m.mobile_dues,
    returnedOn: null,
    returnNote: '',
    endedBy: null,
  };
}

/** Whether a period (from `since` to its return or the member's leaving) touches the year. */
export function overlapsYear(e: MobileEntry, year: number): boolean {
  const end = e.returnedOn ?? e.endedBy?.on ?? null;
  return (e.since === null || e.since <= `${year}-12-31`) && (end === null || end >= `${year}-01-01`);
}

/**
 * Every period away that overlaps the year: members away now and those who returned (or left
 * the branch) during it, one row per period, by date of leaving.
 */
export async function mobileLedgerData(ctx: ServiceContext, year: number): Promise<MobileLedgerData> {
  const org = await requireOrganization(ctx);
  const [members, events] = await Promise.all([
    listMembers(ctx.db, 'all'),
    listEventsOfKinds(ctx.db, ['mobile_start', 'mobile_end']),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const periods = mobilePeriods(events);
  const entries: MobileEntry[] = [];
  for (const [memberId, list] of periods) for (const p of list) entries.push(entryOf(byId.get(memberId), p));
  for (const m of members) {
    const open = periods.get(m.id)?.some((p) => p.end === null) ?? false;
    if (m.is_mobile === 1 && !open) entries.push(entryOfRow(m));
  }
  const inYear = entries.filter((e) => overlapsYear(e, year));
  inYear.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.name.localeCompare(b.name, 'zh-CN'));
  return { ledger: 'mobile', year, printedOn: ctx.clock.today(), orgName: org.name, entries: inYear };
}
