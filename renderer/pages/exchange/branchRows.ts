import dayjs from 'dayjs';
import type { PeerStatus } from '../../../electron/api/index.js';

/** A branch whose latest bundle is older than this many days is shown as behind (red). */
export const STALE_AFTER_DAYS = 30;

export type BranchFilter = 'all' | 'stale' | 'never' | 'revoked';

/** Whole calendar days from `iso` to today (0: today). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return dayjs(now).startOf('day').diff(dayjs(iso).startOf('day'), 'day');
}

/** `2026-11-23 · 3 天前`, for the 最近收到 / 最近发出 columns. */
export function whenText(iso: string, now: number = Date.now()): { date: string; ago: string } {
  const days = daysSince(iso, now);
  return {
    date: dayjs(iso).format('YYYY-MM-DD'),
    ago: days <= 0 ? '今天' : days === 1 ? '昨天' : `${days} 天前`,
  };
}

/** Never reported, or not for more than STALE_AFTER_DAYS: the clerk should chase it. */
export function isBehind(p: PeerStatus, now: number = Date.now()): boolean {
  if (p.revoked) return false;
  return p.lastReceivedAt === null || daysSince(p.lastReceivedAt, now) > STALE_AFTER_DAYS;
}

export function matchesFilter(p: PeerStatus, f: BranchFilter, now: number = Date.now()): boolean {
  switch (f) {
    case 'all':
      return true;
    case 'revoked':
      return p.revoked;
    case 'never':
      return !p.revoked && p.lastReceivedAt === null;
    case 'stale':
      return !p.revoked && p.lastReceivedAt !== null && daysSince(p.lastReceivedAt, now) > STALE_AFTER_DAYS;
  }
}

export function matchesSearch(p: PeerStatus, text: string): boolean {
  const q = text.trim().toLowerCase();
  return q === '' || p.name.toLowerCase().includes(q) || p.code.toLowerCase().includes(q);
}

/** Oldest 最近收到 first; never received counts as oldest. */
export function byLastReceived(a: PeerStatus, b: PeerStatus): number {
  return (a.lastReceivedAt ?? '').localeCompare(b.lastReceivedAt ?? '') || a.code.localeCompare(b.code);
}
