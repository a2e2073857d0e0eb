import { useEffect, useState } from 'react';
import { call } from '../api.js';

/**
 * What waits for the secretary in the menu itself: 上级通知 not yet opened and 转入 relayed by
 * the office not yet confirmed. Read again on every page change, so a badge goes once handled.
 */
export function useMenuBadges(pathname: string, enabled: boolean): Record<string, number> {
  const [badges, setBadges] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    Promise.all([call('notices.list', {}), call('transfers.incoming', {})]).then(
      ([notices, incoming]) =>
        current &&
        setBadges({
          '/notices': notices.notices.filter((n) => !n.reply?.readOn).length,
          '/transfers': incoming.filter((t) => t.status === 'pending').length,
        }),
      // A badge is a convenience: the pages themselves say what failed.
      () => current && setBadges({}),
    );
    return () => {
      current = false;
    };
  }, [pathname, enabled]);
  return badges;
}
