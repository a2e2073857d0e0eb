import type { DevDetail, StepRecord } from '../../../electron/api/development.js';
import { STEP_STAGE, type DevEvent, type DevStep } from '../../../electron/api/devSteps.js';
import { GENDER_LABELS } from '../../../electron/api/memberOptions.js';
import { EMPTY, formatDate } from '../format.js';

/**
 * What the 发展党员 ledgers read off a person's step records. A step's details are stored as
 * the form sent them: the application (recorded with the person) and the two events carry
 * only some fields, so every field is read as possibly missing.
 */
export type StepDetails = Partial<StepRecord['details']>;

/** The person's records of one step, oldest first (考察 repeats). */
export function stepsOf(d: DevDetail, step: DevStep | DevEvent): StepRecord[] {
  return d.steps.filter((s) => s.step === step).sort((a, b) => a.date.localeCompare(b.date));
}

export function firstStep(d: DevDetail, step: DevStep | DevEvent): StepRecord | undefined {
  return stepsOf(d, step)[0];
}

export function dateOf(d: DevDetail, step: DevStep | DevEvent): string | null {
  return firstStep(d, step)?.date ?? null;
}

export function detailsOf(d: DevDetail, step: DevStep | DevEvent): StepDetails {
  return firstStep(d, step)?.details ?? {};
}

/** A text field of a step, trimmed; empty when the step or the field is missing. */
export function textOf(
  d: DevDetail,
  step: DevStep | DevEvent,
  field: 'responsible' | 'method' | 'ref' | 'conclusion' | 'formNumber' | 'note' | 'reason',
): string {
  const value = detailsOf(d, step)[field];
  return typeof value === 'string' ? value.trim() : '';
}

/** 培养联系人 / 入党介绍人 as recorded with the step. */
export function namesOf(d: DevDetail, step: 'mentors' | 'sponsors'): string[] {
  return (firstStep(d, step)?.memberNames ?? []).filter((n) => n.trim() !== '');
}

export const genderOf = (d: DevDetail): string => GENDER_LABELS[d.gender];

/** `张建国、李秀英`; empty when nobody is recorded. */
export const joinNames = (names: readonly string[], separator = '、'): string => names.join(separator);

/** `2025.05.07至05.13` within a year, else both dates in full; empty without a start. */
export function formatRange(from: string | null | undefined, to: string | null | undefined): string {
  const start = formatDate(from);
  if (start === EMPTY) return '';
  const end = formatDate(to);
  if (end === EMPTY || end === start) return start;
  return `${start}至${end.slice(0, 4) === start.slice(0, 4) ? end.slice(5) : end}`;
}

/** `赞成12票，反对0票，弃权1票`; empty when the votes were not recorded. */
export function votesOf(details: StepDetails): string {
  const { yes, no, abstain } = details;
  if (yes === undefined || yes === null || no === undefined || no === null) return '';
  return `赞成${yes}票，反对${no}票，弃权${abstain ?? 0}票`;
}

/** 集中培训 as `2025.04.10至04.12`, then `（24学时）` on its own line. */
export function trainingOf(d: DevDetail): string {
  const t = firstStep(d, 'training');
  if (!t) return '';
  const range = formatRange(t.date, t.details.endDate);
  const hours = typeof t.details.hours === 'number' ? `\n（${t.details.hours}学时）` : '';
  return `${range}${hours}`;
}

/** 公示 as `2025.05.07至05.13`, recorded with the 支部委员会审查. */
export function publicityOf(d: DevDetail): string {
  const s = detailsOf(d, 'committee_review');
  return formatRange(s.publicityFrom, s.publicityTo);
}

/**
 * The short words a register's 备注 uses for each rule broken (DevCheck flags; warnings are
 * reminders, not facts, and stay off paper). 突击发展 is the inspectors' own term.
 */
const FLAG_WORDS: Partial<Record<DevStep, string>> = {
  talk: '谈话超期',
  review: '考察超期',
  candidate: '突击发展',
  vetting: '政审材料过期',
  training: '培训学时不足',
  approval: '审批超期',
  confirm_vote: '预备期满未讨论转正',
  confirm_approval: '转正审批超期',
};

function eventWords(d: DevDetail): string[] {
  const out: string[] = [];
  const extension = firstStep(d, 'extend_probation');
  if (extension) {
    const months = extension.details.months;
    out.push(typeof months === 'number' ? `延长预备期${months}个月` : '延长预备期');
  }
  if (firstStep(d, 'cancel')) out.push('取消资格');
  return out;
}

/** 备注 of a register: the rules broken, 延长预备期, 取消资格, then the branch's own note. */
export function devRemarks(d: DevDetail): string {
  const flags = d.checks.filter((c) => c.level === 'flag').map((c) => FLAG_WORDS[c.step] ?? '');
  const words = [...flags, ...eventWords(d), d.input.note.trim()].filter((w) => w !== '');
  return [...new Set(words)].join('；');
}

/** The stage (1–5) a step or event belongs to on the 纪实表. */
export function stageOfStep(step: DevStep | DevEvent): 1 | 2 | 3 | 4 | 5 {
  return step === 'extend_probation' || step === 'cancel' ? 5 : STEP_STAGE[step];
}

/**
 * 需要特别说明的情况 of one stage: the rules broken within it in full words, the notes written
 * with its steps, 延长预备期 / 取消资格 with their reasons (in the stage the person had reached),
 * and on the first page the branch's note on the person.
 */
export function stageNotes(d: DevDetail, stage: number): string[] {
  return stageNoteTexts(d, stage).map(dottedDates);
}

/** The rules write ISO dates (2026-07-26); paper uses the dotted form throughout. */
const dottedDates = (text: string) => text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$1.$2.$3');

function stageNoteTexts(d: DevDetail, stage: number): string[] {
  const out: string[] = [];
  if (stage === 1 && d.input.note.trim()) out.push(d.input.note.trim());
  for (const c of d.checks) if (c.level === 'flag' && STEP_STAGE[c.step] === stage) out.push(c.message);
  for (const s of [...d.steps].sort((a, b) => a.date.localeCompare(b.date))) {
    const note = typeof s.details.note === 'string' ? s.details.note.trim() : '';
    if (note && s.step !== 'extend_probation' && s.step !== 'cancel' && STEP_STAGE[s.step] === stage) out.push(note);
  }
  const extension = firstStep(d, 'extend_probation');
  if (extension && stage === 5) out.push(`${formatDate(extension.date)} 延长预备期：${extension.details.reason ?? ''}`);
  const cancel = firstStep(d, 'cancel');
  if (cancel && stage === reachedStage(d, cancel.date))
    out.push(`${formatDate(cancel.date)} 取消资格：${cancel.details.reason ?? ''}`);
  return out;
}

/** The stage of the last step recorded before `day`: where the person stood that day. */
function reachedStage(d: DevDetail, day: string): number {
  let stage = 1;
  for (const s of d.steps) if (s.date <= day && s.step !== 'cancel') stage = Math.max(stage, stageOfStep(s.step));
  return stage;
}

/** Whether any step of the stage has been recorded (a blank page is left to fill by hand). */
export function stageStarted(d: DevDetail, stage: number): boolean {
  return d.steps.some((s) => s.step !== 'cancel' && stageOfStep(s.step) === stage);
}
