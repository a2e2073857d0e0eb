import type { MonthCell } from '../../../electron/api/dues.js';
import { REDUCTION_LABELS, type DuesCategory } from '../../../electron/api/duesOptions.js';
import { formatYuan, type Fen } from '../../../electron/api/money.js';
import { EMPTY, formatChineseDate } from '../format.js';
import type { DuesBalance, DuesEntry, DuesTotals } from './types.js';

/**
 * Category names short enough for a narrow column (the form's 个体经营/无固定月收入 would take
 * three lines): the 核定表's 计算方法 still spells the full name out.
 */
export const DUES_CATEGORY_PRINT: Record<DuesCategory, string> = {
  employed: '在职',
  annual_salary: '年薪制',
  self_employed: '个体经营',
  retired: '离退休',
  farmer: '农民',
  student: '学生',
  unemployed: '下岗失业',
  relief: '低保救济',
  other: '其他',
};

export const sumFen = (values: readonly Fen[]): Fen => values.reduce((a, b) => a + b, 0);

/** An amount in 元, or null (printed `—`) when there is none. */
export function yuanOrNull(fen: Fen | null | undefined, grouping = true): string | null {
  return fen === null || fen === undefined ? null : formatYuan(fen, grouping);
}

/** Basis points as the rule states them: 150 → `1.5%`, 50 → `0.5%`, 200 → `2%` (no float division). */
export function percentText(bp: number): string {
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}

/** 比例/标准: the rate applied, or 定额 for the categories that pay a fixed amount. */
export function rateText(rateBp: number | null, category: DuesCategory | null): string | null {
  if (rateBp !== null) return percentText(rateBp);
  return category === null ? null : '定额';
}

/**
 * A month of the 收缴登记表: the amount paid; `—` when nothing was to be paid (not yet a member,
 * gone, exempt or no basis); blank when owed and unpaid, so the 收款人 can write the payment in.
 */
export function monthCell(c: MonthCell | undefined): string {
  if (!c) return EMPTY;
  if (c.paid !== 0) return formatYuan(c.paid, false);
  return !c.obliged || c.due === 0 ? EMPTY : '';
}

/**
 * Whether the year holds a 党费 record at all: a year before the branch set its first basis lists
 * every member with nothing in it, which prints as an empty year instead.
 */
export function hasDuesRecords(entries: readonly DuesEntry[]): boolean {
  return entries.some((e) => e.monthly !== null || e.paidTotal !== 0 || e.voluntary !== 0);
}

/** In a narrow 备注 cell, without the spaces prose puts around figures. */
export const voluntaryNote = (fen: Fen): string => `自愿多交${formatYuan(fen)}元`;

/** 备注 of a member's year: voluntary extra, approved 减免, missing basis, months owed. */
export function duesRemarks(e: DuesEntry): string {
  const parts: string[] = [];
  if (e.voluntary > 0) parts.push(voluntaryNote(e.voluntary));
  if (e.reduction !== 'none') parts.push(`经批准${REDUCTION_LABELS[e.reduction]}`);
  if (e.monthly === null) parts.push('未核定交纳基数');
  if (e.owedMonths > 0) parts.push(`欠交${e.owedMonths}个月`);
  return parts.join('；');
}

/** `结存 1,234.00 元（截至2026年11月23日）`. */
/**
 * The one money sentence the 公示 and the 上缴 register both print, so they reconcile on paper:
 * `上年结转 A 元，本年收缴 B 元（含自愿多交 V 元），上缴上级党组织 C 元，结存 D 元（A + B − C = D）`.
 */
export function reconcileText(t: DuesTotals, b: DuesBalance): string {
  const received = t.collected + t.voluntary;
  return (
    `上年结转 ${formatYuan(t.carriedIn)} 元，本年收缴 ${formatYuan(received)} 元（含自愿多交 ${formatYuan(t.voluntary)} 元），` +
    `上缴上级党组织 ${formatYuan(t.remitted)} 元，结存 ${formatYuan(b.fen)} 元（截至${formatChineseDate(b.asOf)}；` +
    `${formatYuan(t.carriedIn)} + ${formatYuan(received)} − ${formatYuan(t.remitted)} = ${formatYuan(b.fen)}）`
  );
}

export function balanceText(b: DuesBalance): string {
  return `结存 ${formatYuan(b.fen)} 元（截至${formatChineseDate(b.asOf)}）`;
}
