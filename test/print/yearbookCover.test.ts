/**
 * The 党支部工作手册's cover names the 书记 of its year (issue #14): the committee terms are built
 * through the contract on a real SQLite file, each year's handbook is printed with the machine's
 * Chromium and its first page read back with pdftotext. Needs chromium and poppler-utils; a
 * missing tool fails the test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerPdf } from '../../electron/api/ledgers.js';
import type { MemberDetail } from '../../electron/api/members.js';
import type { CommitteeMember } from '../../electron/api/org.js';
import { createChromiumPrinter, findBrowser, type ChromiumPrinter } from '../../electron/print/chromium.js';
import { pdfText } from '../cli/pdf.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let printer: ChromiumPrinter;
let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;

beforeAll(async () => {
  const browser = findBrowser();
  if (!browser) throw new Error('测试需要 Chromium（apt-get install chromium）');
  printer = createChromiumPrinter(browser);
  inst = await tempInstallation({ today: '2026-11-23', printPdf: printer });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  const member = (name: string) => api.ok<MemberDetail>('members.create', person({ name }));
  const [wang, li, zhang] = [await member('王建国'), await member('李秀英'), await member('张伟')];
  // 王建国 was 书记 from the last 换届 until 李秀英 took over this June; 张伟 is 副书记 throughout,
  // so a cover that printed another post than the 书记 would show.
  const old = await api.ok<CommitteeMember>('committee.save', {
    position: 'secretary',
    name: '王建国',
    memberId: wang.id,
    startedOn: '2021-04-15',
  });
  await api.ok('committee.save', {
    position: 'deputy',
    name: '张伟',
    memberId: zhang.id,
    startedOn: '2021-04-15',
  });
  await api.ok('committee.save', {
    id: old.id,
    position: 'secretary',
    name: '李秀英',
    memberId: li.id,
    changedOn: '2026-06-01',
  });
});
afterAll(async () => {
  await inst?.dispose();
  await printer?.close();
});

/** The year's handbook as the app prints it; its cover's text without whitespace. */
async function cover(year: number, from: TestInstallation = inst): Promise<string> {
  const pdf = await contractOf(from).ok<LedgerPdf>('ledger.yearbook', { year });
  const file = join(from.path, '..', `yearbook-${year}.pdf`);
  writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  return pdfText(file, 1);
}

describe('工作手册封面的书记', () => {
  it('a past year names the 书记 of that year, the running year the 书记 of today', async () => {
    const past = await cover(2025);
    expect(past).toContain('2025年度党支部工作手册');
    expect(past).toContain('书记：王建国');
    expect(past).not.toContain('李秀英');

    const running = await cover(2026);
    expect(running).toContain('2026年度党支部工作手册');
    expect(running).toContain('书记：李秀英');
    expect(running).not.toContain('王建国');
    // Neither cover takes the 副书记 for the 书记.
    expect(past + running).not.toContain('张伟');
  }, 300_000);

  it('a year before a 书记 without 任职时间 was entered leaves the line blank rather than name them', async () => {
    const undated = await tempInstallation({ today: '2026-11-23', printPdf: printer });
    try {
      const u = contractOf(undated);
      await u.ok('org.setup', SAMPLE_BRANCH);
      const wang = await u.ok<MemberDetail>('members.create', person({ name: '王建国' }));
      await u.ok('committee.save', { position: 'secretary', name: '王建国', memberId: wang.id });
      const past = await cover(2025, undated);
      expect(past).toContain('2025年度党支部工作手册');
      // The blank line to write on, then the printing date.
      expect(past).toContain('书记：2026年11月23日');
      expect(past).not.toContain('王建国');
    } finally {
      await undated.dispose();
    }
  }, 300_000);
});
