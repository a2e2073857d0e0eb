import { useCallback, useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Loaded {
  id: string;
  meeting: MeetingDetail | null;
  error: string | null;
}

export interface MeetingDetailState {
  meeting: MeetingDetail | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** One meeting's full record; an answer for a meeting no longer shown is dropped. */
export function useMeetingDetail(id: string): MeetingDetailState {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    call('meetings.get', { id }).then(
      (meeting) => current && setLoaded({ id, meeting, error: null }),
      (err: unknown) => current && setLoaded({ id, meeting: null, error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const mine = loaded?.id === id ? loaded : null;
  return { meeting: mine?.meeting ?? null, error: mine?.error ?? null, loading: mine === null, reload };
}
