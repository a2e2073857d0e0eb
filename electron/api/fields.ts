import { z } from 'zod';

/**
 * Field builders whose messages name the field in Chinese, so every refusal tells the
 * user what to fix. Labels are what the form shows.
 */
export function requiredText(label: string, max = 100) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });
}

export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .default('');
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function isoDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式应为 年-月-日（如 2024-07-01）` })
    .refine(isRealDate, { error: `${label}不是有效的日期` });
}

export function optionalIsoDate(label: string) {
  return z.union([isoDate(label), z.literal('').transform(() => null), z.null()]).default(null);
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `请选择${label}` });
}

export function recordId(label: string) {
  return z.string({ error: `缺少${label}` }).regex(/^[0-9a-f-]{36}$/, { error: `${label}无效` });
}

export function year() {
  return z.coerce
    .number({ error: '年度必须是数字' })
    .int({ error: '年度必须是整数' })
    .min(1921, { error: '年度不能早于 1921 年' })
    .max(2200, { error: '年度无效' });
}
