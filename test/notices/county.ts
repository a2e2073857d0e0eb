import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFile, ImportLine } from '../../electron/api/index.js';
import { officeAndBranch } from '../sync/support.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';

/** An office (CG01) with two enrolled branches, 东风村 (DF001) and 西山村 (XS002), on real files. */
export interface County {
  office: TestInstallation;
  east: TestInstallation;
  west: TestInstallation;
  /** Exports a bundle through the contract, passes it as a file, imports it on the other side. */
  carry(from: TestInstallation, to: TestInstallation, peer?: string): Promise<ImportLine>;
  dispose(): Promise<void>;
}

export async function county(): Promise<County> {
  const { office, branch: east } = await officeAndBranch();
  const west = await tempInstallation({ nodeId: 'cccccccccccccccc' });
  await contractOf(west).ok('org.setup', { ...SAMPLE_BRANCH, code: 'XS002', name: '中共西山村支部委员会' });
  const { dir, cleanup } = tempDir('zhibu-notices-');
  let n = 0;

  const carry = async (from: TestInstallation, to: TestInstallation, peer?: string) => {
    const out = await contractOf(from).ok<BundleFile>('exchange.export', peer ? { peer } : {});
    n += 1;
    const path = join(dir, `${n}-${out.fileName}`);
    writeFileSync(path, Buffer.from(out.base64, 'base64'));
    const files = [{ fileName: out.fileName, base64: readFileSync(path).toString('base64') }];
    const [line] = await contractOf(to).ok<ImportLine[]>('exchange.import', { files });
    if (!line?.ok) throw new Error(`import refused: ${line?.message ?? ''}`);
    return line;
  };

  for (const [branch, code, name] of [
    [east, 'DF001', '东风村党支部'],
    [west, 'XS002', '西山村党支部'],
  ] as const) {
    const enrol = await contractOf(office).ok<BundleFile>('exchange.enrolBranch', { code, name });
    await contractOf(branch).ok('exchange.importEnrolment', enrol);
    // The office can write to a branch once the branch's first bundle has brought its keys.
    await carry(branch, office);
  }

  return {
    office,
    east,
    west,
    carry,
    dispose: async () => {
      await office.dispose();
      await east.dispose();
      await west.dispose();
      cleanup();
    },
  };
}

/** A tiny but genuine PDF, as a scanned notice would be. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
