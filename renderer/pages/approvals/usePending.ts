import { useCallback, useEffect, useState } from 'react';
import type { PendingApproval, RecordedApproval } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

export interface PendingState {
  list: PendingApproval[] | null;
  /** What the office recorded in the last 30 days, newest first (最近办理). */
  recent: RecordedApproval[];
  error: string | null;
  reload: () => void;
}

/** The office's queue; asked again after each entry, since one entry can open the next step. */
export function usePending(): PendingState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{
    list: PendingApproval[] | null;
    recent: RecordedApproval[];
    error: string | null;
  }>({ list: null, recent: [], error: null });

  useEffect(() => {
    let current = true;
    Promise.all([call('approvals.pending', {}), call('approvals.recent', {})]).then(
      ([list, recent]) => current && setState({ list, recent, error: null }),
      (err: unknown) => current && setState((s) => ({ ...s, error: failureMessage(err) })),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
