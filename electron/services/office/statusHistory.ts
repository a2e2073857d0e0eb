import { allRemittances, type BasisRowDb, type PaymentRowDb, type RemittanceRowDb } from '../../../db/queries/dues.js';
import { devSteps, listDevPeople, type DevPersonRow, type DevStepRow } from '../../../db/queries/development.js';
import type { OrgType } from '../../api/org.js';
import { complianceInputs, type ComplianceInputs } from '../compliance/calendar.js';
import type { ServiceContext } from '../context.js';
import { standingInputs, type StandingInputs } from '../dues/standing.js';
import { requireOrganization } from '../org/profile.js';
import type { MemberHistory } from '../../../db/queries/history.js';
import { packRows, unpackRows, type PackedRows } from './packedRows.js';

/**
 * What a branch's lights on ANY day up to its last bundle are worked out from (统计 as of a past
 * day), kept per branch so that no branch's records are read again: the inputs its own rules
 * read, with every meeting, talk, payment and remittance it ever recorded. A past day's lights
 * are the rules run on these inputs less the records of those four kinds dated after that day
 * (status.ts statusAsOf): the branch's own file as it stood that day.
 */
export interface StatusHistory {
  orgType: OrgType;
  termStartedOn: string | null;
  compliance: ComplianceInputs;
  dues: StandingInputs;
  remittances: RemittanceRowDb[];
  devPeople: DevPersonRow[];
  devSteps: DevStepRow[];
}

/** The development rows without what the checks never read (the office keeps them in its file already). */
function devFacts(people: readonly DevPersonRow[]): DevPersonRow[] {
  return people.map((p) => ({ ...p, id_number: '', phone: '', address: '', note: '', work_unit: '' }));
}

/** The step details development/mapping.ts judges (公示 days, votes, 培训 length), when given; the rest is left out. */
const JUDGED_DETAILS = ['publicityFrom', 'publicityTo', 'yes', 'entitled', 'endDate', 'hours'];

function stepFacts(steps: readonly DevStepRow[]): DevStepRow[] {
  return steps.map((s) => {
    const details = JSON.parse(s.details) as Record<string, unknown>;
    const kept = Object.fromEntries(
      Object.entries(details).filter(([k, v]) => v !== null && JUDGED_DETAILS.includes(k)),
    );
    return { ...s, created_at: '', updated_at: '', details: JSON.stringify(kept) };
  });
}

/**
 * The payment columns the 党费 rules read; the rest (who handled it, the receipt) is left out, and
 * so is the id unless a correction names it: a county's histories are read back whole for every
 * past day asked about (issue #12), and the ids were a tenth of them.
 */
function paymentFacts(payments: readonly PaymentRowDb[]): PaymentRowDb[] {
  const corrected = new Set(payments.map((p) => p.corrects_id).filter((id) => id !== null));
  return payments.map((p) => ({
    ...p,
    id: corrected.has(p.id) ? p.id : '',
    created_at: '',
    updated_at: '',
    handler: '',
    receipt_no: '',
    method: '',
    note: '',
    member_name: '',
  }));
}

/** The basis columns the 党费 rules read (in the order read, which the row order keeps). */
function basisFacts(b: BasisRowDb): BasisRowDb {
  return { ...b, id: '', created_at: '', updated_at: '', decision_on: null, approval_ref: '', note: '' };
}

function remittanceFacts(r: RemittanceRowDb): RemittanceRowDb {
  return {
    ...r,
    created_at: '',
    updated_at: '',
    period_label: '',
    method: '',
    receipt_no: '',
    handler: '',
    receiver: '',
    note: '',
  };
}

/** Reads a branch's history through `ctx` (a lens on it, or its own database). */
export async function statusHistory(ctx: ServiceContext): Promise<StatusHistory> {
  const org = await requireOrganization(ctx);
  const [compliance, dues, remits, people, steps] = await Promise.all([
    complianceInputs(ctx.db, '0000-01-01', '9999-12-31'),
    standingInputs(ctx.db),
    allRemittances(ctx.db),
    listDevPeople(ctx.db),
    devSteps(ctx.db),
  ]);
  return {
    orgType: org.org_type as OrgType,
    termStartedOn: org.term_started_on,
    // The calendar only counts the meetings of a period: a number each tells them apart in a tenth
    // of the room their ids took.
    compliance: { ...compliance, meetings: compliance.meetings.map((m, i) => ({ ...m, id: String(i) })) },
    dues: { ...dues, bases: dues.bases.map(basisFacts), payments: paymentFacts(dues.payments) },
    remittances: remits.map(remittanceFacts),
    devPeople: devFacts(people),
    devSteps: stepFacts(steps),
  };
}

/**
 * A history as the office keeps it (pastStatus.ts): its row lists packed (packedRows.ts), and the
 * members' histories once, since the 组织生活 and 党费 inputs read the same ones.
 */
export interface PackedHistory {
  orgType: OrgType;
  termStartedOn: string | null;
  compliance: Omit<ComplianceInputs, 'meetings' | 'talks' | 'histories'> & {
    meetings: PackedRows;
    talks: PackedRows;
    histories: PackedRows;
  };
  dues: { bases: PackedRows; payments: PackedRows; duesStartMonth: string | null };
  remittances: PackedRows;
  devPeople: PackedRows;
  devSteps: PackedRows;
}

export function packHistory(h: StatusHistory): PackedHistory {
  const { meetings, talks, histories, ...calendar } = h.compliance;
  return {
    orgType: h.orgType,
    termStartedOn: h.termStartedOn,
    compliance: { ...calendar, meetings: packRows(meetings), talks: packRows(talks), histories: packRows(histories) },
    dues: { bases: packRows(h.dues.bases), payments: packRows(h.dues.payments), duesStartMonth: h.dues.duesStartMonth },
    remittances: packRows(h.remittances),
    devPeople: packRows(h.devPeople),
    devSteps: packRows(h.devSteps),
  };
}

export function unpackHistory(p: PackedHistory): StatusHistory {
  const { meetings, talks, histories, ...calendar } = p.compliance;
  const members = unpackRows<MemberHistory>(histories);
  return {
    orgType: p.orgType,
    termStartedOn: p.termStartedOn,
    compliance: {
      ...calendar,
      meetings: unpackRows(meetings),
      talks: unpackRows(talks),
      histories: members,
    },
    dues: {
      histories: members,
      bases: unpackRows(p.dues.bases),
      payments: unpackRows(p.dues.payments),
      duesStartMonth: p.dues.duesStartMonth,
    },
    remittances: unpackRows(p.remittances),
    devPeople: unpackRows(p.devPeople),
    devSteps: unpackRows(p.devSteps),
  };
}
