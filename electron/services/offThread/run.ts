import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode, FieldIssue } from '../../api/errors.js';
import type { BackupJob, KeylessCopyJob } from '../backups/backupJob.js';
import type { KeepDamagedJob, ReplaceJob, RestoreCheckJob } from '../backups/restoreJob.js';
import type { BackupOutcome } from '../backups/set.js';
import { ServiceError } from '../errors.js';
import type { PastJob } from '../office/pastStatus.js';
import type { VerifyJob } from '../verify/job.js';
import type { Finding } from '../verify/verify.js';
import type { BranchStatus } from '../../api/office.js';

/** The worker entry's file name beside the built bundle (electron-vite's main, the CLI's esbuild). */
export const WORKER_FILE = 'maintenance-worker.js';

/** What the worker thread is asked to do. */
export type Task =
  | { kind: 'verify'; job: VerifyJob }
  | { kind: 'backup'; job: BackupJob }
  | { kind: 'keylessCopy'; job: KeylessCopyJob }
  | { kind: 'restoreCheck'; job: RestoreCheckJob }
  | { kind: 'keepDamaged'; job: KeepDamagedJob }
  | { kind: 'replaceData'; job: ReplaceJob }
  | { kind: 'pastStatuses'; job: PastJob };

/** A task as posted to the thread, and its answer: the id pairs them, since one thread takes many tasks. */
export interface TaskMessage {
  id: number;
  task: Task;
}
export type AnswerMessage =
  { id: number; value: unknown } | { id: number; error: string } | { id: number; refusal: Refusal };

/** A ServiceError as it crosses the thread: an Error's own fields do not survive postMessage. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  field: string | undefined;
  issues: FieldIssue[] | undefined;
}

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
  /** It has answered a task: its modules and the SQLite addon are loaded. */
  ready: boolean;
}

/** The one maintenance thread of this process, while it runs. */
let thread: Thread | null = null;
let nextId = 0;

function startThread(script: URL): Thread {
  const t: Thread = { worker: new Worker(script), pending: new Map(), idle: null, ready: false };
  // A thread that fails to load or dies fails its tasks; the next task starts a new one.
  const fail = (err: Error) => {
    if (thread === t) thread = null;
    if (t.idle) clearTimeout(t.idle);
    for (const p of t.pending.values()) p.reject(err);
    t.pending.clear();
  };
  t.worker.on('message', (m: AnswerMessage) => {
    t.ready = true;
    const p = t.pending.get(m.id);
    if (!p) return;
    t.pending.delete(m.id);
    if ('refusal' in m)
      p.reject(new ServiceError(m.refusal.code, m.refusal.message, m.refusal.field, m.refusal.issues));
    else if ('error' in m) p.reject(new Error(m.error));
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

/** Whether the maintenance thread is up and has started (not yet ended after its idle minute). */
export function maintenanceThreadRunning(): boolean {
  return thread?.ready === true;
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
 * same work here as before, so a damaged file is reported by the same code. A refusal
 * (ServiceError) is the work's answer, not the thread's failure: it reaches the caller as it was
 * raised, since the work done again here would refuse the same way after holding this thread as
 * long (a restore's check of a damaged county file, say).
 */
async function offThread<T>(task: Task, inline: () => T | Promise<T>): Promise<OffThreadResult<T>> {
  const script = workerScript();
  if (script) {
    try {
      return { value: await runOnThread<T>(script, task), ran: 'worker' };
    } catch (err) {
      if (err instanceof ServiceError) throw err;
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

/** A restore's check of the file chosen (integrity, a 支部台账 file, not too new) off the serving thread. */
export const restoreCheckOffThread = (job: RestoreCheckJob, inline: () => void | Promise<void>) =>
  offThread({ kind: 'restoreCheck', job }, inline);

/** A restore's raw copy of data too damaged to back up, off the serving thread. */
export const keepDamagedOffThread = (job: KeepDamagedJob, inline: () => string | Promise<string>) =>
  offThread({ kind: 'keepDamaged', job }, inline);

/** A restore's copy of the chosen file over the data file (closed meanwhile), off the serving thread. */
export const replaceDataOffThread = (job: ReplaceJob, inline: () => void | Promise<void>) =>
  offThread({ kind: 'replaceData', job }, inline);

/** A share of the branches' lights on a past day (统计), worked out beside the serving thread's share. */
export const pastStatusesOffThread = (job: PastJob, inline: () => Promise<[string, BranchStatus | null][]>) =>
  offThread({ kind: 'pastStatuses', job }, inline);
