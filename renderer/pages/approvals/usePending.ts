import { useCallback, useEffect, useState } from 'react';
import type { PendingApproval } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

export interface PendingState {
  list: PendingApproval[] | null;
  error: string | null;
  reload: () => void;
}

/** The office's queue; asked again after each entry, since one entry can open the next step. */
export function usePending(): PendingState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ list: PendingApproval[] | null; error: string | null }>({
    list: null,
    error: null,
  });

  useEffect(() => {
    let current = true;
    call('approvals.pending', {}).then(
      (list) => current && setState({ list, error: null }),
      (err: unknown) => current && setState((s) => ({ list: s.list, error: failureMessage(err) })),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
