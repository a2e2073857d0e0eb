import { useEffect, useState } from 'react';
import type { LedgerColumns, LedgerId } from '../../../electron/api/index.js';
import { call } from '../../api.js';

/**
 * A ledger's column settings, read once per ledger; the 调整列 drawer hands back what each
 * save returns. Null while loading, or when they could not be read (the button then stays
 * hidden: printing works without it).
 */
export function useLedgerColumns(ledger: LedgerId): [LedgerColumns | null, (next: LedgerColumns) => void] {
  const [columns, setColumns] = useState<LedgerColumns | null>(null);

  useEffect(() => {
    let current = true;
    call('ledger.columns', { ledger }).then(
      (read) => {
        if (current) setColumns(read);
      },
      () => {
        if (current) setColumns(null);
      },
    );
    return () => {
      current = false;
    };
  }, [ledger]);

  return [columns?.ledger === ledger ? columns : null, setColumns];
}
