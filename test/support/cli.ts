import { spawnSync } from 'node:child_process';

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs the real `zhibu` bin as a user would (`npx zhibu …` runs the same file). The timeout only
 * ends a run that hangs; printing a yearbook takes minutes on a loaded machine.
 */
export function zhibu(args: string[], input?: string): CliRun {
  const r = spawnSync(process.execPath, ['scripts/zhibu.mjs', ...args], {
    encoding: 'utf8',
    timeout: 300_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
