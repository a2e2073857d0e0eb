import type { SessionUser } from '../../api/access.js';
import type { AuditActor } from '../../../db/queries/audit.js';

/**
 * One window's (or one browser's) login, held by the transport in the main process and passed
 * to every call in the ServiceContext. The auth operations change it; dispatch() reads it.
 */
export interface Session {
  /** 'operator': the CLI, demo and bench, trusted as 管理员 by the OS; never locks. */
  readonly kind: 'interactive' | 'operator';
  user: SessionUser | null;
  /** Who locked the window (on demand or by idle time); cleared by logging in. */
  lockedName: string | null;
  /** When this session last ran an operation; an interactive one locks itself after the idle time. */
  lastActiveMs: number;
}

/** Whoever runs the CLI owns the data file already, so it acts as 管理员 (docs/decisions.md). */
export const OPERATOR: SessionUser = { id: 'operator', name: '本机操作员', role: 'admin' };

export function operatorSession(): Session {
  return { kind: 'operator', user: OPERATOR, lockedName: null, lastActiveMs: 0 };
}

/** A window or browser that has not logged in yet. */
export function newSession(): Session {
  return { kind: 'interactive', user: null, lockedName: null, lastActiveMs: 0 };
}

/** Locks the session: the user must give the password again; the name stays for the lock screen. */
export function lockSession(session: Session): void {
  if (session.user) session.lockedName = session.user.name;
  session.user = null;
}

/** The name the audit trail records for a session's writes. */
export function sessionActor(session: Session): AuditActor {
  return session.user ? { userId: session.user.id, name: session.user.name } : { userId: null, name: '未登录' };
}
