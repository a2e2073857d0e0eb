// Child process for the .xlsx limits test: runs `zhibu members import --dry-run` in a process of
// its own and reports its exit code and its peak memory (resident set), the figure the limit is on.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../electron/cli.ts');
const [db, file] = process.argv.slice(2);
const code = await main(['members', 'import', '--db', db, file, '--dry-run']);
process.stdout.write(
  `\nRESULT ${JSON.stringify({ code, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
