import { expect } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import { contractOf } from '../support/api.js';
import { officeAndBranch } from '../sync/support.js';

export type Api = ReturnType<typeof contractOf>;

/**
 * An office (CG01) with one enrolled branch (DF001), talking only through the contract, as
 * the 数据交换 page does: `toOffice`/`toBranch` export a bundle on one side and import it on the
 * other (exchange.import, so the import follow-ups run).
 */
export async function countyPair() {
  const { office, branch } = await officeAndBranch();
  const o = contractOf(office);
  const b = contractOf(branch);
  const file = await o.ok<BundleFile>('exchange.enrolBranch', { code: 'DF001', name: '东风村党支部' });
  await b.ok('exchange.importEnrolment', { fileName: file.fileName, base64: file.base64 });
  const pass = async (from: Api, to: Api, peer?: string) => {
    const bundle = await from.ok<BundleFile>('exchange.export', peer ? { peer } : {});
    const lines = await to.ok<ImportLine[]>('exchange.import', { files: [bundle] });
    expect(lines.map((l) => l.ok)).toEqual([true]);
  };
  return {
    office,
    branch,
    o,
    b,
    toOffice: () => pass(b, o),
    toBranch: () => pass(o, b, 'DF001'),
    dispose: async (): Promise<void> => {
      await office.dispose();
      await branch.dispose();
    },
  };
}

export type CountyPair = Awaited<ReturnType<typeof countyPair>>;
