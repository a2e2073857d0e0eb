import { useCallback, useEffect, useState } from 'react';
import type { ArrearsRow, DuesBasis, DuesLedgerRow } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

export interface MemberDues {
  /** The basis in force this month. */
  basis: DuesBasis | null;
  /** A basis set to start in a later month of this year, if any. */
  upcoming: DuesBasis | null;
  row: DuesLedgerRow | null;
  arrears: ArrearsRow | null;
}

interface Loaded {
  key: string;
  dues: MemberDues | null;
  error: string | null;
}

function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * One member's 党费 standing. The basis in force at the start of next year is the latest one
 * set this year (a mid-year change included); when it starts after this month, the one in
 * force at the start of this year still applies.
 */
export function useMemberDues(memberId: string): { dues: MemberDues | null; error: string | null; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${memberId}:${attempt}`;

  useEffect(() => {
    let current = true;
    const year = new Date().getFullYear();
    Promise.all([
      call('dues.bases', { year }),
      call('dues.bases', { year: year + 1 }),
      call('dues.year', { year }),
      call('dues.arrears', {}),
    ]).then(
      ([bases, nextBases, ledger, arrears]) => {
        if (!current) return;
        const own = bases.find((b) => b.memberId === memberId);
        const start = own?.current ?? own?.previous ?? null;
        const latest = nextBases.find((b) => b.memberId === memberId)?.previous ?? start;
        const later = latest && latest.effectiveFrom > thisMonth();
        setLoaded({
          key,
          error: null,
          dues: {
            basis: later ? start : latest,
            upcoming: later ? latest : null,
            row: ledger.rows.find((r) => r.memberId === memberId) ?? null,
            arrears: arrears.find((a) => a.memberId === memberId) ?? null,
          },
        });
      },
      (err: unknown) => current && setLoaded({ key, dues: null, error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [key, memberId]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const mine = loaded?.key === key ? loaded : null;
  return { dues: mine?.dues ?? null, error: mine?.error ?? null, reload };
}
