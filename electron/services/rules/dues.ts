import { DUES_CATEGORY_LABELS, farmerRangeMessage, type DuesCategory, type Rounding } from '../../api/duesOptions.js';
import { formatYuan, type Fen } from '../../api/money.js';

/**
 * 党费 rates (DOMAIN.md, Dues). Rates are in basis points (1% = 100) so every computation
 * stays in integers; the rate applies to the whole base, not marginally.
 */
interface Bracket {
  /** Inclusive upper bound of the base, in fen; null = no bound. */
  upTo: Fen | null;
  bp: number;
}

const WAGE_BRACKETS: readonly Bracket[] = [
  { upTo: 300_000, bp: 50 },
  { upTo: 500_000, bp: 100 },
  { upTo: 1_000_000, bp: 150 },
  { upTo: null, bp: 200 },
];

const PENSION_BRACKETS: readonly Bracket[] = [
  { upTo: 500_000, bp: 50 },
  { upTo: null, bp: 100 },
];

/** 农民: a fixed 0.2–1 元 a month, chosen by the branch. */
export const FARMER_RANGE: readonly [Fen, Fen] = [20, 100];
export const FARMER_DEFAULT: Fen = 20;
/** 学生, 下岗失业, 低保, 靠抚恤救济: 0.2 元. */
export const MINIMAL_FIXED: Fen = 20;

export type DuesRule =
  { kind: 'rate'; brackets: readonly Bracket[] } | { kind: 'fixed'; range: readonly [Fen, Fen] | null; fixed: Fen };

export function ruleOf(category: DuesCategory): DuesRule {
  switch (category) {
    case 'employed':
    case 'annual_salary':
    case 'self_employed':
    case 'other':
      return { kind: 'rate', brackets: WAGE_BRACKETS };
    case 'retired':
      return { kind: 'rate', brackets: PENSION_BRACKETS };
    case 'farmer':
      return { kind: 'fixed', range: FARMER_RANGE, fixed: FARMER_DEFAULT };
    case 'student':
    case 'unemployed':
    case 'relief':
      return { kind: 'fixed', range: null, fixed: MINIMAL_FIXED };
  }
}

export function rateFor(brackets: readonly Bracket[], base: Fen): number {
  for (const b of brackets) if (b.upTo === null || base <= b.upTo) return b.bp;
  throw new Error('brackets must end unbounded');
}

/** base × bp / 10000, rounded to the 分 as the branch setting says (default half up). */
export function applyRate(base: Fen, bp: number, rounding: Rounding = 'half_up'): Fen {
  const scaled = base * bp;
  switch (rounding) {
    case 'half_up':
      return Math.floor((scaled + 5_000) / 10_000);
    case 'down':
      return Math.floor(scaled / 10_000);
    case 'up':
      return Math.ceil(scaled / 10_000);
  }
}

function percent(bp: number): string {
  return `${bp / 100}%`;
}

export interface DuesComputation {
  monthly: Fen;
  /** How it was computed, for the screen and the 核定表: `6,200.00 × 1.5% = 93.00`. */
  explanation: string;
  /** Basis points applied, or null for a fixed amount. */
  bp: number | null;
}

export class DuesRuleError extends Error {
  constructor(
    readonly field: 'base' | 'fixed' | 'category',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one function that says what a member owes a month. `fixed` is the branch's choice
 * for 农民 (within 0.2–1 元); other fixed categories ignore it.
 */
export function monthlyDues(
  category: DuesCategory,
  base: Fen | null,
  fixed: Fen | null,
  rounding: Rounding = 'half_up',
): DuesComputation {
  const rule = ruleOf(category);
  if (rule.kind === 'fixed') {
    let amount = rule.fixed;
    if (!rule.range && fixed !== null && fixed !== rule.fixed)
      throw new DuesRuleError(
        'fixed',
        `${DUES_CATEGORY_LABELS[category]}党员每月固定交纳 ${formatYuan(rule.fixed)} 元`,
      );
    if (rule.range && fixed !== null) {
      const [min, max] = rule.range;
      if (fixed < min || fixed > max)
        throw new DuesRuleError(
          'fixed',
          category === 'farmer'
            ? farmerRangeMessage(fixed)
            : `${DUES_CATEGORY_LABELS[category]}党员每月交纳 ${formatYuan(min)}–${formatYuan(max)} 元，${formatYuan(fixed)} 不在此范围内`,
        );
      amount = fixed;
    }
    return {
      monthly: amount,
      explanation: `${DUES_CATEGORY_LABELS[category]}：每月 ${formatYuan(amount)} 元`,
      bp: null,
    };
  }
  if (base === null) throw new DuesRuleError('base', `请填写${DUES_CATEGORY_LABELS[category]}党员的交纳基数`);
  if (base < 0) throw new DuesRuleError('base', '交纳基数不能为负数');
  const bp = rateFor(rule.brackets, base);
  const monthly = applyRate(base, bp, rounding);
  return { monthly, explanation: `${formatYuan(base)} × ${percent(bp)} = ${formatYuan(monthly)}`, bp };
}
