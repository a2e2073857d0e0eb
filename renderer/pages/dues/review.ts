import {
  basisInput,
  DUES_BASE_LABELS,
  formatYuan,
  type BasisRow,
  type DuesBasis,
  type DuesCategory,
  type Input,
} from '../../../electron/api/index.js';

/** What the review grid shows for one member: a category and a base typed in 元. */
export interface Draft {
  category: DuesCategory | undefined;
  base: string;
}

export type ReviewEntry = Input<'dues.review'>['entries'][number];

/** Categories whose amount is a rate of a base; the others pay a fixed amount. */
export function hasBase(category: DuesCategory | undefined): boolean {
  return category !== undefined && category in DUES_BASE_LABELS;
}

export function draftOf(b: DuesBasis | null): Draft {
  return { category: b?.category, base: b && b.base !== null ? formatYuan(b.base, false) : '' };
}

function same(a: Draft, b: Draft): boolean {
  return a.category === b.category && (!hasBase(a.category) || a.base.trim() === b.base.trim());
}

/** A row counts as changed when what is typed differs from this year's saved basis. */
export function isChanged(row: BasisRow, edit: Draft | undefined): boolean {
  return edit !== undefined && !same(edit, draftOf(row.current));
}

/**
 * The entry sent for a changed row. An approved 减免 (this year's, else last year's) goes
 * along unchanged, so retyping a base never silently makes an exempt member owe.
 */
export function entryFor(row: BasisRow, d: Draft): ReviewEntry {
  const kept = row.current ?? row.previous;
  const yuan = (fen: number | null) => (fen === null ? null : formatYuan(fen, false));
  return {
    memberId: row.memberId,
    category: d.category as DuesCategory,
    base: hasBase(d.category) ? d.base : null,
    fixed: kept && kept.category === d.category && !hasBase(d.category) ? yuan(kept.fixed) : null,
    reduction: kept?.reduction ?? 'none',
    reducedAmount: kept?.reduction === 'reduced' ? yuan(kept.reducedAmount) : null,
    decisionOn: kept?.decisionOn ?? null,
    approvalRef: kept?.approvalRef ?? '',
    note: kept?.note ?? '',
  };
}

/** The same messages the main process gives, before anything is sent. */
export function draftProblem(d: Draft): string | null {
  if (!d.category) return '请选择党费类别';
  if (!hasBase(d.category)) return null;
  if (!d.base.trim()) return `请填写${DUES_BASE_LABELS[d.category] ?? '交纳基数'}`;
  const parsed = basisInput.shape.base.safeParse(d.base);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '交纳基数有误');
}
