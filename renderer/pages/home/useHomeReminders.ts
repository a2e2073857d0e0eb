import { useEffect, useState } from 'react';
import type { ComplianceYear, HomeReminders } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

export interface HomeData {
  reminders: HomeReminders | null;
  /** This year's 组织生活 calendar, for 待开展 / 未开展 reminders. */
  compliance: ComplianceYear | null;
  error: string | null;
}

/** home.reminders and this year's calendar, re-read on each visit so they count from today. */
export function useHomeReminders(): HomeData {
  const [reminders, setReminders] = useState<HomeReminders | null>(null);
  const [compliance, setCompliance] = useState<ComplianceYear | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const failed = (err: unknown) => current && setError(failureMessage(err));
    call('home.reminders', {}).then((r) => current && setReminders(r), failed);
    call('compliance.year', { year: new Date().getFullYear() }).then((c) => current && setCompliance(c), failed);
    return () => {
      current = false;
    };
  }, []);

  return { reminders, compliance, error };
}
