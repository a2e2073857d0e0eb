import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../../electron/services/members/import/zipLimits.js';
import { tempDir } from '../support/temp.js';
import { craftZip, type CraftedEntry } from './zipWriter.js';

/** The ceiling the limits exist for (docs/bundle-format.md, "Excel imports"). */
const MAX_RSS_MB = 300;

let dir: string;
let cleanup: () => void;
let db: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('zhibu-xlsx-limits-'));
  db = join(dir, 'branch.sqlite');
  const r = spawnSync(
    process.execPath,
    ['scripts/zhibu.mjs', 'init', '--db', db, '--role', 'branch', '--name', '中共东风村支部委员会', '--code', 'DF001'],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(r.status).toBe(0);
}, 200_000);
afterAll(() => cleanup());

/** `zhibu members import --dry-run` in a process of its own: its output, exit code and peak RSS. */
function importInChild(file: string): Promise<{ code: number; maxRssMb: number; output: string }> {
  const child = spawn(process.execPath, ['test/members/importChild.mjs', db, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', () => {
      const m = /RESULT (\{.*\})/.exec(output);
      if (!m?.[1]) return reject(new Error(`the import child printed no result:\n${output.slice(0, 2000)}`));
      resolve({ ...(JSON.parse(m[1]) as { code: number; maxRssMb: number }), output });
    }),
  );
}

/** A workbook's parts around one worksheet and its shared strings, as Excel writes them. */
function workbook(
  sheet: CraftedEntry['parts'],
  strings: CraftedEntry['parts'],
  declared: Partial<Record<string, number>> = {},
  styles?: CraftedEntry['parts'],
) {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const entries: CraftedEntry[] = [
    {
      name: '[Content_Types].xml',
      parts: [
        {
          text:
            `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
            '<Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
            '</Types>',
        },
      ],
    },
    {
      name: '_rels/.rels',
      parts: [
        {
          text: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        },
      ],
    },
    {
      name: 'xl/workbook.xml',
      parts: [
        {
          text: `${xml}<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        },
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      parts: [
        {
          text:
            `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
            `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
            (styles ? `<Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/>` : '') +
            '</Relationships>',
        },
      ],
    },
    {
      name: 'xl/sharedStrings.xml',
      parts: [{ text: `${xml}<sst ${ns}>` }, ...strings, { text: '</sst>' }],
      ...(declared.strings === undefined ? {} : { declaredSize: declared.strings }),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      parts: [{ text: `${xml}<worksheet ${ns}><sheetData>` }, ...sheet, { text: '</sheetData></worksheet>' }],
    },
  ];
  if (styles)
    entries.push({
      name: 'xl/styles.xml',
      parts: [{ text: `${xml}<styleSheet ${ns}><cellXfs>` }, ...styles, { text: '</cellXfs></styleSheet>' }],
    });
  return craftZip(entries);
}

const ONE_ROW = [{ text: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }];

async function expectRefused(name: string, zip: Buffer, reason: string): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, zip);
  const r = await importInChild(file);
  expect(r.code).toBe(1);
  expect(r.output).toContain(reason);
  expect(r.output).toContain('超出花名册导入的上限');
  expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB);
}

describe('.xlsx imports within fixed limits', () => {
  it('refuses a shared strings bomb (300 KB inflating to 300 MB) without inflating it in memory', async () => {
    const zip = workbook(ONE_ROW, [{ text: '<si><t>' }, { text: 'A', times: 300_000_000 }, { text: '</t></si>' }]);
    expect(zip.length).toBeLessThan(400 * 1024);
    await expectRefused('bomb.xlsx', zip, '过大');
  }, 200_000);

  it('refuses a bomb of tiny strings whose zip lies about its size, while it is being inflated', async () => {
    const zip = workbook(ONE_ROW, [{ text: '<si><t>A</t></si>', times: 20_000_000 }], { strings: 4096 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    await expectRefused('lying-bomb.xlsx', zip, '过大');
  }, 200_000);

  it('refuses a small file of too many shared strings or cells', async () => {
    const strings = workbook(ONE_ROW, [{ text: '<si><t>A</t></si>', times: XLSX_LIMITS.sharedStrings + 1 }]);
    await expectRefused('strings.xlsx', strings, '共享文本过多');
    const cells = workbook(
      [{ text: '<row><c t="s"><v>0</v></c></row>', times: XLSX_LIMITS.cells + 1 }],
      [{ text: '<si><t>A</t></si>' }],
    );
    await expectRefused('cells.xlsx', cells, '单元格过多');
  }, 200_000);

  it('reads a roster at the cell limit within the memory ceiling', async () => {
    // 2,000 members in 30 columns of distinct text: the cell limit.
    const columns = 30;
    const members = Math.floor(XLSX_LIMITS.cells / columns) - 1;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.addRow([
      '姓名',
      '性别',
      '民族',
      '身份证号',
      '入党时间',
      ...Array.from({ length: columns - 5 }, (_, i) => `备注${i + 1}`),
    ]);
    for (let m = 1; m <= members; m += 1)
      ws.addRow([
        `党员${m}`,
        m % 2 ? '男' : '女',
        '汉族',
        `41032319800101${String(m).padStart(4, '0')}`,
        '2001-07-01',
        ...Array.from({ length: columns - 5 }, (_, i) => `说明${m}-${i}`),
      ]);
    const file = join(dir, 'big-roster.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await importInChild(file);
    expect(r.output).not.toContain('超出花名册导入的上限');
    expect(r.output).toContain(`共 ${members} 行`);
    expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB);
  }, 300_000);

  it('parses a file at the byte and string limits within the memory ceiling', async () => {
    // As many shared strings as allowed, as long as the entry limit lets them be, each used by one cell.
    const count = XLSX_LIMITS.sharedStrings - 10;
    const text = '党'.repeat(Math.floor((XLSX_LIMITS.entryBytes - 1024) / count / 3) - 6);
    const columns = 30;
    const letters = Array.from({ length: columns }, (_, i) =>
      String.fromCharCode(65 + (i % 26)).repeat(i < 26 ? 1 : 2),
    );
    const rows = Array.from({ length: Math.floor(count / columns) }, (_, r) => ({
      text: `<row r="${r + 1}">${letters.map((l, c) => `<c r="${l}${r + 1}" t="s"><v>${r * columns + c}</v></c>`).join('')}</row>`,
    }));
    const zip = workbook(rows, [{ text: `<si><t>${text}</t></si>`, times: count }]);
    const file = join(dir, 'at-limits.xlsx');
    writeFileSync(file, zip);
    const r = await importInChild(file);
    expect(r.output).not.toContain('超出花名册导入的上限');
    expect(r.output).toContain('没有找到花名册的表头');
    expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB);
  }, 300_000);

  it('bounds every other part too: a file of tiny styles under the element limit, and one over it', async () => {
    const under = workbook(ONE_ROW, [{ text: '<si><t>A</t></si>' }], {}, [
      { text: '<xf/>', times: XLSX_LIMITS.elements - 100 },
    ]);
    const file = join(dir, 'styles.xlsx');
    writeFileSync(file, under);
    const r = await importInChild(file);
    expect(r.output).not.toContain('超出花名册导入的上限');
    expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB);
    const over = workbook(ONE_ROW, [{ text: '<si><t>A</t></si>' }], {}, [
      { text: '<xf/>', times: XLSX_LIMITS.elements },
    ]);
    await expectRefused('styles-over.xlsx', over, '内容过多');
  }, 300_000);
});
