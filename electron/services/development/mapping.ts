import type { DevPersonRow, DevStepRow } from '../../../db/queries/development.js';
import type { DevDetail, DevPersonInput, DevSummary, StepRecord } from '../../api/development.js';
import { DEV_STEPS, REPEATABLE_STEPS, type DevStage, type DevStep } from '../../api/devSteps.js';
import type { Education, Ethnicity, Occupation } from '../../api/memberOptions.js';
import { developmentChecks, probationEnds, trainingShort, type StepDates } from '../rules/development.js';

export function stepDates(steps: readonly DevStepRow[]): StepDates {
  const out: StepDates = {};
  for (const s of steps) {
    const step = s.step as DevStep;
    if (!(DEV_STEPS as readonly string[]).includes(step)) continue;
    (out[step] ??= []).push(s.done_on);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

export function stageOf(p: DevPersonRow, d: StepDates): DevStage {
  if (p.cancelled_on) return 'cancelled';
  if (d.confirm_approval) return 'member';
  if (d.approval) return 'probationary';
  if (d.candidate) return 'candidate';
  if (d.activist) return 'activist';
  return 'applicant';
}

function nextStep(d: StepDates): DevStep | null {
  return DEV_STEPS.find((s) => !REPEATABLE_STEPS.includes(s) && !d[s]) ?? null;
}

export function toSummary(p: DevPersonRow, steps: readonly DevStepRow[], today: string): DevSummary {
  const d = stepDates(steps);
  const checks = developmentChecks(d, today, p.extended_months ?? 0, p.cancelled_on !== null);
  const training = steps.find((s) => s.step === 'training');
  if (training && !p.cancelled_on) {
    const t = JSON.parse(training.details) as { endDate?: string | null; hours?: number | null };
    if (trainingShort(training.done_on, t.endDate ?? null, t.hours ?? null))
      checks.push({ step: 'training', level: 'flag', message: '集中培训时间不足 3 天或 24 学时', dueOn: null });
  }
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    birthDate: p.birth_date,
    stage: stageOf(p, d),
    appliedOn: d.apply?.[0] ?? null,
    nextStep: p.cancelled_on ? null : nextStep(d),
    checks,
    memberId: p.member_id,
  };
}

export function toInput(p: DevPersonRow): DevPersonInput {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity as Ethnicity,
    idNumber: p.id_number,
    birthDate: p.birth_date,
    education: p.education as Education | '',
    occupation: p.occupation as Occupation | '',
    workUnit: p.work_unit,
    phone: p.phone,
    address: p.address,
    groupId: p.group_id,
    note: p.note,
  };
}

export function toDetail(
  p: DevPersonRow,
  steps: readonly DevStepRow[],
  names: ReadonlyMap<string, string>,
  today: string,
): DevDetail {
  return {
    ...toSummary(p, steps, today),
    input: toInput(p),
    steps: steps.map((s): StepRecord => {
      const details = JSON.parse(s.details) as StepRecord['details'];
      return {
        id: s.id,
        step: s.step as StepRecord['step'],
        date: s.done_on,
        details,
        memberNames: (details.memberIds ?? []).map((id) => names.get(id) ?? ''),
      };
    }),
    probationEndsOn: probationEnds(stepDates(steps), p.extended_months ?? 0),
  };
}
