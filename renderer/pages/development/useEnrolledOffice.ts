import { useEffect, useState } from 'react';
import { call } from '../../api.js';

/**
 * Whether this branch is enrolled with an office (数据交换 knows a peer of role office): then
 * the office records its own steps (备案、预审、审批) and they come back in its bundles.
 * False while loading or on failure: the page then simply offers 登记 as before.
 */
export function useEnrolledOffice(): boolean {
  const [enrolled, setEnrolled] = useState(false);
  useEffect(() => {
    let current = true;
    call('exchange.status', {}).then(
      (s) => current && setEnrolled(s.mode === 'branch' && s.peers.some((p) => p.role === 'office')),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return enrolled;
}
