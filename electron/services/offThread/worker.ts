import { parentPort } from 'node:worker_threads';
import { backupFile, keylessCopyFile } from '../backups/backupJob.js';
import { checkRestorable, keepDamaged, replaceData } from '../backups/restoreJob.js';
import { ServiceError } from '../errors.js';
import { pastFromKeptFile } from '../office/pastStatus.js';
import { verifyFile } from '../verify/job.js';
import type { AnswerMessage, Task, TaskMessage } from './run.js';

/**
 * The maintenance thread (see run.ts): the start-up check, every backup, each on a connection of
 * its own, a restore's work on files, and a share of an office's lights on a past day (the serving
 * thread works out the rest meanwhile). Built as its own entry next to the main bundle
 * (electron.vite.config.ts, scripts/zhibu.mjs). A refusal is sent back with its code and field,
 * for the caller to raise; any other failure as a message: the caller then does the same work on
 * its own connection.
 */
function perform(task: Task): unknown {
  switch (task.kind) {
    case 'verify':
      return verifyFile(task.job);
    case 'backup':
      return backupFile(task.job);
    case 'keylessCopy':
      return keylessCopyFile(task.job);
    case 'restoreCheck':
      return checkRestorable(task.job);
    case 'keepDamaged':
      return keepDamaged(task.job);
    case 'replaceData':
      return replaceData(task.job);
    case 'pastStatuses':
      return pastFromKeptFile(task.job);
  }
}

function failure(id: number, err: unknown): AnswerMessage {
  if (err instanceof ServiceError)
    return { id, refusal: { code: err.code, message: err.message, field: err.field, issues: err.issues } };
  return { id, error: err instanceof Error ? err.message : String(err) };
}

parentPort?.on('message', ({ id, task }: TaskMessage) => {
  const answer = (m: AnswerMessage) => parentPort?.postMessage(m);
  // A promise around the work, so a synchronous throw (the restore's file steps) is answered too.
  new Promise((resolve) => resolve(perform(task))).then(
    (value) => answer({ id, value }),
    (err: unknown) => answer(failure(id, err)),
  );
});
