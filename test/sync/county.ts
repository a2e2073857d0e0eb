import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import { contractOf } from '../support/api.js';
import { officeAndBranch } from './support.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';

/** An office (CG01) with two enrolled branches, 东风村 (DF001) and 西湖村 (XH002), each on its own file. */
export interface County {
  office: TestInstallation;
  a: TestInstallation;
  b: TestInstallation;
  /** Exports from one installation and imports the file into another, as a USB stick would. */
  pass(from: TestInstallation, to: TestInstallation, peer?: string): Promise<ImportLine>;
  dispose(): Promise<void>;
}

export async function county(): Promise<County> {
  const { dir, cleanup } = tempDir('zhibu-county-');
  const { office, branch: a } = await officeAndBranch();
  const b = await tempInstallation({ nodeId: 'cccccccccccccccc' });
  await contractOf(b).ok('org.setup', { ...SAMPLE_BRANCH, name: '中共西湖村支部委员会', code: 'XH002' });

  let n = 0;
  const pass = async (from: TestInstallation, to: TestInstallation, peer?: string) => {
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
    [a, 'DF001', '东风村党支部'],
    [b, 'XH002', '西湖村党支部'],
  ] as const) {
    const file = await contractOf(office).ok<BundleFile>('exchange.enrolBranch', { code, name });
    await contractOf(branch).ok('exchange.importEnrolment', file);
    await pass(branch, office);
  }
  return {
    office,
    a,
    b,
    pass,
    dispose: async () => {
      for (const i of [office, a, b]) await i.dispose();
      cleanup();
    },
  };
}
