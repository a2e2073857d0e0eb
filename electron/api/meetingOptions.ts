/** Kinds of organisational life (DOMAIN.md, 《中国共产党支部工作条例(试行)》). */
export const ACTIVITY_KINDS = [
  'congress',
  'committee',
  'group',
  'lecture',
  'theme_day',
  'org_life',
  'appraisal',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_LABELS: Record<ActivityKind | 'talk', string> = {
  congress: '支部党员大会',
  committee: '支部委员会会议',
  group: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
  org_life: '组织生活会',
  appraisal: '民主评议党员',
  talk: '谈心谈话',
};

/** Short names for tables and the calendar. */
export const ACTIVITY_SHORT: Record<ActivityKind | 'talk', string> = {
  congress: '党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
  org_life: '组织生活会',
  appraisal: '民主评议',
  talk: '谈心谈话',
};

export const FREQUENCIES = ['month', 'quarter', 'half', 'year', 'none'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  month: '每月',
  quarter: '每季度',
  half: '每半年',
  year: '每年',
  none: '不作要求',
};

export const ATTENDANCE_STATUSES = ['present', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { present: '出席', leave: '请假', absent: '缺席' };

/** 民主评议 grades (a branch setting may rename them later). */
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basic: '基本合格',
  unqualified: '不合格',
};

/** 主题党日 activity forms (LEDGERS.md 4). */
export const THEME_ACTIVITIES = ['study', 'org_life', 'democratic', 'volunteer'] as const;
export const THEME_ACTIVITY_LABELS: Record<(typeof THEME_ACTIVITIES)[number], string> = {
  study: '集中学习',
  org_life: '过组织生活',
  democratic: '民主议事',
  volunteer: '志愿服务',
};

export const TALK_TYPES = ['谈心', '提醒', '诫勉', '廉政', '其他'] as const;
