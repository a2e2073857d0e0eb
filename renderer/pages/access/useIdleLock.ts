import { useEffect } from 'react';
import { call } from '../../api.js';
import { useAuthStore } from '../../stores/auth.js';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the app after the set idle time without mouse or keyboard (the main process also
 * locks a session whose calls stop). Background refreshes are not activity: only the user is.
 */
export function useIdleLock(): void {
  const phase = useAuthStore((s) => s.phase);
  const idleMinutes = useAuthStore((s) => s.idleMinutes);
  useEffect(() => {
    if (phase !== 'ready') return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last < idleMinutes * 60_000) return;
      const name = useAuthStore.getState().user?.name ?? null;
      void call('auth.lock', {}).finally(() => useAuthStore.getState().lost(name));
    }, 5_000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [phase, idleMinutes]);
}

/** The 锁定 button: the same lock, at once. */
export async function lockNow(): Promise<void> {
  const name = useAuthStore.getState().user?.name ?? null;
  await call('auth.lock', {});
  useAuthStore.getState().lost(name);
}

export async function logOut(): Promise<void> {
  await call('auth.logout', {});
  useAuthStore.getState().lost(null);
  useAuthStore.setState({ lockedName: null });
}
