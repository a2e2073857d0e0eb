import { DEPENDS_ON } from '../../../electron/api/devOrder.js';
import { DEV_STEPS, REPEATABLE_STEPS, type DevDetail, type DevStep } from '../../../electron/api/index.js';

/** The inputs a step's dialog can show; `votes` is 赞成/反对/弃权, `publicity` the 公示 dates. */
export type StepField =
  | 'responsible'
  | 'method'
  | 'ref'
  | 'memberIds'
  | 'conclusion'
  | 'endDate'
  | 'hours'
  | 'publicity'
  | 'formNumber'
  | 'votes'
  | 'meetingId'
  | 'groupId';

interface StepForm {
  /** What the step's date is, in the words of the paper 纪实表. */
  date: string;
  /** The step's inputs and their labels; `required` follows REQUIRED_FIELDS (electron/api/devOrder.ts). */
  fields: readonly { field: StepField; label: string; required?: boolean }[];
}

const filing = (date: string, label: string): StepForm => ({ date, fields: [{ field: 'ref', label }] });
const vote: StepForm = {
  date: '支部大会日期',
  fields: [
    { field: 'meetingId', label: '会议记录' },
    { field: 'votes', label: '表决结果', required: true },
  ],
};

/** Exactly the inputs each step needs besides its date (and 说明, which every step has). */
export const STEP_FORMS: Record<DevStep, StepForm> = {
  apply: { date: '递交申请书日期', fields: [] },
  talk: { date: '谈话日期', fields: [{ field: 'responsible', label: '谈话人', required: true }] },
  activist: { date: '确定日期', fields: [{ field: 'method', label: '推荐方式', required: true }] },
  activist_filing: filing('备案日期', '备案文号'),
  mentors: { date: '指定日期', fields: [{ field: 'memberIds', label: '培养联系人', required: true }] },
  review: { date: '考察日期', fields: [{ field: 'conclusion', label: '考察意见' }] },
  candidate: { date: '确定日期', fields: [] },
  candidate_filing: filing('备案日期', '备案文号'),
  sponsors: { date: '确定日期', fields: [{ field: 'memberIds', label: '入党介绍人', required: true }] },
  vetting: { date: '政审日期', fields: [{ field: 'conclusion', label: '政审结论', required: true }] },
  training: {
    date: '培训开始日期',
    fields: [
      { field: 'endDate', label: '培训结束日期', required: true },
      { field: 'hours', label: '学时' },
    ],
  },
  committee_review: { date: '审查日期', fields: [{ field: 'publicity', label: '公示', required: true }] },
  pre_approval: filing('预审日期', '预审意见文号'),
  application_form: { date: '填写日期', fields: [{ field: 'formNumber', label: '志愿书编号', required: true }] },
  congress_vote: vote,
  superior_talk: { date: '谈话日期', fields: [{ field: 'responsible', label: '谈话人', required: true }] },
  approval: filing('审批日期', '批复文号'),
  higher_filing: filing('备案日期', '备案文号'),
  assign_group: { date: '编入日期', fields: [{ field: 'groupId', label: '编入党小组', required: true }] },
  oath: { date: '宣誓日期', fields: [] },
  continued_review: { date: '考察日期', fields: [{ field: 'conclusion', label: '考察意见' }] },
  confirm_apply: { date: '申请日期', fields: [] },
  confirm_vote: vote,
  confirm_approval: filing('审批日期', '批复文号'),
  archive: { date: '归档日期', fields: [] },
};

/** The contract field names a step's dialog holds, so refusals land on their input. */
export function stepFieldNames(step: DevStep): string[] {
  const names = ['date', 'note'];
  for (const { field } of STEP_FORMS[step].fields) {
    if (field === 'votes') names.push('yes', 'no', 'abstain');
    else if (field === 'publicity') names.push('publicityFrom', 'publicityTo');
    else names.push(field);
  }
  return names;
}

export type StepState = 'done' | 'open' | 'blocked';

/** Done, recordable now (every step it follows is done), or waiting for an earlier step. */
export function stepState(step: DevStep, p: DevDetail): StepState {
  const done = new Set(p.steps.map((s) => s.step));
  if (done.has(step) && !REPEATABLE_STEPS.includes(step)) return 'done';
  // 递交入党申请书 is recorded with the person; nothing is recorded after 取消资格.
  if (step === 'apply' || p.stage === 'cancelled') return 'blocked';
  return DEPENDS_ON[step].every((d) => done.has(d)) ? 'open' : 'blocked';
}

export const STAGE_NUMBERS = [1, 2, 3, 4, 5] as const;
export type StageNumber = (typeof STAGE_NUMBERS)[number];

/** Step numbers (1–25) as the 细则 numbers them. */
export const stepNumber = (step: DevStep) => DEV_STEPS.indexOf(step) + 1;
