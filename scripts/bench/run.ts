// `npm run bench`: speed and memory of the county-scale paths, on real SQLite files.
// Prints a table and writes reports/bench.json. Measures only; nothing here passes or fails.
import { parseBenchArgs, USAGE } from './options.js';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const opts = parseBenchArgs(argv);
  // Measured as users run it: the app and `zhibu` load React's production build (see
  // scripts/zhibu.mjs), so it is chosen before anything that prints is loaded.
  process.env.NODE_ENV ??= 'production';
  const [{ runBench }, { formatTable }] = await Promise.all([import('./bench.js'), import('./report.js')]);
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
