import { describe, expect, it } from 'vitest';
import { EMPTY, LEDGER_TABLES, renderLedger } from './index.js';
import { sampleBranchData } from './testData.js';

/** The header cells of the n-th register table in the document. */
function tableHeadings(html: string, n: number): string[] {
  const table = html.split('<table class="data-table">')[n + 1] ?? '';
  const thead = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
  return [...thead.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1] ?? '');
}

/** The cells of the row naming `name` in the n-th register table (0: 党小组, 1: 支委). */
function tableRow(html: string, n: number, name: string): string[] {
  const table = html.split('<table class="data-table">')[n + 1] ?? '';
  const row =
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '').find((r) => r.includes(`>${name}<`)) ?? '';
  return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
}

const committeeRow = (html: string, name: string) => tableRow(html, 1, name);

describe('党支部基本情况登记表', () => {
  it('is a complete zh-CN document with the print stylesheet inlined', () => {
    const { html } = renderLedger(sampleBranchData());
    expect(html.startsWith('<!doctype html><html lang="zh-CN">')).toBe(true);
    expect(html).toMatch(/<meta charSet="utf-8"\/>/i);
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('Noto Serif CJK SC');
  });

  it('prints the organisation, its facts, the groups and the committee', () => {
    const { html } = renderLedger(sampleBranchData());
    expect(html).toContain('<h1>党支部基本情况登记表</h1>');
    expect(html).toContain('中共城关镇东风村支部委员会');
    expect(html).toContain('中共城关镇委员会');
    for (const name of ['王建国', '李秀英', '张伟', '刘芳', '陈志强', '赵德明', '孙桂兰']) expect(html).toContain(name);
    expect(html).toContain('>村<');
    expect(html).toContain('1956.03.01');
    expect(html).toContain('2026.04.15'); // 届满时间
    expect(html).toContain('填表人');
    expect(html).toContain('审核人（书记）');
    expect(html).toContain('（盖章）');
  });

  it('prints — for what is not known, never a blank cell', () => {
    const { html } = renderLedger(sampleBranchData());
    expect(committeeRow(html, '陈志强')).toEqual([
      '纪检委员',
      '陈志强',
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
    ]);
    expect(html).not.toMatch(/<td[^>]*><\/td>/);
    const counts = html.split('二、党员情况')[1]?.split('三、')[0] ?? '';
    expect(counts.match(/<td class="number">—<\/td>/g)).toHaveLength(12);
  });

  it('prints counts, group sizes and roster facts once they are supplied', () => {
    const data = sampleBranchData();
    data.counts = { total: 46, female: 11 };
    data.groupSizes = { g1: 18 };
    data.committeeFacts = {
      c1: { gender: '男', ethnicity: '汉族', birthDate: '1968-05-12', education: '高中', joinedOn: '1992-07-01' },
    };
    const { html } = renderLedger(data);
    expect(html).toContain('<td class="number">46</td>');
    expect(html).toContain('<td class="center">18</td>');
    expect(committeeRow(html, '王建国')).toEqual([
      '书记',
      '王建国',
      '男',
      '汉族',
      '1968.05',
      '高中',
      '1992.07.01',
      '2021.04.15',
      '主持支部全面工作',
    ]);
  });

  it('prints each 党小组长 with 任职时间, and 未记录 where a past year’s 组长 is not kept', () => {
    const data = sampleBranchData();
    data.groupSizes = { g1: 18, g2: 15 };
    expect(tableRow(renderLedger(data).html, 0, '第一党小组')).toEqual(['第一党小组', '赵德明', '2021.04.15', '18']);
    expect(tableRow(renderLedger(data).html, 0, '第二党小组')).toEqual(['第二党小组', '孙桂兰', EMPTY, '15']);
    data.leaderUnknown = ['g1'];
    expect(tableRow(renderLedger(data).html, 0, '第一党小组')).toEqual(['第一党小组', '未记录', EMPTY, '18']);
  });

  it('honours the user column settings: hide, rename, reorder', () => {
    const data = sampleBranchData();
    data.columns = {
      committee: [
        { key: 'name', title: '支委姓名' },
        { key: 'position' },
        { key: 'ethnicity', hidden: true },
        { key: 'birth', hidden: true },
      ],
      groups: [{ key: 'size', hidden: true }],
    };
    const { html } = renderLedger(data);
    expect(tableHeadings(html, 0)).toEqual(['党小组名称', '党小组长', '任职时间']);
    expect(tableHeadings(html, 1)).toEqual([
      '支委姓名',
      '党内职务',
      '性别',
      '文化程度',
      '入党时间',
      '任职时间',
      '分工',
    ]);
    expect(committeeRow(html, '王建国').slice(0, 2)).toEqual(['王建国', '书记']);
  });

  it('escapes user text', () => {
    const data = sampleBranchData();
    data.overview.org.name = '东风村<script>alert(1)</script>党支部';
    data.overview.committee[0]!.name = '<img src=x onerror=alert(1)>';
    const doc = renderLedger(data);
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).not.toContain('<img');
    expect(doc.html).toContain('东风村&lt;script&gt;alert(1)&lt;/script&gt;党支部');
    expect(doc.fileName).toBe('东风村_script_alert(1)__script_党支部-党支部基本情况登记表.pdf');
  });

  it('prints 无 for an empty table and still ends with the signatures', () => {
    const data = sampleBranchData();
    data.overview.groups = [];
    data.overview.committee = [];
    data.columns = {
      committee: ['position', 'name', 'gender', 'ethnicity', 'birth', 'education', 'joined', 'started', 'duty'].map(
        (key) => ({ key, hidden: true }),
      ),
    };
    const { html } = renderLedger(data);
    expect(html).toContain('<td class="empty" colSpan="4">无</td>');
    expect(html).toContain('填表人');
  });

  it('describes the document for the printer and the save dialog', () => {
    const doc = renderLedger(sampleBranchData());
    expect(doc).toMatchObject({
      id: 'branch',
      title: '党支部基本情况登记表',
      fileName: '中共城关镇东风村支部委员会-党支部基本情况登记表.pdf',
      orientation: 'portrait',
      headerLeft: '中共城关镇东风村支部委员会',
      headerRight: '2026年度',
    });
  });

  it('lists the customisable tables and their default columns', () => {
    expect(LEDGER_TABLES.branch.committee?.columns.map((c) => c.title)).toEqual([
      '党内职务',
      '姓名',
      '性别',
      '民族',
      '出生年月',
      '文化程度',
      '入党时间',
      '任职时间',
      '分工',
    ]);
    expect(LEDGER_TABLES.branch.groups?.columns.map((c) => c.key)).toEqual(['name', 'leader', 'leaderSince', 'size']);
  });
});
