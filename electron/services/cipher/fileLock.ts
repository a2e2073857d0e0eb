import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { DatabaseOpenError } from '../../../db/errors.js';

/**
 * A holder that has not let go after this long is taken for gone (a process whose id was reused,
 * or one on another computer sharing the folder). Holding lasts one read, write, fsync and rename.
 */
const STALE_MS = 30_000;
/** Longer than STALE_MS, so a waiter always outlives a lock its holder left behind. */
const WAIT_MS = 40_000;
const RETRY_MS = 5;

interface Owner {
  pid: number;
  host: string;
  token: string;
}

function parseOwner(text: string): Owner | null {
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.token === 'string'
      ? { pid: o.pid, host: o.host, token: o.token }
      : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, run by another user.
    return (err as { code?: unknown }).code === 'EPERM';
  }
}

const codeOf = (err: unknown) => (err as { code?: unknown }).code;

/** The lock file's content and identity (its inode: a fresh lock may hold the same text), or null when there is none. */
function look(lockPath: string): { text: string; ino: bigint; ageMs: number } | null {
  try {
    const text = readFileSync(lockPath, 'utf8');
    const stat = statSync(lockPath, { bigint: true });
    return { text, ino: stat.ino, ageMs: Date.now() - Number(stat.mtimeMs) };
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Removes a lock whose holder is gone: a process of this computer that no longer runs, or any
 * lock older than STALE_MS. (A lock just created is empty for an instant: only its age counts.)
 * It is moved aside before it is deleted, and put back if what was moved is not the lock judged
 * stale: two waiters breaking the same stale lock at once must not also break the fresh lock one
 * of them took after it.
 */
function breakIfStale(lockPath: string): void {
  const seen = look(lockPath);
  if (!seen) return;
  const owner = parseOwner(seen.text);
  const gone = owner !== null && owner.host === hostname() && !alive(owner.pid);
  if (!gone && seen.ageMs < STALE_MS) return;
  const aside = `${lockPath}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return;
    throw err;
  }
  try {
    const moved = look(aside);
    if (moved && (moved.text !== seen.text || moved.ino !== seen.ino)) putBack(aside, lockPath);
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Linked, never renamed, back: if yet another program took the lock meanwhile, theirs stays. */
function putBack(aside: string, lockPath: string): void {
  try {
    linkSync(aside, lockPath);
  } catch (err) {
    if (codeOf(err) !== 'EEXIST') throw err;
  }
}

/** Blocks this thread: the callers are synchronous, and the wait is for a write of a few milliseconds. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work` while holding `<path>.lock`, a file created exclusively (`wx`), so programs
 * changing the same file (the desktop app, browser mode, `zhibu unlock`) take turns: each reads
 * the file fresh under the lock and none writes over a change it did not see. A lock left by a
 * crashed program is broken (breakIfStale); one held too long is a Chinese error.
 */
export function withFileLock<T>(path: string, work: () => T): T {
  const lockPath = `${path}.lock`;
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  const text = JSON.stringify(owner);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    let fd: number | null = null;
    try {
      fd = openSync(lockPath, 'wx', 0o600);
    } catch (err) {
      if (codeOf(err) !== 'EEXIST') throw err;
    }
    if (fd !== null) {
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      break;
    }
    breakIfStale(lockPath);
    if (Date.now() > deadline)
      throw new DatabaseOpenError(
        'DB_KEY',
        `密钥文件正被另一个程序修改，长时间没有完成（${lockPath}）：请关闭其他正在使用这份数据的支部台账窗口或命令后再试`,
      );
    pause(RETRY_MS + Math.floor(Math.random() * RETRY_MS));
  }
  try {
    return work();
  } finally {
    // Only our own lock: one broken as stale while we held it now belongs to someone else.
    if (look(lockPath)?.text === text) rmSync(lockPath, { force: true });
  }
}
