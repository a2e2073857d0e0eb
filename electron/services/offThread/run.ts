import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupJob, KeylessCopyJob } from '../backups/backupJob.js';
import type { BackupOutcome } from '../backups/set.js';
import type { VerifyJob } from '../verify/job.js';
import type { Finding } from '../verify/verify.js';

/** The worker entry's file name beside the built bundle (electron-vite's main, the CLI's esbuild). */
export const WORKER_FILE = 'maintenance-worker.js';

/** What the worker thread is asked to do. */
export type Task =
  | { kind: 'verify'; job: VerifyJob }
  | { kind: 'backup'; job: BackupJob }
  | { kind: 'keylessCopy'; job: KeylessCopyJob };

/** A task as posted to the thread, and its answer: the id pairs them, since one thread takes many tasks. */
export interface TaskMessage {
  id: number;
  task: Task;
}
export type AnswerMessage = { id: number; value: unknown } | { id: number; error: string };

export interface OffThreadResult<T> {
  value: T;
  /** 'worker' when the work ran on its own thread; 'inline' when it ran on the caller's. */
  ran: 'worker' | 'inline';
}

/**
 * How long the thread stays after its last task. Imports back up before each bundle or sheet, and
 * a thread's start (its modules, the SQLite addon) costs more than a small branch file's copy; an
 * idle thread still holds its own heap, which an old PC should get back.
 */
const IDLE_MS = 60_000;

/**
 * The worker's script: the built entry beside this bundle, or, from TypeScript sources, the tsx
 * bootstrap beside this file. Null when neither is there (a bundle built without the entry).
 */
function workerScript(): URL | null {
  const built = new URL(`./${WORKER_FILE}`, import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return built;
  if (import.meta.url.endsWith('.ts')) return new URL('./devWorker.mjs', import.meta.url);
  return null;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>;
  idle: NodeJS.Timeout | null;
}

/** The one maintenance thread of this process, while it runs. */
let thread: Thread | null = null;
let nextId = 0;

function startThread(script: URL): Thread {
  const t: Thread = { worker: new Worker(script), pending: new Map(), idle: null };
  // A thread that fails to load or dies fails its tasks; the next task starts a new one.
  const fail = (err: Error) => {
    if (thread === t) thread = null;
    if (t.idle) clearTimeout(t.idle);
    for (const p of t.pending.values()) p.reject(err);
    t.pending.clear();
  };
  t.worker.on('message', (m: AnswerMessage) => {
    const p = t.pending.get(m.id);
    if (!p) return;
    t.pending.delete(m.id);
    if ('error' in m) p.reject(new Error(m.error));
    else p.resolve(m.value);
    if (t.pending.size > 0) return;
    // Idle: it no longer keeps the process alive (a CLI command ends), and it ends after a while.
    t.worker.unref();
    t.idle = setTimeout(() => {
      if (thread === t) thread = null;
      void t.worker.terminate();
    }, IDLE_MS);
    t.idle.unref();
  });
  t.worker.on('error', fail);
  t.worker.on('exit', (code) => fail(new Error(`maintenance worker exited with ${code}`)));
  return t;
}

function runOnThread<T>(script: URL, task: Task): Promise<T> {
  thread ??= startThread(script);
  const t = thread;
  if (t.idle) clearTimeout(t.idle);
  t.idle = null;
  t.worker.ref();
  const id = (nextId += 1);
  return new Promise<T>((resolve, reject) => {
    t.pending.set(id, { resolve: (v) => resolve(v as T), reject });
    t.worker.postMessage({ id, task } satisfies TaskMessage);
  });
}

/**
 * Runs `task` on the maintenance thread with its own read-only connection: better-sqlite3 is
 * synchronous, and integrity_check or VACUUM INTO of a large office file takes seconds of CPU
 * that would hold every API call on the serving connection. If the thread cannot start (a
 * bundle without the worker entry, or a thread that fails to load) or fails, `inline` does the
 * same work here as before, so a damaged file is reported by the same code.
 */
async function offThread<T>(task: Task, inline: () => Promise<T>): Promise<OffThreadResult<T>> {
  const script = workerScript();
  if (script) {
    try {
      return { value: await runOnThread<T>(script, task), ran: 'worker' };
    } catch {
      // Falls through to the caller's own connection.
    }
  }
  return { value: await inline(), ran: 'inline' };
}

/** `zhibu verify`'s checks (the start-up check) off the serving thread. */
export const verifyOffThread = (job: VerifyJob, inline: () => Promise<Finding[]>) =>
  offThread({ kind: 'verify', job }, inline);

/** A backup into the set (every kind: start, daily, manual, import, restore, migrate) off the serving thread. */
export const backupOffThread = (job: BackupJob, inline: () => Promise<BackupOutcome>) =>
  offThread({ kind: 'backup', job }, inline);

/** 备份数据's copy without this PC's keys, off the serving thread. */
export const keylessCopyOffThread = (job: KeylessCopyJob, inline: () => Promise<void>) =>
  offThread({ kind: 'keylessCopy', job }, inline);
