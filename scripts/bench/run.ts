// `npm run bench`: speed and memory of the county-scale paths, on real SQLite files.
// Prints a table and writes reports/bench.json. Measures only; nothing here passes or fails.
import { runBench } from './bench.js';
import { parseBenchArgs, USAGE } from './options.js';
import { formatTable } from './report.js';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const opts = parseBenchArgs(argv);
  console.log(
    `bench: ${opts.only.join(', ')} — large branch ${opts.largeMembers} members; county ${opts.branches} × ${opts.branchMembers}; roster ${opts.rosterMembers}; office ${opts.officeBranches} branches` +
      `${opts.quick ? ' (quick)' : ''}`,
  );
  const report = await runBench(opts, (s) => console.log(`  done: ${s.scenario}`));
  console.log(`\n${formatTable(report)}`);
  if (opts.out) console.log(`\nJSON: ${opts.out}`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
