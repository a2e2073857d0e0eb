// Child process for the .xlsx limits test: runs `zhibu members import --dry-run` exactly as a user
// does (the built CLI, scripts/zhibu.mjs) in a process of its own and reports its exit code and its
// peak memory (resident set), the figure the limit is on. Compiling TypeScript here (tsx) would
// add ~150 MB of compiler to the figure that the user's command never carries.
const [db, file] = process.argv.slice(2);
process.argv.splice(2, process.argv.length, 'members', 'import', '--db', db, file, '--dry-run');
process.on('exit', (code) => {
  process.stdout.write(
    `\nRESULT ${JSON.stringify({ code, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
});
await import('../../scripts/zhibu.mjs');
