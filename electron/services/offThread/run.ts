import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupJob } from '../backups/backupJob.js';
import type { BackupOutcome } from '../backups/set.js';
import type { VerifyJob } from '../verify/job.js';
import type { Finding } from '../verify/verify.js';

/** The worker entry's file name beside the built bundle (electron-vite's main, the CLI's esbuild). */
export const WORKER_FILE = 'maintenance-worker.js';

/** What the worker thread is asked to do. */
export type Task = { kind: 'verify'; job: VerifyJob } | { kind: 'backup'; job: BackupJob };

export interface OffThreadResult<T> {
  value: T;
  /** 'worker' when the work ran on its own thread; 'inline' when it ran on the caller's. */
  ran: 'worker' | 'inline';
}

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

function runWorker<T>(script: URL, task: Task): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    let answered = false;
    worker.once('message', (m: { value?: T; error?: string }) => {
      answered = true;
      if (m.error === undefined) resolve(m.value as T);
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`maintenance worker exited with ${code}`));
    });
  });
}

/**
 * Runs `task` on a worker thread with its own read-only connection: better-sqlite3 is
 * synchronous, and integrity_check or VACUUM INTO of a large office file takes seconds of CPU
 * that would hold every API call on the serving connection. If the thread cannot start (a
 * bundle without the worker entry, or a thread that fails to load) or fails, `inline` does the
 * same work here as before, so a damaged file is reported by the same code.
 */
async function offThread<T>(task: Task, inline: () => Promise<T>): Promise<OffThreadResult<T>> {
  const script = workerScript();
  if (script) {
    try {
      return { value: await runWorker<T>(script, task), ran: 'worker' };
    } catch {
      // Falls through to the caller's own connection.
    }
  }
  return { value: await inline(), ran: 'inline' };
}

/** `zhibu verify`'s checks (the start-up check) off the serving thread. */
export const verifyOffThread = (job: VerifyJob, inline: () => Promise<Finding[]>) =>
  offThread({ kind: 'verify', job }, inline);

/** The start-up and daily backups off the serving thread. */
export const backupOffThread = (job: BackupJob, inline: () => Promise<BackupOutcome>) =>
  offThread({ kind: 'backup', job }, inline);
