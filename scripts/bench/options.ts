export const SCENARIOS = ['large', 'county', 'roster', 'office'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** What one benchmark run builds. `--quick` shrinks everything to a smoke run of a few seconds. */
export interface BenchOptions {
  quick: boolean;
  /** Members of the large branch (scenario 1). */
  largeMembers: number;
  /** Branches of the county (scenario 2) and members in each. */
  branches: number;
  branchMembers: number;
  /** Members of the roster-only branch (scenario 3); 0 leaves the scenario out. */
  rosterMembers: number;
  /** Branches of the office-screens county (scenario 4), each of about `branchMembers`. */
  officeBranches: number;
  /** Runs of each read operation; the median is reported (after one warm-up run). */
  repeat: number;
  /** Where the JSON report goes; null writes none. */
  out: string | null;
  /** Folder where the county's built branches and bundles are kept and reused (`--cache`); null builds anew. */
  cache: string | null;
  /**
   * The office file with every first bundle imported (`--office`), kept by the office scenario's
   * first run and reused by later ones, so that a change to the screens is measured without the
   * long imports; null imports every run.
   */
  office: string | null;
  /** Scenarios to run (`--only`, repeatable); all by default. One alone gives cleaner memory peaks. */
  only: ScenarioName[];
}

export const FULL: BenchOptions = {
  quick: false,
  largeMembers: 300,
  branches: 50,
  branchMembers: 40,
  rosterMembers: 2000,
  officeBranches: 500,
  repeat: 5,
  out: 'reports/bench.json',
  cache: null,
  office: null,
  only: [...SCENARIOS],
};

export const QUICK: BenchOptions = {
  quick: true,
  largeMembers: 12,
  branches: 2,
  branchMembers: 8,
  rosterMembers: 30,
  officeBranches: 2,
  repeat: 1,
  out: 'reports/bench.json',
  cache: null,
  office: null,
  only: [...SCENARIOS],
};

export const USAGE = `npm run bench -- [--quick] [--only large|county|roster] [--branches N] [--members N] [--roster N] [--out FILE]
  --quick        tiny sizes, a smoke run of a few seconds
  --only NAME    run this scenario only (repeatable): ${SCENARIOS.join(', ')}
  --branches N   branches in the county scenario (default ${FULL.branches})
  --members N    members of the large branch (default ${FULL.largeMembers})
  --roster N     members of the roster-only branch, 0 to skip (default ${FULL.rosterMembers})
  --office-branches N  branches of the office-screens county (default ${FULL.officeBranches})
  --cache DIR    keep the built county (branches' bundles, enrolled office) in DIR and reuse it next run
  --office FILE  with --cache: keep the office with every bundle imported in FILE and reuse it next run
  --out FILE     JSON report (default ${FULL.out})`;

function count(flag: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min || n > max)
    throw new Error(`${flag} needs a whole number from ${min} to ${max}`);
  return n;
}

/** Parses the command line; explicit sizes win over `--quick`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const opts = { ...(argv.includes('--quick') ? QUICK : FULL) };
  const only: ScenarioName[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const next = () => argv[++i];
    switch (flag) {
      case '--quick':
        break;
      case '--branches':
        opts.branches = count(flag, next(), 1, 500);
        break;
      case '--members':
        // The demo needs a committee (5) and three group leaders.
        opts.largeMembers = count(flag, next(), 8, 10_000);
        break;
      case '--roster':
        opts.rosterMembers = count(flag, next(), 0, 10_000);
        if (opts.rosterMembers > 0 && opts.rosterMembers < 8) throw new Error('--roster needs 0 or at least 8');
        break;
      case '--office-branches':
        opts.officeBranches = count(flag, next(), 1, 4800);
        break;
      case '--only': {
        const name = next();
        const known = SCENARIOS.find((s) => s === name);
        if (!known) throw new Error(`--only needs one of ${SCENARIOS.join(', ')}`);
        only.push(known);
        break;
      }
      case '--cache':
        opts.cache = next() ?? null;
        if (!opts.cache) throw new Error('--cache needs a folder');
        break;
      case '--office':
        opts.office = next() ?? null;
        if (!opts.office) throw new Error('--office needs a file');
        break;
      case '--out':
        opts.out = next() ?? null;
        if (!opts.out) throw new Error('--out needs a file');
        break;
      default:
        throw new Error(`unknown option ${String(flag)}\n${USAGE}`);
    }
  }
  if (only.length) opts.only = only;
  return opts;
}
