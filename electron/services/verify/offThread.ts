import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VerifyJob } from './job.js';
import type { Finding } from './verify.js';

/** The worker entry's file name beside the built bundle (electron-vite's main, the CLI's esbuild). */
export const WORKER_FILE = 'verify-worker.js';

export interface OffThreadResult {
  findings: Finding[];
  /** 'worker' when the checks ran on their own thread; 'inline' when no worker file was found. */
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

function runWorker(script: URL, job: VerifyJob): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    let answered = false;
    worker.once('message', (m: { findings?: Finding[]; error?: string }) => {
      answered = true;
      if (m.findings) resolve(m.findings);
      else reject(new Error(m.error ?? 'verify worker failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`verify worker exited with ${code}`));
    });
  });
}

/**
 * `zhibu verify`'s checks at start-up, on a worker thread with its own read-only connection:
 * better-sqlite3 is synchronous, and integrity_check of a large office file takes seconds of CPU
 * that would hold every API call on the serving connection. If the thread cannot start (a
 * bundle without the worker entry, or a thread that fails to load), the checks run here as before.
 * A file the worker cannot read also runs here, so the findings come from the same checks.
 */
export async function verifyOffThread(job: VerifyJob, inline: () => Promise<Finding[]>): Promise<OffThreadResult> {
  const script = workerScript();
  if (script) {
    try {
      return { findings: await runWorker(script, job), ran: 'worker' };
    } catch {
      // Falls through: the serving connection runs the same checks and reports what it finds.
    }
  }
  return { findings: await inline(), ran: 'inline' };
}
