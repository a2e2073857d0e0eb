import { useEffect, useState } from 'react';
import type { OfficeBranches } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

/** Batches small enough that the progress moves at least once a second on a slow PC. */
const BATCH = 20;

/**
 * The 总览 rows with their lights (worked out when each bundle arrived); the lights of branches
 * the office has not worked out (a county from before, a branch silent for over a year) are
 * then computed and filled in, a batch at a time.
 */
export function useOfficeBranches() {
  const [data, setData] = useState<OfficeBranches | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const run = async () => {
      let d = await call('office.branches', {});
      if (!current) return;
      setError(null);
      setData(d);
      const total = d.stale;
      while (current && d.stale > 0) {
        setProgress({ done: total - d.stale, total });
        await call('office.refresh', { limit: BATCH });
        d = await call('office.branches', {});
        if (current) setData(d);
      }
      if (current) setProgress(null);
    };
    run().catch((err: unknown) => {
      if (!current) return;
      setProgress(null);
      setError(failureMessage(err));
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  return { data, error, progress, reload: () => setAttempt((n) => n + 1) };
}
