import { useEffect, useState } from 'react';
import type { LedgerId, RenderedLedger } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Finished {
  key: string;
  ledger: RenderedLedger | null;
  error: string | null;
}

export interface LedgerPreview {
  loading: boolean;
  ledger: RenderedLedger | null;
  error: string | null;
  retry: () => void;
}

/** Renders a ledger for preview; a newer request always wins over a slower older one. */
export function useLedgerPreview(ledger: LedgerId, year: number | undefined, person?: string): LedgerPreview {
  const [attempt, setAttempt] = useState(0);
  const [finished, setFinished] = useState<Finished | null>(null);
  const key = `${ledger}:${year ?? ''}:${person ?? ''}:${attempt}`;

  useEffect(() => {
    let current = true;
    call('ledger.render', person ? { ledger, year, person } : { ledger, year }).then(
      (rendered) => {
        if (current) setFinished({ key, ledger: rendered, error: null });
      },
      (err: unknown) => {
        if (current) setFinished({ key, ledger: null, error: failureMessage(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [key, ledger, year, person]);

  const done = finished?.key === key ? finished : null;
  return {
    loading: done === null,
    ledger: done?.ledger ?? null,
    error: done?.error ?? null,
    retry: () => setAttempt((n) => n + 1),
  };
}
