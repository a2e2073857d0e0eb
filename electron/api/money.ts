/**
 * Money is integer 分 (fen) everywhere; this is the one place that reads and writes 元
 * strings. No floating-point arithmetic touches an amount.
 */
export type Fen = number;

const YUAN = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** `6,200.00`, `6200`, `0.2`, `-5.50` → fen; null when it is not a plain amount of 元. */
export function parseYuan(text: string): Fen | null {
  const m = YUAN.exec(
    text
      .trim()
      .replace(/[＿\s]/g, '')
      .replace(/，/g, ',')
      .replace(/．/g, '.'),
  );
  if (!m) return null;
  const whole = Number((m[2] as string).replaceAll(',', ''));
  const cents = Number((m[3] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  if (!Number.isSafeInteger(fen)) return null;
  return m[1] ? -fen : fen;
}

/** 9300 → `93.00`; with grouping, 620000 → `6,200.00`. */
export function formatYuan(fen: Fen, grouping = true): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${cents}`;
}
