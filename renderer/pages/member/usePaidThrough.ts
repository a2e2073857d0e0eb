import { useEffect, useState } from 'react';
import { call } from '../../api.js';

/**
 * The last month a member has paid 党费 up to (`YYYY-MM`, as 党费交至 on the member page), from
 * this year's ledger or, when nothing of this year is paid yet, last year's; '' when unknown.
 * Undefined while loading; a failure is simply unknown, the clerk fills the box by hand.
 */
export function usePaidThrough(memberId: string, wanted: boolean): string | undefined {
  const [loaded, setLoaded] = useState<{ memberId: string; month: string } | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const year = new Date().getFullYear();
    const of = async (y: number) =>
      (await call('dues.year', { year: y })).rows.find((r) => r.memberId === memberId)?.paidThrough ?? null;
    (async () => (await of(year)) ?? (await of(year - 1)) ?? '')().then(
      (month) => current && setLoaded({ memberId, month }),
      () => current && setLoaded({ memberId, month: '' }),
    );
    return () => {
      current = false;
    };
  }, [memberId, wanted]);

  if (!wanted) return '';
  return loaded?.memberId === memberId ? loaded.month : undefined;
}
