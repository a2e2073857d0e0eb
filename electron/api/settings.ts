import { z } from 'zod';
import { op } from './define.js';
import { oneOf } from './fields.js';
import { ROUNDINGS, type Rounding } from './duesOptions.js';
import { ACTIVITY_KINDS, FREQUENCIES, type ActivityKind, type Frequency } from './meetingOptions.js';

/** Branch settings; defaults from DOMAIN.md. The county may fix some of them later. */
export interface Settings {
  frequencies: Record<ActivityKind, Frequency>;
  /** Photos and scanned sign-in sheets on meeting records: off by default (DOMAIN.md principles). */
  attachmentsEnabled: boolean;
  /** Days after the meeting beyond which a record is marked 补录. */
  lateAfterDays: number;
  /** Warn when more than this share of members is graded 优秀 (percent). */
  excellentMaxPercent: number;
  /** Rounding of a rate-based 党费 amount to the 分. */
  duesRounding: Rounding;
  /** What 农民 members pay a month, in 分 (0.2–1 元). */
  farmerDuesFen: number;
}

export const DEFAULT_SETTINGS: Settings = {
  frequencies: {
    congress: 'quarter',
    committee: 'month',
    group: 'month',
    lecture: 'quarter',
    theme_day: 'month',
    org_life: 'year',
    appraisal: 'year',
  },
  attachmentsEnabled: false,
  lateAfterDays: 30,
  excellentMaxPercent: 33,
  duesRounding: 'half_up',
  farmerDuesFen: 20,
};

const frequencyShape = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, oneOf('频次', FREQUENCIES)])) as Record<
  ActivityKind,
  ReturnType<typeof oneOf<typeof FREQUENCIES>>
>;

export const settingsInput = z.object({
  frequencies: z.object(frequencyShape).partial().optional(),
  attachmentsEnabled: z.boolean({ error: '附件开关必须是是/否' }).optional(),
  lateAfterDays: z.coerce
    .number({ error: '补录天数必须是数字' })
    .int({ error: '补录天数必须是整数' })
    .min(7, { error: '补录天数不少于 7 天' })
    .max(365, { error: '补录天数不超过 365 天' })
    .optional(),
  excellentMaxPercent: z.coerce
    .number({ error: '优秀比例必须是数字' })
    .int({ error: '优秀比例必须是整数' })
    .min(1, { error: '优秀比例至少 1%' })
    .max(100, { error: '优秀比例不超过 100%' })
    .optional(),
  duesRounding: oneOf('党费舍入方式', ROUNDINGS).optional(),
  farmerDuesFen: z.coerce
    .number({ error: '农民党员每月党费必须是金额' })
    .int({ error: '农民党员每月党费以分计' })
    .min(20, { error: '农民党员每月党费不少于 0.20 元' })
    .max(100, { error: '农民党员每月党费不超过 1.00 元' })
    .optional(),
});

export const settingsOps = {
  'settings.get': op<Settings>()({
    summary: '读取支部设置',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'settings.update': op<Settings>()({
    summary: '修改支部设置（会议频次、附件等）',
    role: 'admin',
    input: settingsInput,
    errors: [],
  }),
};
