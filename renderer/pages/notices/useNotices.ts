import { useCallback, useEffect, useState } from 'react';
import type { NoticeList } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

export interface NoticesData {
  list: NoticeList | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** notices.list, read again after every change (and on each visit, so overdue counts from today). */
export function useNotices(): NoticesData {
  const [list, setList] = useState<NoticeList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    call('notices.list', {}).then(
      (l) => {
        if (!current) return;
        setList(l);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(failureMessage(err));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [round]);

  const reload = useCallback(() => {
    setLoading(true);
    setRound((r) => r + 1);
  }, []);
  return { list, error, loading, reload };
}
