import type { DevCheck } from '../../api/development.js';
import { DEV_STEP_LABELS, type DevStep } from '../../api/devSteps.js';
import { addMonths, daysBetween } from './dates.js';

/** Steps done so far: each step's dates in order (review steps may repeat). */
export type StepDates = Partial<Record<DevStep, string[]>>;

/** Limits are warned about this many days ahead. */
export const WARN_DAYS = 30;
/** 谈话 within one calendar month of the application. */
export const TALK_MONTHS = 1;
/** 培养教育考察 every 6 months. */
export const REVIEW_MONTHS = 6;
/** 发展对象 only after at least one year as 积极分子. */
export const ACTIVIST_MIN_MONTHS = 12;
/** 集中培训: at least 3 days or 24 学时. */
export const TRAINING_MIN_DAYS = 3;
export const TRAINING_MIN_HOURS = 24;
/** 政审 material is valid one year. */
export const VETTING_VALID_MONTHS = 12;
/** 审批 within 3 months of the 支部大会 vote; 复议 after 3, 重新办理 after 6. */
export const APPROVAL_MONTHS = 3;
export const REDO_MONTHS = 6;
/** 预备期 is one year from the vote. */
export const PROBATION_MONTHS = 12;
/** 公示 of a 发展对象 lasts at least 7 days (common local rule, 细则 art. 21). */
export const PUBLICITY_MIN_DAYS = 7;
/**
 * 预备期满 the branch discusses 转正 "及时" (细则 art. 29); a month after the end is taken as the
 * latest that still counts as timely, so a later vote stays flagged.
 */
export const CONFIRM_TIMELY_MONTHS = 1;

/** 公示 days counted inclusively: 7 May to 13 May is 7 days. */
export function publicityShort(from: string, to: string): boolean {
  return daysBetween(from, to) + 1 < PUBLICITY_MIN_DAYS;
}

/**
 * A 支部大会 vote on 接收/转正 (党章 art. 5, 细则 art. 24): ballots cannot outnumber the
 * 正式党员 entitled to vote that day, and it passes only with 赞成 from more than half of them
 * (not of those present).
 */
export function voteProblem(yes: number, no: number, abstain: number, entitled: number): string | null {
  const total = yes + no + abstain;
  return total > entitled ? `表决票数合计 ${total} 超过当日有表决权的正式党员 ${entitled} 人` : null;
}

export function votePassed(yes: number, entitled: number): boolean {
  return yes * 2 > entitled;
}

export function voteFailedMessage(yes: number, entitled: number): string {
  return `支部大会表决未通过：赞成 ${yes} 票，未超过有表决权的正式党员 ${entitled} 人的半数`;
}

const first = (s: StepDates, step: DevStep) => s[step]?.[0] ?? null;
const last = (s: StepDates, step: DevStep) => s[step]?.at(-1) ?? null;
const label = (step: DevStep) => `“${DEV_STEP_LABELS[step]}”`;

/**
 * A limit `dueOn` for `step`: done on time → nothing; done late → a flag; not done and
 * past due → a flag; due within 30 days → a warning. The calendar-month rule: one month
 * after 31 January is 28 (or 29) February, the last day that counts as on time.
 */
function limit(
  step: DevStep,
  dueOn: string,
  doneOn: string | null,
  today: string,
  late: string,
  soon: string,
): DevCheck | null {
  if (doneOn) return doneOn > dueOn ? { step, level: 'flag', message: `${late}，实际 ${doneOn} 才办理`, dueOn } : null;
  if (today > dueOn) return { step, level: 'flag', message: late, dueOn };
  if (daysBetween(today, dueOn) <= WARN_DAYS) return { step, level: 'warning', message: soon, dueOn };
  return null;
}

export function probationEnds(s: StepDates, extendedMonths: number): string | null {
  const vote = first(s, 'congress_vote');
  return vote ? addMonths(vote, PROBATION_MONTHS + extendedMonths) : null;
}

