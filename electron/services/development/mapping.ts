import type { DevPersonRow, DevStepRow } from '../../../db/queries/development.js';
import type { DevDetail, DevPersonInput, DevSummary, StepRecord } from '../../api/development.js';
import { DEV_STEPS, REPEATABLE_STEPS, type DevStage, type DevStep } from '../../api/devSteps.js';
import type { Education, Ethnicity, Occupation } from '../../api/memberOptions.js';
import {
  developmentChecks,
  probationEnds,
  publicityShort,
  PUBLICITY_MIN_DAYS,
  trainingShort,
  votePassed,
  voteFailedMessage,
  type StepDates,
} from '../rules/development.js';

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

/** Checks read from what a step recorded: a 公示 too short, a 支部大会 vote that failed. */
function detailChecks(steps: readonly DevStepRow[]): DevSummary['checks'] {
  const out: DevSummary['checks'] = [];
  const review = steps.find((s) => s.step === 'committee_review');
  if (review) {
    const r = JSON.parse(review.details) as { publicityFrom?: string | null; publicityTo?: string | null };
    if (r.publicityFrom && r.publicityTo && publicityShort(r.publicityFrom, r.publicityTo))
      out.push({
        step: 'committee_review',
        level: 'flag',
        message: `公示 ${r.publicityFrom} 至 ${r.publicityTo} 不足 ${PUBLICITY_MIN_DAYS} 天`,
        dueOn: null,
      });
  }
  for (const vote of steps.filter((s) => s.step === 'congress_vote' || s.step === 'confirm_vote')) {
    const v = JSON.parse(vote.details) as { yes?: number | null; entitled?: number };
    if (typeof v.entitled === 'number' && !votePassed(v.yes ?? 0, v.entitled))
      out.push({
        step: vote.step as DevStep,
        level: 'flag',
        message: voteFailedMessage(v.yes ?? 0, v.entitled),
        dueOn: null,
      });
  }
  return out;
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
  if (!p.cancelled_on) checks.push(...detailChecks(steps));
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
