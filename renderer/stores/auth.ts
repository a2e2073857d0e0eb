import { create } from 'zustand';
import { roleAllows, type AuthStatus, type Role, type SessionUser } from '../../electron/api/index.js';

type AuthPhase = 'loading' | 'needsAdmin' | 'login' | 'ready' | 'failed';

interface AuthState {
  phase: AuthPhase;
  user: SessionUser | null;
  /** Set while locked: whose password opens the app again. */
  lockedName: string | null;
  idleMinutes: number;
  /** The data is still encrypted and closed: the first login opens it. */
  dataLocked: boolean;
  loadError: string | null;
  /** From auth.status: which screen comes first. */
  apply: (status: AuthStatus) => void;
  loggedIn: (user: SessionUser) => void;
  /** The main process refused a call for want of a login (locked by idle time elsewhere, or logged out). */
  lost: (lockedName: string | null) => void;
  failed: (message: string) => void;
}

/** Who is using the app: the main process keeps the session; this mirrors it for the screens. */
export const useAuthStore = create<AuthState>()((set) => ({
  phase: 'loading',
  user: null,
  lockedName: null,
  idleMinutes: 10,
  dataLocked: false,
  loadError: null,
  apply: (s) =>
    set({
      phase: s.needsAdmin ? 'needsAdmin' : s.user ? 'ready' : 'login',
      user: s.user,
      lockedName: s.lockedName,
      idleMinutes: s.idleMinutes,
      dataLocked: s.dataLocked ?? false,
      loadError: null,
    }),
  loggedIn: (user) => set({ phase: 'ready', user, lockedName: null, dataLocked: false }),
  lost: (lockedName) => set((s) => ({ phase: 'login', user: null, lockedName: lockedName ?? s.user?.name ?? null })),
  failed: (message) => set({ phase: 'failed', loadError: message }),
}));

/** Whether the logged-in user may run operations declared for `role` (hides what would be refused). */
export function useCan(role: Role): boolean {
  return useAuthStore((s) => (s.user ? roleAllows(s.user.role, role) : false));
}
