import { localIsoDate, type Clock } from '../../../db/clock.js';
import type { Maintenance } from './maintenance.js';
import type { BackupEntry } from './set.js';

const HOUR = 3600 * 1000;

/** No backup yet on the local calendar day of `clock`: the daily one is due. */
export function dailyDue(entries: readonly BackupEntry[], clock: Clock): boolean {
  const today = clock.today();
  return !entries.some((b) => localIsoDate(new Date(b.createdMs)) === today);
}

/**
 * What runs once the window (or browser mode) is up, so start-up stays fast: the full check of
 * `zhibu verify` (its result feeds the home page's banner), then the start-up backup; and,
 * while the app runs, the daily backup (checked hourly: a PC left on overnight gets one too).
 * A failure is logged, never fatal: the app keeps working and the next attempt comes.
 * Returns the function that stops it: no step starts after that (a host closed during the
 * start-up check used to begin the backup on its closed connection and log a failure); it
 * resolves once the step under way, if any, has ended.
 */
export function startBackgroundCare(m: Maintenance, clock: Clock, log: (message: string) => void): () => Promise<void> {
  let stopped = false;
  let underWay: Promise<void> = Promise.resolve();
  const attempt = (what: string, job: () => Promise<unknown>): Promise<void> => {
    if (stopped) return Promise.resolve();
    underWay = job().then(
      () => undefined,
      (err: unknown) => log(`${what}失败：${(err as Error).message}`),
    );
    return underWay;
  };
  void (async () => {
    await attempt('启动检查', () => m.checkHealth());
    await attempt('启动时自动备份', () => m.backup('start'));
  })();
  const timer = setInterval(() => {
    if (dailyDue(m.list(), clock)) void attempt('每日自动备份', () => m.backup('daily'));
  }, HOUR);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    return underWay;
  };
}
