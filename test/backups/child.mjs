// Child process for the kill -9 tests: takes a backup, or restores one, saying when it starts,
// so the test can kill it part-way.
import { register } from 'tsx/esm/api';

register();
const { openInstallation } = await import('../../electron/services/installation.ts');
const [mode, db, file] = process.argv.slice(2);
const inst = await openInstallation(db);
process.stdout.write('begin\n');
if (mode === 'backup') await inst.ctx.maintenance.backup('manual');
else await inst.ctx.maintenance.restore(file);
process.stdout.write('done\n');
await inst.close();
