import type { Kysely } from 'kysely';
import {
  devSteps,
  findDevPerson,
  findDevPersonByIdNumber,
  listDevPeople,
  type DevPersonRow,
  type DevStepRow,
} from '../../../db/queries/development.js';
import { memberNames } from '../../../db/queries/members.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { DevDashboard, DevDetail, DevPersonInput, DevSummary } from '../../api/development.js';
import { DEV_STAGES, type DevStage } from '../../api/devSteps.js';
import { identityIssues } from '../rules/members.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { addYears } from '../rules/dates.js';
import { inTransaction } from '../tx.js';
import { toDetail, toSummary } from './mapping.js';

/** 入党 requires 18 full years at application (党章 art. 1). */
export const MIN_APPLY_AGE = 18;

export async function devDetail(db: Kysely<Database>, id: string, today: string): Promise<DevDetail> {
  const p = await findDevPerson(db, id);
  if (!p) throw new ServiceError('NOT_FOUND', '找不到该发展对象');
  const steps = await devSteps(db, [id]);
  return toDetail(p, steps, await memberNames(db), today);
}

function columns(p: DevPersonInput) {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    id_number: p.idNumber,
    birth_date: p.birthDate,
    education: p.education,
    occupation: p.occupation,
    work_unit: p.workUnit,
    phone: p.phone,
    address: p.address,
    group_id: p.groupId,
    note: p.note,
  };
}

function personIssues(p: DevPersonInput, appliedOn: string | null, today: string) {
  const issues = identityIssues(p, 'person.');
  if (appliedOn && appliedOn > today) issues.push({ field: 'appliedOn', message: '递交申请书日期不能晚于今天' });
  if (appliedOn && appliedOn < addYears(p.birthDate, MIN_APPLY_AGE))
    issues.push({ field: 'appliedOn', message: `递交入党申请书时应年满 ${MIN_APPLY_AGE} 周岁` });
  return issues;
}

export async function createDevPerson(
  ctx: ServiceContext,
  person: DevPersonInput,
  appliedOn: string,
): Promise<DevDetail> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  const issues = personIssues(person, appliedOn, today);
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx, stamp) => {
    const same = await findDevPersonByIdNumber(tx, person.idNumber);
    if (same) throw invalid([{ field: 'person.idNumber', message: `公民身份号码与已登记的“${same.name}”重复` }]);
    const id = await insertRecord(tx, stamp, 'dev_person', columns(person));
    await insertRecord(tx, stamp, 'dev_step', { person_id: id, step: 'apply', done_on: appliedOn, details: '{}' });
    return devDetail(tx, id, today);
  });
}

export async function updateDevPerson(ctx: ServiceContext, id: string, person: DevPersonInput): Promise<DevDetail> {
  const today = ctx.clock.today();
  const issues = personIssues(person, null, today);
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findDevPerson(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该发展对象');
    const same = await findDevPersonByIdNumber(tx, person.idNumber);
    if (same && same.id !== id)
      throw invalid([{ field: 'person.idNumber', message: `公民身份号码与已登记的“${same.name}”重复` }]);
    await updateRecord(tx, stamp, 'dev_person', id, columns(person));
    return devDetail(tx, id, today);
  });
}

export async function listDev(ctx: ServiceContext): Promise<DevSummary[]> {
  const [people, steps] = await Promise.all([listDevPeople(ctx.db), devSteps(ctx.db)]);
  return listDevOf(people, steps, ctx.clock.today());
}

/** Everyone in the pipeline as judged on `today`, from rows already read. */
export function listDevOf(people: readonly DevPersonRow[], steps: readonly DevStepRow[], today: string): DevSummary[] {
  const byPerson = new Map<string, DevStepRow[]>();
  for (const s of steps) byPerson.set(s.person_id, [...(byPerson.get(s.person_id) ?? []), s]);
  return people.map((p) => toSummary(p, byPerson.get(p.id) ?? [], today));
}

export async function devDashboard(ctx: ServiceContext): Promise<DevDashboard> {
  return devDashboardOf(await listDev(ctx));
}

export function devDashboardOf(list: readonly DevSummary[]): DevDashboard {
  const counts = Object.fromEntries(DEV_STAGES.map((s) => [s, 0])) as Record<DevStage, number>;
  for (const p of list) counts[p.stage] += 1;
  const tagged = list.flatMap((p) => p.checks.map((c) => ({ ...c, personId: p.id, name: p.name })));
  return {
    counts,
    upcoming: tagged.filter((c) => c.level === 'warning').sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '')),
    flags: tagged.filter((c) => c.level === 'flag'),
  };
}
