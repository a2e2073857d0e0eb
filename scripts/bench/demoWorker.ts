// Builds demo branches in a child process of the county bench (scripts/bench/countyBuild.ts),
// so several are built at once. Each job: a new branch installation on its own file.
import { buildDemoBranch } from '../demo/branch.js';
import { openBench } from './setup.js';

interface Job {
  path: string;
  seed: number;
  members: number;
}

async function main(jobs: Job[]): Promise<void> {
  for (const job of jobs) {
    const inst = await openBench(job.path, job.seed);
    try {
      await buildDemoBranch(inst.ctx, { members: job.members, seed: job.seed });
    } finally {
      await inst.close();
    }
    process.send?.(job.path);
  }
}

main(JSON.parse(process.argv[2] ?? '[]') as Job[]).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
