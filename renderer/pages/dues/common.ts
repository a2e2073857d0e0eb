import {
  formatYuan,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  type DuesYear,
  type Fen,
  type PaymentMethod,
} from '../../../electron/api/index.js';
import { useDuesStore } from '../../stores/dues.js';
import { useOrgStore } from '../../stores/org.js';

/** Closer form rows than the default, so a dialog and its 保存 button fit a 768-line screen. */
export const ITEM = { marginBottom: 14 };

export const METHOD_OPTIONS = PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }));

export function methodLabel(method: string): string {
  return PAYMENT_METHOD_LABELS[method as PaymentMethod] ?? method;
}

/** `93.00 元`. */
export function yuan(fen: Fen): string {
  return `${formatYuan(fen)} 元`;
}

/** An amount as the user would type it into an amount box: `279.00`, no grouping. */
export function yuanInput(fen: Fen): string {
  return formatYuan(fen, false);
}

const thisYear = new Date().getFullYear();
export const YEAR_OPTIONS = Array.from({ length: 11 }, (_, i) => ({
  value: thisYear + 1 - i,
  label: `${thisYear + 1 - i} 年`,
}));

/** Members of the year's grid, for a searchable select. */
export function memberOptions(ledger: DuesYear | null): { value: string; label: string }[] {
  return (ledger?.rows ?? []).map((r) => ({ value: r.memberId, label: r.name }));
}

/**
 * 经手人 is almost always the same person: the one last entered in this session, else the
 * one on the latest payment of the year, else the 书记.
 */
export function useDefaultHandler(): string {
  const last = useDuesStore((s) => s.lastHandler);
  const latest = useDuesStore(
    (s) => [...(s.payments ?? [])].sort((a, b) => b.paidOn.localeCompare(a.paidOn))[0]?.handler ?? '',
  );
  const secretary = useOrgStore((s) => s.overview?.committee.find((c) => c.position === 'secretary')?.name ?? '');
  return last || latest || secretary;
}
