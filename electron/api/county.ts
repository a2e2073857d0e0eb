import { z } from 'zod';
import { op } from './define.js';
import { oneOf } from './fields.js';
import { COUNTY_KEYS, settingFields, type CountyKey, type Settings } from './settings.js';

/** The values an office may fix for its branches. */
export type CountyValues = Pick<
  Settings,
  'frequencies' | 'lateAfterDays' | 'excellentMaxPercent' | 'farmerDuesFen' | 'duesRounding'
>;

/**
 * The county's settings: a value for each fixable setting, and which of them are fixed
 * (统一规定). Only fixed ones bind the branches; the others keep the clerk's choice for later.
 */
export interface CountySettings {
  values: CountyValues;
  fixed: CountyKey[];
}

export const countyInput = z.object({
  values: z.object({
    frequencies: settingFields.frequencies,
    lateAfterDays: settingFields.lateAfterDays,
    excellentMaxPercent: settingFields.excellentMaxPercent,
    farmerDuesFen: settingFields.farmerDuesFen,
    duesRounding: settingFields.duesRounding,
  }),
  fixed: z
    .array(oneOf('统一规定的项目', COUNTY_KEYS), { error: '请选择统一规定的项目' })
    .max(COUNTY_KEYS.length, { error: '统一规定的项目重复' }),
});

export const countyOps = {
  'county.get': op<CountySettings>()({
    summary: '上级党委：读取对各支部统一规定的设置',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'county.save': op<CountySettings>()({
    summary: '上级党委：统一规定支部设置（随下一个数据包发给每个支部）',
    role: 'admin',
    input: countyInput,
    errors: ['NOT_SET_UP'],
  }),
};
