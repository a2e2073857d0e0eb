import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../db/clock.js';
import { openInstallation, type Installation, type InstallationOptions } from '../../electron/services/installation.js';

/** A fresh folder under the system temp dir, removed by the returned function. */
export function tempDir(prefix = 'zhibu-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestInstallation extends Installation {
  path: string;
  clock: ReturnType<typeof fixedClock>;
  dispose(): Promise<void>;
}

/** A real installation on a real SQLite file, with a fixed clock (2026-11-23 unless given). */
export async function tempInstallation(
  options: InstallationOptions & { today?: string } = {},
): Promise<TestInstallation> {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'zhibu.sqlite');
  const clock = fixedClock(options.today ?? '2026-11-23');
  const inst = await openInstallation(path, { clock, nodeId: '0123456789abcdef', ...options });
  return {
    ...inst,
    path,
    clock,
    dispose: async () => {
      await inst.close();
      cleanup();
    },
  };
}

export const SAMPLE_BRANCH = {
  mode: 'branch',
  name: '中共东风村支部委员会',
  code: 'DF001',
  parentName: '中共城关镇委员会',
  orgType: 'village',
  foundedOn: '1956-03-01',
  termStartedOn: '2021-04-15',
  contactName: '张建国',
  contactPhone: '13800000000',
} as const;
