import { parentPort, workerData } from 'node:worker_threads';
import { backupFile } from '../backups/backupJob.js';
import { verifyFile } from '../verify/job.js';
import type { Task } from './run.js';

/**
 * The thread of the start-up check and the start-up and daily backups (see run.ts): built as its own
 * entry next to the main bundle (electron.vite.config.ts, scripts/zhibu.mjs). A failure is sent
 * back as a message: the caller then does the same work on its own connection.
 */
const task = workerData as Task;
try {
  const value = task.kind === 'verify' ? await verifyFile(task.job) : await backupFile(task.job);
  parentPort?.postMessage({ value });
} catch (err) {
  parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
