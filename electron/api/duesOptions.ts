/** 党费 categories (2008 中组部《关于中国共产党党费收缴、使用和管理的规定》). */
export const DUES_CATEGORIES = [
  'employed',
  'annual_salary',
  'self_employed',
  'retired',
  'farmer',
  'student',
  'unemployed',
  'relief',
  'other',
] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  employed: '在职',
  annual_salary: '年薪制',
  self_employed: '个体经营/无固定月收入',
  retired: '离退休',
  farmer: '农民',
  student: '学生',
  unemployed: '下岗失业',
  relief: '低保/抚恤救济',
  other: '其他',
};

/** What the base of each category is, as the form labels it. */
export const DUES_BASE_LABELS: Partial<Record<DuesCategory, string>> = {
  employed: '税后月工资收入',
  annual_salary: '当月薪酬',
  self_employed: '上季度月平均纯收入',
  retired: '离退休费总额',
  other: '月收入',
};

export const PAYMENT_METHODS = ['cash', 'transfer', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { cash: '现金', transfer: '转账', other: '其他' };

export const REDUCTIONS = ['none', 'reduced', 'exempt'] as const;
export type Reduction = (typeof REDUCTIONS)[number];
export const REDUCTION_LABELS: Record<Reduction, string> = { none: '无', reduced: '少交', exempt: '免交' };

export const ROUNDINGS = ['half_up', 'down', 'up'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

/**
 * The one refusal of a 农民 monthly amount outside 0.20–1.00 元, said the same way by the
 * settings, the basis and a payment (amounts in 分).
 */
export function farmerRangeMessage(fen: number): string {
  const yuan = (f: number) => (f / 100).toFixed(2);
  return `农民党员每月交纳 0.20–1.00 元，${yuan(fen)} 元不在此范围内`;
}
