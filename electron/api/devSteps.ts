/**
 * The 25 steps of 《中国共产党发展党员工作细则》 (2014) in 5 stages (DOMAIN.md), plus the two
 * events that can interrupt them. Each step is a dated record with its own fields.
 */
export const DEV_STEPS = [
  'apply',
  'talk',
  'activist',
  'activist_filing',
  'mentors',
  'review',
  'candidate',
  'candidate_filing',
  'sponsors',
  'vetting',
  'training',
  'committee_review',
  'pre_approval',
  'application_form',
  'congress_vote',
  'superior_talk',
  'approval',
  'higher_filing',
  'assign_group',
  'oath',
  'continued_review',
  'confirm_apply',
  'confirm_vote',
  'confirm_approval',
  'archive',
] as const;
export type DevStep = (typeof DEV_STEPS)[number];

export const DEV_EVENTS = ['extend_probation', 'cancel'] as const;
export type DevEvent = (typeof DEV_EVENTS)[number];

export const DEV_STEP_LABELS: Record<DevStep | DevEvent, string> = {
  apply: '递交入党申请书',
  talk: '党组织派人谈话',
  activist: '确定入党积极分子',
  activist_filing: '积极分子报上级党委备案',
  mentors: '指定培养联系人',
  review: '培养教育考察',
  candidate: '确定发展对象',
  candidate_filing: '发展对象报上级党委备案',
  sponsors: '确定入党介绍人',
  vetting: '政治审查',
  training: '集中培训',
  committee_review: '支部委员会审查',
  pre_approval: '上级党委预审',
  application_form: '填写入党志愿书',
  congress_vote: '支部大会讨论接收',
  superior_talk: '上级党委派人谈话',
  approval: '上级党委审批',
  higher_filing: '再上一级组织部门备案',
  assign_group: '编入支部和党小组',
  oath: '入党宣誓',
  continued_review: '继续教育考察',
  confirm_apply: '提出转正申请',
  confirm_vote: '支部大会讨论转正',
  confirm_approval: '上级党委审批转正',
  archive: '材料归档',
  extend_probation: '延长预备期',
  cancel: '取消资格',
};

export const DEV_STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'member', 'cancelled'] as const;
export type DevStage = (typeof DEV_STAGES)[number];
export const DEV_STAGE_LABELS: Record<DevStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  member: '已转正',
  cancelled: '已取消资格',
};

/** Stage number (1–5) of each step, for the 全程纪实表 (one stage per page). */
export const STEP_STAGE: Record<DevStep, 1 | 2 | 3 | 4 | 5> = {
  apply: 1,
  talk: 1,
  activist: 2,
  activist_filing: 2,
  mentors: 2,
  review: 2,
  candidate: 3,
  candidate_filing: 3,
  sponsors: 3,
  vetting: 3,
  training: 3,
  committee_review: 4,
  pre_approval: 4,
  application_form: 4,
  congress_vote: 4,
  superior_talk: 4,
  approval: 4,
  higher_filing: 4,
  assign_group: 5,
  oath: 5,
  continued_review: 5,
  confirm_apply: 5,
  confirm_vote: 5,
  confirm_approval: 5,
  archive: 5,
};

export const STAGE_TITLES = [
  '入党申请',
  '入党积极分子的确定和培养教育',
  '发展对象的确定和考察',
  '预备党员的接收',
  '预备党员的教育考察和转正',
] as const;

/** Steps that may be recorded more than once (half-yearly 考察). */
export const REPEATABLE_STEPS: readonly DevStep[] = ['review', 'continued_review'];

export const RECOMMEND_METHODS = ['党员推荐', '群团组织推优'] as const;
