import type { CSSProperties } from 'react';

/**
 * A vertical stack of blocks. The explicit column keeps a wide table from stretching the
 * grid (and the page) past the window; the table scrolls inside instead.
 */
export function stack(gap: number): CSSProperties {
  return { display: 'grid', gap, gridTemplateColumns: 'minmax(0, 1fr)' };
}
