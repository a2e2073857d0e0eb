import type { DevDetail } from '../../../electron/api/development.js';
import type { DevStep } from '../../../electron/api/devSteps.js';
import type { ColumnSpec } from '../columns.js';
import { EMPTY, formatDate, formatMonth } from '../format.js';
import {
  dateOf,
  devRemarks,
  firstStep,
  formatRange,
  genderOf,
  joinNames,
  namesOf,
  publicityOf,
  textOf,
} from './facts.js';

/**
 * A date on two lines, its year over its month and day (`2025.` over `04.10`): 14 date columns
 * cannot each hold a full date on one line across landscape A4 at a legible size. A line
 * break rather than a soft break point: copied text then stays free of invisible characters.
 */
export function wrapDate(iso: string | null | undefined): string {
  const text = formatDate(iso);
  return text === EMPTY ? '' : `${text.slice(0, 5)}\n${text.slice(5)}`;
}

/** A date with what goes with it on its own line below (谈话人, 政审结论). */
function dateWith(d: DevDetail, step: DevStep, under: string, format = wrapDate): string {
  const on = dateOf(d, step);
  const date = on ? format(on) : '';
  if (!date) return '';
  return under ? `${date}\n${under}` : date;
}

/** Millimetres a wrapped date column takes at the grid's 8.5pt (`2025.` fits with its padding). */
const DATE_MM = 11.2;
/** A period's column also holds the end of the period on one line (`至07.13`). */
const RANGE_MM = 12.5;

/** A 公示 or 培训 period: the start as a wrapped date, the end on the third line. */
const range = (text: string) => text.replace(/^(\d{4}\.)/, '$1\n').replace('至', '\n至');

const dateColumn = (key: string, title: string, step: DevStep, group: string): ColumnSpec<DevDetail> => ({
  key,
  title,
  group,
  width: DATE_MM,
  align: 'center',
  render: (d) => wrapDate(dateOf(d, step)),
});

export const STAGE_GROUPS = ['入党申请', '入党积极分子', '发展对象', '接收预备党员', '预备期和转正'] as const;
const [APPLY, ACTIVIST, CANDIDATE, RECEIVE, PROBATION] = STAGE_GROUPS;

/**
 * 发展党员工作台账 (LEDGERS.md 9b), one row per person and a column per milestone, under the
 * five stages as two-row headings. Widths are millimetres of landscape A4 (265 mm of text) at
 * 8.5pt: dates wrap after the year, names and conclusions stack line by line, and 备注 takes
 * the rest — and gives it back (minWidth) when the user switches columns on.
 */
export const DEVELOPMENT_COLUMNS: readonly ColumnSpec<DevDetail>[] = [
  { key: 'index', title: '序号', width: 6, align: 'center', render: (_d, i) => i + 1 },
  { key: 'name', title: '姓名', width: 11.5, align: 'center', render: (d) => d.name },
  { key: 'gender', title: '性别', width: 6, align: 'center', render: genderOf },
  { key: 'birth', title: '出生年月', width: 13, align: 'center', render: (d) => formatMonth(d.birthDate) },
  { key: 'education', title: '学历', width: 14.5, align: 'center', render: (d) => d.input.education },
  dateColumn('applied', '申请时间', 'apply', APPLY),
  {
    key: 'talk',
    title: '谈话时间（谈话人）',
    group: APPLY,
    width: 12,
    align: 'center',
    // The name under the date, without brackets: `（王建国）` would not fit the column on one line.
    render: (d) => dateWith(d, 'talk', textOf(d, 'talk', 'responsible')),
  },
  dateColumn('activist', '积极分子时间', 'activist', ACTIVIST),
  {
    key: 'mentors',
    title: '培养联系人',
    group: ACTIVIST,
    width: 11,
    align: 'center',
    render: (d) => joinNames(namesOf(d, 'mentors'), '\n'),
  },
  dateColumn('candidate', '发展对象时间', 'candidate', CANDIDATE),
  {
    key: 'sponsors',
    title: '入党介绍人',
    group: CANDIDATE,
    width: 11,
    align: 'center',
    render: (d) => joinNames(namesOf(d, 'sponsors'), '\n'),
  },
  {
    key: 'vetting',
    title: '政审时间/结论',
    group: CANDIDATE,
    width: 19.5,
    minWidth: 14,
    align: 'center',
    // Wide enough for the date on one line: the conclusion takes the lines below.
    render: (d) => dateWith(d, 'vetting', textOf(d, 'vetting', 'conclusion'), formatDate),
  },
  {
    key: 'training',
    title: '培训时间',
    group: CANDIDATE,
    width: RANGE_MM,
    align: 'center',
    render: (d) => range(formatRange(firstStep(d, 'training')?.date, firstStep(d, 'training')?.details.endDate)),
  },
  {
    key: 'publicity',
    title: '公示时间',
    group: RECEIVE,
    width: RANGE_MM,
    align: 'center',
    render: (d) => range(publicityOf(d)),
  },
  dateColumn('preApproval', '预审时间', 'pre_approval', RECEIVE),
  dateColumn('vote', '支部大会接收时间', 'congress_vote', RECEIVE),
  dateColumn('approval', '审批时间', 'approval', RECEIVE),
  dateColumn('oath', '宣誓时间', 'oath', PROBATION),
  dateColumn('confirmApply', '转正申请时间', 'confirm_apply', PROBATION),
  dateColumn('confirmVote', '转正讨论时间', 'confirm_vote', PROBATION),
  dateColumn('confirmApproval', '转正审批时间', 'confirm_approval', PROBATION),
  { key: 'remarks', title: '备注', width: 23.5, minWidth: 16, render: devRemarks },
];
