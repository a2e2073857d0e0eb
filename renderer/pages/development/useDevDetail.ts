import { useCallback, useEffect, useState } from 'react';
import type { DevDetail } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Loaded {
  id: string;
  person: DevDetail | null;
  error: string | null;
}

export interface DevDetailState {
  person: DevDetail | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** Shows the detail an operation returned, without asking again. */
  show: (person: DevDetail) => void;
}

/** One person's whole record; an answer for someone no longer shown is dropped. */
export function useDevDetail(id: string): DevDetailState {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    call('dev.get', { id }).then(
      (person) => current && setLoaded({ id, person, error: null }),
      (err: unknown) => current && setLoaded({ id, person: null, error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const show = useCallback((person: DevDetail) => setLoaded({ id: person.id, person, error: null }), []);
  const mine = loaded?.id === id ? loaded : null;
  return { person: mine?.person ?? null, error: mine?.error ?? null, loading: mine === null, reload, show };
}
