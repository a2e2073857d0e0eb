// Child process for the crash test: imports one bundle, saying when it starts, so the test
// can kill it in the middle of the import transaction.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { openInstallation } = await import('../../electron/services/installation.ts');
const { importBundle } = await import('../../electron/sync/importer.ts');
const [db, file] = process.argv.slice(2);
const inst = await openInstallation(db);
const bytes = readFileSync(file);
process.stdout.write('begin\n');
await importBundle(inst.ctx, bytes, '2026-11-23T09:00:00Z');
process.stdout.write('done\n');
await inst.close();
