import type {
  DevelopmentLedgerData,
  DevelopmentListsLedgerData,
  DevelopmentRecordLedgerData,
} from '../../../renderer/ledgers/development/types.js';
import { devSteps, listDevPeople, type DevPersonRow } from '../../../db/queries/development.js';
import { memberNames } from '../../../db/queries/members.js';
import { listAllGroups } from '../../../db/queries/partyGroup.js';
import type { DevDetail } from '../../api/development.js';
import type { ServiceContext } from '../context.js';
import { toDetail } from '../development/mapping.js';
import { ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';

/** The year's last day, or today while the year runs: the day a yearly ledger is taken on. */
export function ledgerDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/**
 * Everyone's record as it stood on `day`: the steps done by then, 延长 and 取消 only once
 * they happened, and the rules checked as of that day — so a past year prints as it was, not
 * with what came after. People who had not yet applied are left out.
 */
async function peopleOn(ctx: ServiceContext, day: string): Promise<DevDetail[]> {
  const [people, steps, names] = await Promise.all([listDevPeople(ctx.db), devSteps(ctx.db), memberNames(ctx.db)]);
  const out: DevDetail[] = [];
  for (const p of people) {
    const own = steps.filter((s) => s.person_id === p.id && s.done_on <= day);
    if (!own.some((s) => s.step === 'apply')) continue;
    const extended = own.some((s) => s.step === 'extend_probation');
    const row: DevPersonRow = {
      ...p,
      cancelled_on: p.cancelled_on !== null && p.cancelled_on <= day ? p.cancelled_on : null,
      extended_months: extended ? p.extended_months : null,
    };
    out.push(toDetail(row, own, names, day));
  }
  return out;
}

const appliedOn = (d: DevDetail) => d.appliedOn ?? '';
const byApplication = (a: DevDetail, b: DevDetail) =>
  appliedOn(a).localeCompare(appliedOn(b)) || a.name.localeCompare(b.name, 'zh-CN');

/**
 * In the pipeline at some time in the year: applied by its end, and not finished (转正 or
 * 取消资格, with its filing) before it began. This takes in everyone with a step in the year
 * and also those the branch owed a step to but did nothing for — what an inspector looks for.
 */
function inYear(d: DevDetail, year: number): boolean {
  if (d.stage !== 'member' && d.stage !== 'cancelled') return true;
  const last = d.steps.reduce((max, s) => (s.date > max ? s.date : max), '');
  return last >= `${year}-01-01`;
}

async function base(ctx: ServiceContext, year: number) {
  const [org, groups] = await Promise.all([requireOrganization(ctx), listAllGroups(ctx.db)]);
  return {
    year,
    printedOn: ctx.clock.today(),
    orgName: org.name,
    groupNames: Object.fromEntries(groups.map((g) => [g.id, g.name])),
  };
}

export async function developmentLedgerData(ctx: ServiceContext, year: number): Promise<DevelopmentLedgerData> {
  const b = await base(ctx, year);
  const people = await peopleOn(ctx, ledgerDay(year, b.printedOn));
  return { ledger: 'development', ...b, people: people.filter((d) => inYear(d, year)).sort(byApplication) };
}

/**
 * One person's whole record to date (`person`), or the record of everyone in the pipeline
 * during the year. A record is the person's whole process, so it runs to today, not to the
 * year's end.
 */
export async function developmentRecordData(
  ctx: ServiceContext,
  year: number,
  person?: string,
): Promise<DevelopmentRecordLedgerData> {
  const b = await base(ctx, year);
  const today = b.printedOn;
  if (person !== undefined) {
    const one = (await peopleOn(ctx, today)).find((d) => d.id === person);
    if (!one) throw new ServiceError('NOT_FOUND', '找不到该发展对象');
    return { ledger: 'development-record', ...b, people: [one], single: true };
  }
  const ids = new Set((await peopleOn(ctx, ledgerDay(year, today))).filter((d) => inYear(d, year)).map((d) => d.id));
  const people = (await peopleOn(ctx, today)).filter((d) => ids.has(d.id)).sort(byApplication);
  return { ledger: 'development-record', ...b, people, single: false };
}

/** Who was 入党积极分子 and who 发展对象 on the year's last day (or today), longest-standing first. */
export async function developmentListsData(ctx: ServiceContext, year: number): Promise<DevelopmentListsLedgerData> {
  const b = await base(ctx, year);
  const asOf = ledgerDay(year, b.printedOn);
  const people = await peopleOn(ctx, asOf);
  const since = (d: DevDetail, step: 'activist' | 'candidate') => d.steps.find((s) => s.step === step)?.date ?? '';
  const inStage = (stage: 'activist' | 'candidate') =>
    people
      .filter((d) => d.stage === stage)
      .sort((x, y) => since(x, stage).localeCompare(since(y, stage)) || byApplication(x, y));
  return {
    ledger: 'development-lists',
    ...b,
    asOf,
    activists: inStage('activist'),
    candidates: inStage('candidate'),
  };
}
