import { useCallback, useEffect, useState } from 'react';
import type { MemberDetail } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Loaded {
  id: string;
  member: MemberDetail | null;
  error: string | null;
}

export interface MemberDetailState {
  member: MemberDetail | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** Shows the detail an operation returned, without asking again. */
  show: (member: MemberDetail) => void;
}

/** One member's full record; an answer for a member no longer shown is dropped. */
export function useMemberDetail(id: string): MemberDetailState {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    call('members.get', { id }).then(
      (member) => current && setLoaded({ id, member, error: null }),
      (err: unknown) => current && setLoaded({ id, member: null, error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const show = useCallback((member: MemberDetail) => setLoaded({ id: member.id, member, error: null }), []);
  const mine = loaded?.id === id ? loaded : null;
  return { member: mine?.member ?? null, error: mine?.error ?? null, loading: mine === null, reload, show };
}
