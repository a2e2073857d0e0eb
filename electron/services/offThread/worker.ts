import { parentPort } from 'node:worker_threads';
import { backupFile, keylessCopyFile } from '../backups/backupJob.js';
import { verifyFile } from '../verify/job.js';
import type { AnswerMessage, Task, TaskMessage } from './run.js';

/**
 * The maintenance thread (see run.ts): the start-up check and every backup, each on a connection
 * of its own. Built as its own entry next to the main bundle (electron.vite.config.ts,
 * scripts/zhibu.mjs). A failure is sent back as a message: the caller then does the same work on
 * its own connection.
 */
function perform(task: Task): Promise<unknown> {
  if (task.kind === 'verify') return verifyFile(task.job);
  if (task.kind === 'backup') return backupFile(task.job);
  return keylessCopyFile(task.job);
}

parentPort?.on('message', ({ id, task }: TaskMessage) => {
  const answer = (m: AnswerMessage) => parentPort?.postMessage(m);
  perform(task).then(
    (value) => answer({ id, value }),
    (err: unknown) => answer({ id, error: err instanceof Error ? err.message : String(err) }),
  );
});
