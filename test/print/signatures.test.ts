/**
 * 签字栏不单独成页 (issue #14 point 5): ledgers that end in signature lines are printed with the
 * machine's Chromium, sweeping the length of what comes before the signatures so that they fall
 * at every place near a page end, and each page holding a signature line is read back with
 * pdftotext: it must also hold some of the table it signs. Needs chromium and poppler-utils;
 * a missing tool fails the test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeLine, MeetingDetail } from '../../electron/api/meetings.js';
import { createChromiumPrinter, findBrowser, type ChromiumPrinter } from '../../electron/print/chromium.js';
import { printDocument } from '../../electron/services/ledgers/pdfParts.js';
import { renderLedger } from '../../renderer/ledgers/index.js';
import { line, meeting, sampleAppraisalData, sampleMeetingsData } from '../../renderer/ledgers/meetingsTestData.js';
import { rosterEntry, sampleBranchData, sampleRosterData } from '../../renderer/ledgers/testData.js';
import type { LedgerData } from '../../renderer/ledgers/types.js';

let printer: ChromiumPrinter;
let dir: string;
beforeAll(() => {
  const browser = findBrowser();
  if (!browser) throw new Error('测试需要 Chromium（apt-get install chromium）');
  printer = createChromiumPrinter(browser);
  dir = mkdtempSync(join(tmpdir(), 'zhibu-signatures-'));
});
afterAll(async () => {
  await printer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The ledger as the app prints it; each page's text without whitespace. */
async function pages(data: LedgerData, name: string): Promise<string[]> {
  const doc = renderLedger(data);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await printDocument(printer, doc));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    ),
  );
}

/** What a page holds besides its running header, page number and the given fixed words. */
function besides(page: string, fixed: readonly string[]): string {
  let rest = page.replace(/第\d+页共\d+页/g, '');
  for (const f of [...fixed].sort((a, b) => b.length - a.length)) rest = rest.split(f).join('');
  return rest.replace(/[：:（）()]/g, '');
}

const ORG = '中共城关镇东风村支部委员会';
const CHROME = [ORG, '2026年度'];
const REGISTER_SIGNERS = ['填表人', '审核人（书记）', '（盖章）', '年月日'];

/** Meeting records whose 请假/缺席 list and minutes grow by a line each, so the sign row falls everywhere. */
function longRecords(kind: MeetingDetail['kind'], count: number): MeetingDetail[] {
  return Array.from({ length: count }, (_, i) => {
    const away = Array.from({ length: 12 + (i % 9) * 3 }, (_v, j) =>
      line(
        `请假党员${j + 1}`,
        j % 3 === 0 ? 'absent' : 'leave',
        `外出务工在${['浙江宁波', '广东东莞', '江苏苏州'][j % 3]}，已电话请假并说明原因`,
      ),
    );
    const minutes = Array.from(
      { length: 4 + i },
      (_v, k) => `第${k + 1}项：与会党员围绕议题逐一发言，提出了意见和建议，会议进行了充分讨论。`,
    ).join('\n');
    return meeting(
      { id: `m${i}`, kind, attendanceLines: [line('王建国'), line('李秀英'), ...away] },
      { minutes, decisions: '同意上述事项，由支部委员会负责落实。' },
    );
  });
}

/**
 * How many rows of `make(n)` fit on the first page: printed once with plenty of rows. The
 * signatures can only be pushed onto a page of their own when the rows end near that page's
 * end, so the sweep prints the counts just around it.
 */
async function aroundFirstPageEnd(make: (n: number) => LedgerData, row: (i: number) => string): Promise<number[]> {
  const [first = ''] = await pages(make(60), 'probe');
  let fit = 0;
  while (first.includes(row(fit + 1))) fit += 1;
  expect(fit).toBeGreaterThan(4);
  return [fit - 4, fit - 3, fit - 2, fit - 1, fit, fit + 1];
}

const SLOW = 300_000;

describe('签字栏不单独成页', () => {
  it(
    '党员大会 and 民主评议 records with long leave lists keep 主持人/记录人签字 with the record',
    async () => {
      const records = [...longRecords('congress', 15), ...longRecords('appraisal', 15)].map((m, i) => ({
        ...m,
        id: `r${i}`,
      }));
      const texts = await pages(sampleMeetingsData(records), 'records');
      const signed = texts.filter((t) => t.includes('主持人签字'));
      expect(signed).toHaveLength(30);
      for (const t of signed) expect(besides(t, [...CHROME, '主持人签字', '记录人签字'])).not.toBe('');
    },
    SLOW,
  );

  it(
    'the 民主评议 结果汇总表 keeps 计票人/监票人/书记 with its rows, whatever their number',
    async () => {
      const grades = (n: number, m: number): GradeLine[] =>
        Array.from({ length: n }, (_, i) => ({
          memberId: `g${m}-${i}`,
          name: `评议党员${i + 1}`,
          grade: 'qualified',
          ballotsIssued: 30,
          ballotsReturned: 30,
          votesExcellent: 3,
          votesQualified: 25,
          votesBasic: 2,
          votesUnqualified: 0,
          disposition: '',
          note: '',
        }));
      // One table after another on the same pages: each ends at another height.
      const appraisals = Array.from({ length: 24 }, (_, m) =>
        meeting({ id: `a${m}`, kind: 'appraisal', gradeLines: grades(3 + m * 2, m) }),
      );
      const texts = await pages(sampleAppraisalData(appraisals, ['王建国']), 'appraisal-results');
      const signed = texts.filter((t) => t.includes('计票人'));
      expect(signed.length).toBeGreaterThan(0);
      for (const t of signed) expect(t).toMatch(/评议党员\d+/);
    },
    SLOW,
  );

  it(
    'registers keep 填表人/审核人 with their last rows at the page end',
    async () => {
      const roster = (n: number) =>
        sampleRosterData(Array.from({ length: n }, (_, i) => rosterEntry({ id: `r${i}`, name: `花名册党员${i + 1}` })));
      for (const n of await aroundFirstPageEnd(roster, (i) => `花名册党员${i}`)) {
        const signed = (await pages(roster(n), `roster-${n}`)).filter((t) => t.includes('填表人'));
        expect(signed, `${n} rows`).toHaveLength(1);
        expect(signed[0], `${n} rows`).toMatch(/花名册党员\d+/);
      }
    },
    SLOW,
  );

  it(
    'the 基本情况登记表 keeps its signatures with the 支委 table however many groups it lists',
    async () => {
      const branch = (n: number) => {
        const data = sampleBranchData();
        data.overview.groups = Array.from({ length: n }, (_, i) => ({
          id: `g${i}`,
          name: `党小组${i + 1}号`,
          leaderName: '赵德明',
          leaderSince: null,
          establishedOn: null,
        }));
        return data;
      };
      // The 支委 table (its heading, header and rows) follows the groups: it reaches the page end
      // with that many fewer groups than fill the first page.
      const committee = sampleBranchData().overview.committee.length + 2;
      for (const n of (await aroundFirstPageEnd(branch, (i) => `党小组${i}号`)).map((f) => f - committee)) {
        const signed = (await pages(branch(n), `branch-${n}`)).filter((t) => t.includes('填表人'));
        expect(signed, `${n} groups`).toHaveLength(1);
        expect(besides(signed[0] ?? '', [...CHROME, ...REGISTER_SIGNERS]), `${n} groups`).not.toBe('');
      }
    },
    SLOW,
  );
});
