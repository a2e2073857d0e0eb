import { parentPort, workerData } from 'node:worker_threads';
import { verifyFile, type VerifyJob } from './job.js';

/**
 * The start-up check's thread (see offThread.ts): built as its own entry next to the main
 * bundle (electron.vite.config.ts, scripts/zhibu.mjs). A failure is sent back as a message:
 * the caller then runs the checks on its own connection.
 */
try {
  parentPort?.postMessage({ findings: await verifyFile(workerData as VerifyJob) });
} catch (err) {
  parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
