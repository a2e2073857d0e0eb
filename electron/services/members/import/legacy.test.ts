import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../api/memberImport.js';
import type { MemberSummary } from '../../../api/members.js';
import { decodeText, LEGACY_MAX_BYTES } from './legacy.js';
import { rowOf, usePreviewInstallation } from './preview.testkit.js';

/** Real files as villages keep them, made by scripts/make-legacy-rosters.ts. */
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../test/fixtures/${name}`, import.meta.url)));

const { ok, raw } = usePreviewInstallation();

const previewFile = (fileName: string, bytes: Buffer) =>
  ok<ImportPreview>('members.importPreview', { fileName, fileBase64: bytes.toString('base64') });

describe('legacy roster files', () => {
  it('reads an Excel 97-2003 .xls with 入党时间 merged over 预备 / 转正: the 转正 date is kept', async () => {
    const p = await previewFile('花名册.xls', fixture('roster-legacy.xls'));
    expect(p.headerRow).toBe(3);
    expect(p.counts).toEqual({ ok: 4, rejected: 0, duplicate: 0, skippedBlankOrRepeated: 0 });
    expect(p.columns.find((c) => c.header.includes('预备'))?.field).toBe('joinedOn');
    expect(p.columns.find((c) => c.header.includes('转正'))?.field).toBe('confirmedOn');
    expect(rowOf(p, 4).values).toMatchObject({
      name: '王建国',
      joinedOn: '1985-07-01',
      confirmedOn: '1986-07-01',
      kind: '正式党员',
    });
    expect(rowOf(p, 7).values).toMatchObject({ name: '张晓燕', joinedOn: '2026-06-30', kind: '预备党员' });
    expect(p.newGroups).toEqual(['第一党小组', '第二党小组']);

    await ok<ImportResult>('members.importCommit', {
      fileName: '花名册.xls',
      fileBase64: fixture('roster-legacy.xls').toString('base64'),
    });
    const roster = await ok<MemberSummary[]>('members.list', {});
    expect(roster.filter((m) => m.kind === 'formal').map((m) => m.name)).toEqual(
      expect.arrayContaining(['王建国', '李秀英', '马德胜']),
    );
    expect(roster.filter((m) => m.kind === 'probationary').map((m) => m.name)).toEqual(['张晓燕']);
  });

  it('reads the same file saved by WPS as .et (the file’s content decides, not its name)', async () => {
    const p = await previewFile('花名册.et', fixture('roster-legacy.xls'));
    expect(p.counts.ok).toBe(4);
  });

  it('reads a .csv saved by Chinese Excel in GBK, and the same table in UTF-8', async () => {
    const gbk = fixture('roster-gbk.csv');
    // Really GBK: not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const p = await previewFile('花名册.csv', gbk);
    expect(p.counts).toEqual({ ok: 4, rejected: 0, duplicate: 0, skippedBlankOrRepeated: 0 });
    expect(rowOf(p, 3).values).toMatchObject({
      name: '李秀英',
      ethnicity: '汉族',
      joinedOn: '1993-06-28',
      confirmedOn: '1994-06-28',
      group: '第一党小组',
    });
    // The 18-digit ID stays text: a CSV cell is never turned into a number.
    expect(rowOf(p, 2).values.idNumber).toBe('410323195803120111');

    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decodeText(gbk), 'utf8')]);
    const q = await previewFile('花名册.csv', utf8);
    expect(q.rows.map((r) => r.values)).toEqual(p.rows.map((r) => r.values));
  });

  it('decodes UTF-8 with and without a BOM, UTF-16 and GBK', () => {
    const text = '姓名,入党时间';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    // 姓名 in GBK.
    expect(decodeText(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
  });

  it('refuses a damaged .xls and one over the size limit, with a message naming the formats', async () => {
    const damaged = Buffer.concat([fixture('roster-legacy.xls').subarray(0, 600), Buffer.alloc(100)]);
    expect(
      await raw('members.importPreview', { fileName: 'a.xls', fileBase64: damaged.toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('.xls') as string },
    });
    const big = Buffer.concat([fixture('roster-legacy.xls'), Buffer.alloc(LEGACY_MAX_BYTES)]);
    expect(await raw('members.importPreview', { fileName: 'a.xls', fileBase64: big.toString('base64') })).toMatchObject(
      {
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('文件过大') as string },
      },
    );
  });
});
