import type { DevDetail } from '../../../electron/api/development.js';
import type { DevStep } from '../../../electron/api/devSteps.js';
import { formatChineseDate } from '../format.js';
import {
  dateOf,
  detailsOf,
  firstStep,
  joinNames,
  namesOf,
  stepsOf,
  textOf,
  votesOf,
  type StepDetails,
} from './facts.js';

/** Ideographic spaces survive HTML whitespace collapsing: room to write a date by hand. */
export const HAND_DATE = '\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
const HAND_RANGE = `${HAND_DATE}至${HAND_DATE}`;
/** Beside another field a period takes two lines, its end under its start. */
const HAND_RANGE_NARROW = `${HAND_DATE}\n至${HAND_DATE}`;
const HAND_VOTES = '赞成\u3000\u3000票，反对\u3000\u3000票，弃权\u3000\u3000票';

/**
 * One label and its value on the form. A missing value leaves the cell for the branch to fill
 * in by hand — blank, or with the words a hand entry needs (年 月 日, 票) — never `—`.
 */
export interface RecordField {
  label: string;
  value: string;
  blank?: string;
}

/** A line of the form: one field across the width, or two side by side. */
export type RecordRow = readonly [RecordField] | readonly [RecordField, RecordField];

/**
 * Dates as the form writes them by hand (2025年6月27日), so a page completed partly on screen
 * and partly by pen reads alike.
 */
const date = (label: string, iso: string | null): RecordField => ({
  label,
  value: iso ? formatChineseDate(iso) : '',
  blank: HAND_DATE,
});

/** `2025年6月27日至2025年7月3日` (the end on a line of its own when narrow); empty without a start. */
function chineseRange(from: string | null | undefined, to: string | null | undefined, narrow = false): string {
  if (!from) return '';
  if (!to || to === from) return formatChineseDate(from);
  return `${formatChineseDate(from)}${narrow ? '\n' : ''}至${formatChineseDate(to)}`;
}

const text = (label: string, value: string, blank?: string): RecordField => ({ label, value, blank });

const stepDate = (d: DevDetail, label: string, step: DevStep) => date(label, dateOf(d, step));

const votes = (details: StepDetails) => text('表决情况', votesOf(details), HAND_VOTES);

/**
 * Half-yearly 考察 (or the 预备期's 继续考察) as numbered lines, at least two: a year's worth,
 * the later ones left to fill in by hand.
 */
function reviewLines(d: DevDetail, step: 'review' | 'continued_review'): RecordField {
  const dates = stepsOf(d, step).map((s) => formatChineseDate(s.date));
  const count = Math.max(2, dates.length);
  const lines = Array.from({ length: count }, (_, i) => `第${i + 1}次：${dates[i] ?? HAND_DATE}`);
  return text(step === 'review' ? '培养教育考察' : '继续教育考察', lines.join('\n'));
}

function stage1(d: DevDetail): RecordRow[] {
  return [
    [stepDate(d, '递交入党申请书时间', 'apply')],
    [stepDate(d, '党组织派人谈话时间', 'talk'), text('谈话人', textOf(d, 'talk', 'responsible'))],
  ];
}

function stage2(d: DevDetail): RecordRow[] {
  return [
    [
      text('推荐方式', textOf(d, 'activist', 'method'), '党员推荐□\u3000群团组织推优□'),
      stepDate(d, '党小组、支委会通过时间', 'activist'),
    ],
    [text('培养联系人', joinNames(namesOf(d, 'mentors'))), stepDate(d, '指定时间', 'mentors')],
    [stepDate(d, '报上级党委备案时间', 'activist_filing'), text('备案文号', textOf(d, 'activist_filing', 'ref'))],
    [reviewLines(d, 'review')],
  ];
}

function stage3(d: DevDetail): RecordRow[] {
  const training = firstStep(d, 'training');
  const hours = training?.details.hours;
  return [
    [stepDate(d, '确定为发展对象时间', 'candidate')],
    [stepDate(d, '报上级党委备案时间', 'candidate_filing'), text('备案文号', textOf(d, 'candidate_filing', 'ref'))],
    [text('入党介绍人', joinNames(namesOf(d, 'sponsors'))), stepDate(d, '确定时间', 'sponsors')],
    [stepDate(d, '政治审查时间', 'vetting'), text('政审结论', textOf(d, 'vetting', 'conclusion'))],
    [
      text('集中培训时间', chineseRange(training?.date, training?.details.endDate, true), HAND_RANGE_NARROW),
      text('培训学时', typeof hours === 'number' ? `${hours}学时` : '', '\u3000\u3000\u3000学时'),
    ],
  ];
}

function stage4(d: DevDetail): RecordRow[] {
  const review = detailsOf(d, 'committee_review');
  return [
    [stepDate(d, '支部委员会审查时间', 'committee_review')],
    [text('公示时间', chineseRange(review.publicityFrom, review.publicityTo), HAND_RANGE)],
    [stepDate(d, '上级党委预审时间', 'pre_approval'), text('预审文号', textOf(d, 'pre_approval', 'ref'))],
    [
      stepDate(d, '填写入党志愿书时间', 'application_form'),
      text('志愿书编号', textOf(d, 'application_form', 'formNumber')),
    ],
    [stepDate(d, '支部大会讨论时间', 'congress_vote')],
    [votes(detailsOf(d, 'congress_vote'))],
    [stepDate(d, '上级党委派人谈话时间', 'superior_talk'), text('谈话人', textOf(d, 'superior_talk', 'responsible'))],
    [stepDate(d, '上级党委审批时间', 'approval'), text('批复文号', textOf(d, 'approval', 'ref'))],
    [stepDate(d, '再上一级组织部门备案时间', 'higher_filing')],
  ];
}

function stage5(d: DevDetail, groupName: string): RecordRow[] {
  const vote = dateOf(d, 'congress_vote');
  const rows: RecordRow[] = [
    [
      stepDate(d, '编入支部和党小组时间', 'assign_group'),
      text('所在党小组', firstStep(d, 'assign_group') ? groupName : ''),
    ],
    [
      stepDate(d, '入党宣誓时间', 'oath'),
      text('预备期', chineseRange(vote, d.probationEndsOn, true), HAND_RANGE_NARROW),
    ],
    [reviewLines(d, 'continued_review')],
    [stepDate(d, '提出转正申请时间', 'confirm_apply')],
    [stepDate(d, '支部大会讨论转正时间', 'confirm_vote')],
    [votes(detailsOf(d, 'confirm_vote'))],
    [stepDate(d, '上级党委审批转正时间', 'confirm_approval'), text('批复文号', textOf(d, 'confirm_approval', 'ref'))],
    [stepDate(d, '材料归档时间', 'archive')],
  ];
  // Only when they happened: most people are neither extended nor cancelled.
  const extension = firstStep(d, 'extend_probation');
  if (extension) {
    const months = extension.details.months;
    rows.push([
      date('延长预备期时间', extension.date),
      text('延长期限', typeof months === 'number' ? `${months}个月` : ''),
    ]);
  }
  const cancel = firstStep(d, 'cancel');
  if (cancel) rows.push([date('取消资格时间', cancel.date), text('原因', cancel.details.reason?.trim() ?? '')]);
  return rows;
}

/** The rows of each stage's page, stage 1 to 5. */
export function stageRows(d: DevDetail, groupName: string): RecordRow[][] {
  return [stage1(d), stage2(d), stage3(d), stage4(d), stage5(d, groupName)];
}
