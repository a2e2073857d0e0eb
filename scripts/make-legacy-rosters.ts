/**
 * Writes the legacy roster fixtures of the import tests (run once, files committed):
 *   test/fixtures/roster-legacy.xls  Excel 97-2003 (BIFF8) with a title row and a two-row header,
 *                                    入党时间 merged over 预备 / 转正, dates as real date cells
 *   test/fixtures/roster-gbk.csv     “CSV (逗号分隔)” as Chinese Excel saves it: GBK, no BOM
 * Usage: npx tsx scripts/make-legacy-rosters.ts
 */
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { buildIdNumber } from '../electron/api/idNumber.js';

/** The code page converter shipped with the reader (GBK is code page 936). */
const gbk = (cptable as unknown as { utils: { encode(cp: number, text: string): number[] } }).utils;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const id = (birth: string, seq: number, gender: 'male' | 'female') => buildIdNumber('410323', birth, seq, gender);

const members = [
  ['王建国', '男', '汉族', id('1958-03-12', 11, 'male'), '1985-07-01', '1986-07-01', '第一党小组'],
  ['李秀英', '女', '汉族', id('1966-10-05', 12, 'female'), '1993-06-28', '1994-06-28', '第一党小组'],
  ['马德胜', '男', '回族', id('1972-01-20', 13, 'male'), '2001-07-01', '2002-07-01', '第二党小组'],
  ['张晓燕', '女', '汉族', id('1998-04-16', 14, 'female'), '2026-06-30', null, '第二党小组'],
] as const;

const xlsRows = [
  ['东风村党支部党员花名册'],
  ['序号', '姓名', '性别', '民族', '身份证号', '入党时间', null, '党小组'],
  [null, null, null, null, null, '预备', '转正', null],
  ...members.map((m, i) => [i + 1, m[0], m[1], m[2], m[3], day(m[4]), m[5] === null ? null : day(m[5]), m[6]]),
];
const sheet = XLSX.utils.aoa_to_sheet(xlsRows, { cellDates: true, dateNF: 'yyyy"年"m"月"d"日"' });
sheet['!merges'] = [
  XLSX.utils.decode_range('A1:H1'),
  ...['A', 'B', 'C', 'D', 'E', 'H'].map((c) => XLSX.utils.decode_range(`${c}2:${c}3`)),
  XLSX.utils.decode_range('F2:G2'),
];
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, '花名册');
writeFileSync('test/fixtures/roster-legacy.xls', XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);

const csvRows = [
  ['姓名', '性别', '民族', '公民身份号码', '入党日期', '转正日期', '党小组', '备注'],
  ...members.map((m) => [m[0], m[1], m[2], m[3], m[4].replace(/-/g, '.'), m[5]?.replace(/-/g, '.') ?? '', m[6], '']),
];
const csv = csvRows
  .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
  .join('\r\n');
writeFileSync('test/fixtures/roster-gbk.csv', Buffer.from(gbk.encode(936, `${csv}\r\n`)));
