import { z } from 'zod';
import { op } from './define.js';
import { DEV_EVENTS, DEV_STEPS, type DevEvent, type DevStage, type DevStep } from './devSteps.js';
import { isoDate, oneOf, optionalIsoDate, optionalText, recordId, requiredText } from './fields.js';
import { memberFields } from './members.js';

/** A person in the pipeline: validated like the roster (the ID number makes age checkable). */
export const devPersonInput = z.object({
  name: memberFields.name,
  gender: memberFields.gender,
  ethnicity: memberFields.ethnicity,
  idNumber: memberFields.idNumber,
  birthDate: memberFields.birthDate,
  education: memberFields.education,
  occupation: memberFields.occupation,
  workUnit: memberFields.workUnit,
  phone: memberFields.phone,
  address: memberFields.address,
  groupId: memberFields.groupId,
  note: optionalText('备注', 200),
});
export type DevPersonInput = z.output<typeof devPersonInput>;

const count = (label: string) =>
  // null first: z.coerce would turn an empty count into 0.
  z
    .union([
      z.null(),
      z.coerce
        .number({ error: `${label}必须是数字` })
        .int({ error: `${label}必须是整数` })
        .min(0, { error: `${label}不能为负数` }),
    ])
    .default(null);

/** One step's record. Which fields a step needs is checked by the rules (development.ts). */
export const stepInput = z.object({
  personId: recordId('发展对象'),
  step: oneOf('步骤', DEV_STEPS),
  date: isoDate('日期'),
  responsible: optionalText('负责人/谈话人', 40),
  method: optionalText('推荐方式', 20),
  ref: optionalText('备案/批复文号', 60),
  memberIds: z.array(recordId('党员')).max(2, { error: '最多 2 人' }).default([]),
  conclusion: optionalText('结论', 200),
  endDate: optionalIsoDate('结束日期'),
  hours: z
    .union([
      z.coerce
        .number({ error: '学时必须是数字' })
        .min(0, { error: '学时不能为负数' })
        .max(500, { error: '学时不超过 500' }),
      z.null(),
    ])
    .default(null),
  publicityFrom: optionalIsoDate('公示开始日期'),
  publicityTo: optionalIsoDate('公示结束日期'),
  formNumber: optionalText('志愿书编号', 40),
  meetingId: z.union([recordId('会议记录'), z.literal('').transform(() => null), z.null()]).default(null),
  /** 编入党小组: the group the new 预备党员 joins. */
  groupId: z.union([recordId('党小组'), z.literal('').transform(() => null), z.null()]).default(null),
  yes: count('赞成票'),
  no: count('反对票'),
  abstain: count('弃权票'),
  note: optionalText('说明', 500),
});
export type StepInput = z.output<typeof stepInput>;

export const devEventInput = z.object({
  personId: recordId('发展对象'),
  event: oneOf('事项', DEV_EVENTS),
  date: isoDate('日期'),
  months: z
    .union([z.coerce.number({ error: '月数必须是数字' }).int({ error: '月数必须是整数' }), z.null()])
    .default(null),
  reason: requiredText('原因', 200),
});

export interface StepRecord {
  id: string;
  step: DevStep | DevEvent;
  date: string;
  details: Omit<StepInput, 'personId' | 'step' | 'date'> & { months?: number | null; reason?: string };
  /** Names of the 培养联系人 / 入党介绍人 at the time. */
  memberNames: string[];
}

export type CheckLevel = 'warning' | 'flag';

/** A time limit or order rule, explained in Chinese; a warning before the limit, a flag after. */
export interface DevCheck {
  step: DevStep;
  level: CheckLevel;
  message: string;
  dueOn: string | null;
}

export interface DevSummary {
  id: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  stage: DevStage;
  appliedOn: string | null;
  /** The next step in order that is not done yet. */
  nextStep: DevStep | null;
  checks: DevCheck[];
  memberId: string | null;
}

export interface DevDetail extends DevSummary {
  input: DevPersonInput;
  steps: StepRecord[];
  probationEndsOn: string | null;
}

export interface DevDashboard {
  counts: Record<DevStage, number>;
  /** Limits falling due within 30 days. */
  upcoming: (DevCheck & { personId: string; name: string })[];
  flags: (DevCheck & { personId: string; name: string })[];
}

export const developmentOps = {
  'dev.list': op<DevSummary[]>()({
    summary: '发展党员：全部人员和当前阶段',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'dev.dashboard': op<DevDashboard>()({
    summary: '发展党员：各阶段人数、30 天内到期事项和问题',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'dev.get': op<DevDetail>()({
    summary: '一名发展对象的全程记录',
    role: 'viewer',
    input: z.object({ id: recordId('发展对象') }),
    errors: ['NOT_FOUND'],
  }),
  'dev.create': op<DevDetail>()({
    summary: '登记入党申请人（递交入党申请书）',
    role: 'clerk',
    input: z.object({ person: devPersonInput, appliedOn: isoDate('递交申请书日期') }),
    errors: ['NOT_SET_UP'],
  }),
  'dev.update': op<DevDetail>()({
    summary: '修改发展对象的基本信息',
    role: 'clerk',
    input: z.object({ id: recordId('发展对象'), person: devPersonInput }),
    errors: ['NOT_FOUND'],
  }),
  'dev.record': op<DevDetail>()({
    summary: '登记一个步骤（审批后自动编入花名册为预备党员）',
    role: 'clerk',
    input: stepInput,
    errors: ['NOT_FOUND'],
  }),
  'dev.event': op<DevDetail>()({
    summary: '延长预备期或取消资格',
    role: 'clerk',
    input: devEventInput,
    errors: ['NOT_FOUND'],
  }),
};