/** Every time-limit and order check of one person, as of `today`. */
export function developmentChecks(s: StepDates, today: string, extendedMonths = 0, cancelled = false): DevCheck[] {
  if (cancelled) return [];
  const out: (DevCheck | null)[] = [];
  const apply = first(s, 'apply');
  if (apply) {
    const due = addMonths(apply, TALK_MONTHS);
    out.push(
      limit(
        'talk',
        due,
        first(s, 'talk'),
        today,
        `申请后 1 个月内应派人谈话（应不晚于 ${due}）`,
        `请于 ${due} 前派人谈话`,
      ),
    );
  }
  const activist = first(s, 'activist');
  const candidate = first(s, 'candidate');
  const vote = first(s, 'congress_vote');
  if (activist) {
    // 考察 every 6 months from becoming 积极分子 until the 支部大会 vote.
    const points = [activist, ...(s.review ?? [])].sort();
    for (let i = 1; i < points.length; i += 1)
      if (addMonths(points[i - 1] as string, REVIEW_MONTHS) < (points[i] as string))
        out.push({
          step: 'review',
          level: 'flag',
          message: `${points[i - 1]} 至 ${points[i]} 之间超过 6 个月未考察`,
          dueOn: null,
        });
    if (!vote) {
      const due = addMonths(points.at(-1) as string, REVIEW_MONTHS);
      out.push(
        limit(
          'review',
          due,
          null,
          today,
          `已超过 6 个月未进行培养考察（应不晚于 ${due}）`,
          `请于 ${due} 前完成半年考察`,
        ),
      );
    }
  }
  if (activist && candidate && candidate < addMonths(activist, ACTIVIST_MIN_MONTHS))
    out.push({
      step: 'candidate',
      level: 'flag',
      message: `确定为入党积极分子不满 1 年即确定为发展对象（突击发展），满 1 年为 ${addMonths(activist, ACTIVIST_MIN_MONTHS)}`,
      dueOn: null,
    });
  const vetting = last(s, 'vetting');
  if (vetting) {
    const valid = addMonths(vetting, VETTING_VALID_MONTHS);
    out.push(
      limit(
        'vetting',
        valid,
        vote,
        today,
        `政审材料已超过 1 年有效期（${vetting} 形成，至 ${valid}），须重新政审`,
        `政审材料将于 ${valid} 过期`,
      ),
    );
  }
  if (vote) {
    const due = addMonths(vote, APPROVAL_MONTHS);
    const redo = addMonths(vote, REDO_MONTHS);
    const approval = first(s, 'approval');
    const when = approval ?? today;
    if (when > redo)
      out.push({
        step: 'approval',
        level: 'flag',
        message: `支部大会通过后超过 6 个月未审批，须重新办理接收手续`,
        dueOn: redo,
      });
    else
      out.push(
        limit(
          'approval',
          due,
          approval,
          today,
          `支部大会通过后 3 个月内应报上级党委审批（${due}），超过须复议`,
          `请于 ${due} 前报上级党委审批`,
        ),
      );
  }
  const ends = probationEnds(s, extendedMonths);
  if (ends && first(s, 'approval')) {
    const timely = addMonths(ends, CONFIRM_TIMELY_MONTHS);
    const voted = first(s, 'confirm_vote');
    if (voted) {
      if (voted > timely)
        out.push({
          step: 'confirm_vote',
          level: 'flag',
          message: `预备期于 ${ends} 期满，${voted} 才讨论转正（应于 ${timely} 前及时讨论）`,
          dueOn: timely,
        });
    } else if (today > timely)
      out.push({
        step: 'confirm_vote',
        level: 'flag',
        message: `预备期已于 ${ends} 期满，超过 1 个月仍未讨论转正`,
        dueOn: timely,
      });
    else if (today >= ends)
      out.push({
        step: 'confirm_vote',
        level: 'warning',
        message: `预备期已于 ${ends} 期满，请于 ${timely} 前讨论转正`,
        dueOn: timely,
      });
    else if (daysBetween(today, ends) <= WARN_DAYS)
      out.push({
        step: 'confirm_vote',
        level: 'warning',
        message: `预备期将于 ${ends} 期满，请准备讨论转正`,
        dueOn: ends,
      });
  }
  const confirmVote = first(s, 'confirm_vote');
  if (confirmVote) {
    const due = addMonths(confirmVote, APPROVAL_MONTHS);
    out.push(
      limit(
        'confirm_approval',
        due,
        first(s, 'confirm_approval'),
        today,
        `转正讨论后 3 个月内应报上级党委审批（${due}）`,
        `请于 ${due} 前报上级党委审批转正`,
      ),
    );
  }
  return out.filter((c): c is DevCheck => c !== null);
}

/** 集中培训 lasts at least 3 days or 24 学时. */
export function trainingShort(from: string, to: string | null, hours: number | null): boolean {
  const days = to ? daysBetween(from, to) + 1 : 1;
  return days < TRAINING_MIN_DAYS && (hours ?? 0) < TRAINING_MIN_HOURS;
}

/** The order rule: a step cannot be dated before the steps it depends on. */
export function orderProblem(step: DevStep, date: string, s: StepDates, depends: readonly DevStep[]): string | null {
  for (const d of depends) {
    const done = last(s, d) ?? null;
    if (!done) return `须先完成${label(d)}`;
    if (date < (first(s, d) as string)) return `日期不能早于${label(d)}（${first(s, d)}）`;
  }
  return null;
}
