import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { IncomingTransfer, MemberDetail } from '../../electron/api/members.js';
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

/** 东风村 transfers a member out to 西湖村, picked from the county directory, on 2026-11-10. */
export async function transferToXihu(c: County, memberId: string): Promise<void> {
  await contractOf(c.a).ok('members.event', {
    kind: 'transfer_out',
    id: memberId,
    date: '2026-11-10',
    counterpartOrg: '西湖村党支部',
    counterpartCode: 'XH002',
    letterNo: '城组转〔2026〕7号',
    issuedOn: '2026-11-10',
    validDays: 60,
    duesPaidTo: '2026-10',
  });
}

/** 西湖村 confirms the pre-filled 转入 of a relayed 转出 on 2026-11-20. */
export async function acceptRelay(c: County, arriving: IncomingTransfer): Promise<MemberDetail> {
  const { relayId, fromName, member, letterNo, issuedOn, validDays, duesPaidTo } = arriving;
  return contractOf(c.b).ok<MemberDetail>('members.transferIn', {
    member,
    date: '2026-11-20',
    counterpartOrg: fromName,
    letterNo,
    issuedOn,
    validDays,
    duesPaidTo,
    relayId,
  });
}
