import { join } from 'node:path';
import { fixedClock } from '../../db/clock.js';
import { seededRandom, uuidv7Generator } from '../../db/ids.js';
import { openInstallation } from '../../electron/services/installation.js';
import { buildDemoCounty, type DemoCountyBranch } from '../../scripts/demo/county.js';
import { contractOf } from '../support/api.js';
import { tempDir, tempInstallation } from '../support/temp.js';

export const TODAY = '2026-11-23';

/**
 * A demo county built the way a real one comes about (each branch its own installation,
 * enrolled, its first bundle imported); the branches' own databases are kept so that every
 * figure the office shows can be checked against what each branch computes for itself.
 */
export async function demoCounty(branches: number, seed = 7, members = 24, today = TODAY) {
  const office = await tempInstallation({ nodeId: 'cccccccccccccccc', today });
  await contractOf(office).ok('org.setup', {
    mode: 'office',
    name: '中共青山县委员会组织部',
    code: 'QS00',
    parentName: '',
    orgType: 'organ',
    foundedOn: null,
    termStartedOn: null,
    contactName: '',
    contactPhone: '',
  });
  const { dir, cleanup } = tempDir('zhibu-county-');
  const clock = fixedClock(today);
  const built: DemoCountyBranch[] = await buildDemoCounty(office.ctx, {
    branches,
    seed,
    members,
    dir,
    openBranch: (path, s) =>
      openInstallation(path, {
        clock,
        nodeId: s.toString(16).padStart(16, '0'),
        ids: uuidv7Generator(() => clock.nowMs(), seededRandom(s)),
      }),
  });
  /** Opens a branch's own database (close it after use). */
  const openBranch = (code: string) =>
    openInstallation(join(dir, `${code}.sqlite`), { clock, nodeId: 'dddddddddddddddd' });
  return {
    office: office,
    o: contractOf(office),
    built,
    /** Where the branches' own database files are (`<code>.sqlite`). */
    dir,
    openBranch,
    dispose: async () => {
      await office.dispose();
      cleanup();
    },
  };
}
