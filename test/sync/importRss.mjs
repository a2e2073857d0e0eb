// Child process for the limits test: imports one bundle and reports the outcome and the
// process's peak resident memory, so a bomb's cost is measured where the import runs.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { openInstallation } = await import('../../electron/services/installation.ts');
const { importBundle } = await import('../../electron/sync/importer.ts');
const [db, file, now] = process.argv.slice(2);
const inst = await openInstallation(db);
let outcome;
try {
  const r = await importBundle(inst.ctx, readFileSync(file), now);
  outcome = { ok: true, rows: r.rows };
} catch (err) {
  outcome = { ok: false, message: err.message };
}
await inst.close();
process.stdout.write(JSON.stringify({ ...outcome, peakMb: process.resourceUsage().maxRSS / 1024 }));
