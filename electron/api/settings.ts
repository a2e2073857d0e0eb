import { z } from 'zod';
import { op } from './define.js';
import { oneOf } from './fields.js';
import { farmerRangeMessage, ROUNDINGS, type Rounding } from './duesOptions.js';
import { ACTIVITY_KINDS, ACTIVITY_LABELS, FREQUENCIES, type ActivityKind, type Frequency } from './meetingOptions.js';

/** Branch settings; defaults from DOMAIN.md. The county may fix some of them (COUNTY_KEYS). */
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
  /**
   * The first month (`YYYY-MM`) this branch keeps 党费 in the app: nothing before it is owed
   * here, so a branch starting mid-year sees no false 欠交 or 自行脱党 alarms. Null: from each
   * member's first basis.
   */
  duesStartMonth: string | null;
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
  duesStartMonth: null,
};

/**
 * The settings an upper-level 党委 may fix for all its branches (统一规定), named as paths
 * into Settings. Photos stay each branch's own choice: they are an optional feature.
 */
export const COUNTY_KEYS = [
  'frequencies.congress',
  'frequencies.committee',
  'frequencies.group',
  'frequencies.lecture',
  'frequencies.theme_day',
  'frequencies.org_life',
  'frequencies.appraisal',
  'lateAfterDays',
  'excellentMaxPercent',
  'farmerDuesFen',
  'duesRounding',
] as const satisfies readonly (`frequencies.${ActivityKind}` | Exclude<keyof Settings, 'frequencies'>)[];
export type CountyKey = (typeof COUNTY_KEYS)[number];

const frequencyLabel = (k: ActivityKind) => `${ACTIVITY_LABELS[k]}频次`;

/** Each fixable setting's name, as refusals and both settings pages say it. */
export const COUNTY_KEY_LABELS: Record<CountyKey, string> = {
  ...(Object.fromEntries(ACTIVITY_KINDS.map((k) => [`frequencies.${k}`, frequencyLabel(k)])) as Record<
    `frequencies.${ActivityKind}`,
    string
  >),
  lateAfterDays: '补录天数',
  excellentMaxPercent: '民主评议优秀比例提醒线',
  farmerDuesFen: '农民党员每月党费',
  duesRounding: '党费舍入方式',
};

export const ROUNDING_LABELS: Record<Rounding, string> = {
  half_up: '四舍五入到分',
  down: '分以下舍去',
  up: '分以下进为 1 分',
};

/** What `settings.get` shows: the settings in force, and which of them the county fixed. */
export interface SettingsView extends Settings {
  fixedByCounty: CountyKey[];
}

/** Each setting's own check, shared by the branch's form and the county's (api/county.ts). */
export const settingFields = {
  frequencies: z.object(
    Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, oneOf(frequencyLabel(k), FREQUENCIES)])) as Record<
      ActivityKind,
      ReturnType<typeof oneOf<typeof FREQUENCIES>>
    >,
  ),
  attachmentsEnabled: z.boolean({ error: '附件开关必须是是/否' }),
  lateAfterDays: z.coerce
    .number({ error: '补录天数必须是数字' })
    .int({ error: '补录天数必须是整数' })
    .min(7, { error: '补录天数不少于 7 天' })
    .max(365, { error: '补录天数不超过 365 天' }),
  excellentMaxPercent: z.coerce
    .number({ error: '优秀比例必须是数字' })
    .int({ error: '优秀比例必须是整数' })
    .min(1, { error: '优秀比例至少 1%' })
    .max(100, { error: '优秀比例不超过 100%' }),
  duesRounding: oneOf('党费舍入方式', ROUNDINGS),
  farmerDuesFen: z.coerce
    .number({ error: '农民党员每月党费必须是金额' })
    .int({ error: '农民党员每月党费以分计' })
    .min(20, { error: (iss) => farmerRangeMessage(Number(iss.input)) })
    .max(100, { error: (iss) => farmerRangeMessage(Number(iss.input)) }),
  duesStartMonth: z.union([
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '党费开始记账月份应为 年-月（如 2026-07）' }),
    z.null(),
  ]),
};

export const settingsInput = z.object({
  frequencies: settingFields.frequencies.partial().optional(),
  attachmentsEnabled: settingFields.attachmentsEnabled.optional(),
  lateAfterDays: settingFields.lateAfterDays.optional(),
  excellentMaxPercent: settingFields.excellentMaxPercent.optional(),
  duesRounding: settingFields.duesRounding.optional(),
  farmerDuesFen: settingFields.farmerDuesFen.optional(),
  duesStartMonth: settingFields.duesStartMonth.optional(),
});

export const settingsOps = {
  'settings.get': op<SettingsView>()({
    summary: '读取支部设置（含上级党委统一规定的项目）',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'settings.update': op<SettingsView>()({
    summary: '修改支部设置（会议频次、附件等）；上级统一规定的项目不能改',
    role: 'admin',
    input: settingsInput,
    errors: [],
  }),
};
