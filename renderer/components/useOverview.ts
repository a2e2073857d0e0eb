import { App } from 'antd';
import { useEffect } from 'react';
import type { OrgOverview } from '../../electron/api/index.js';
import { failureMessage } from '../api.js';
import { useOrgStore } from '../stores/org.js';

/** The overview, re-read on entering a screen so dates like 距换届 are counted from today. */
export function useOverview(): OrgOverview | null {
  const overview = useOrgStore((s) => s.overview);
  const refresh = useOrgStore((s) => s.refresh);
  const { message } = App.useApp();

  useEffect(() => {
    refresh().catch((err: unknown) => void message.error(failureMessage(err)));
  }, [refresh, message]);

  return overview;
}
