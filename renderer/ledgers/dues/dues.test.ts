import { describe, expect, it } from 'vitest';
import { EMPTY, EMPTY_YEAR_TEXT, LEDGER_TABLES, LEDGER_TITLES, renderLedger } from '../index.js';
import { monthCell, percentText, rateText } from './format.js';
import { DUES_GRID_NOTE } from './render.js';
import { duesEntry, months, sampleDuesData } from './testData.js';

/** The cells (th and td) of each body row, tags stripped. */
function bodyRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1] ?? ''),
  );
}

const headRows = (html: string) =>
  [...(/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((c) => c[1] ?? ''),
  );

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

describe('党费 figures on paper', () => {
  it('states a rate as the rule does, in integers', () => {
    expect([50, 100, 150, 200, 125, 5].map(percentText)).toEqual(['0.5%', '1%', '1.5%', '2%', '1.25%', '0.05%']);
    expect(rateText(null, 'farmer')).toBe('定额');
    expect(rateText(null, null)).toBeNull();
  });

  it('prints a month as paid, blank when owed and unpaid, — when nothing was to be paid', () => {
    expect(monthCell({ due: 9300, paid: 9300, obliged: true })).toBe('93.00');
    expect(monthCell({ due: 9300, paid: 4000, obliged: true })).toBe('40.00');
    expect(monthCell({ due: 9300, paid: 0, obliged: true })).toBe('');
    expect(monthCell({ due: 0, paid: 0, obliged: false })).toBe(EMPTY);
    expect(monthCell({ due: 0, paid: 0, obliged: true })).toBe(EMPTY);
    expect(monthCell({ due: 0, paid: 12345, obliged: true })).toBe('123.45');
    expect(monthCell(undefined)).toBe(EMPTY);
  });
});

describe('党费收缴登记表', () => {
  it('is a landscape register with the months grouped under one heading', () => {
    const doc = renderLedger(sampleDuesData());
    expect(doc).toMatchObject({
      id: 'dues',
      title: '党费收缴登记表',
      orientation: 'landscape',
      fileName: '中共城关镇东风村支部委员会-2026年度党费收缴登记表.pdf',
      headerRight: '2026年度',
    });
    expect(doc.html).toContain('<h1>2026年度党费收缴登记表</h1>');
    expect(doc.html).toContain('单位：元');
    const [top, bottom] = headRows(doc.html);
    expect(top).toEqual([
      '序号',
      '姓名',
      '党员身份（类别）',
      '交纳基数',
      '比例/标准',
      '月应交',
      '各月实交金额',
      '全年应交',
      '全年实交',
      '欠交',
      '备注',
    ]);
    expect(bottom).toEqual(MONTHS);
    expect(doc.html).toContain('<th scope="colgroup" colSpan="12">各月实交金额</th>');
    expect(doc.html).toContain('<th scope="col" rowSpan="2">序号</th>');
  });

  it('prints each member month by month: paid, blank for owed, — for not a member yet', () => {
    const joined = duesEntry({
      memberId: 'm2',
      name: '陈志强',
      base: 300000,
      rateBp: 50,
      monthly: 1500,
      months: months(1500, 5, 9, 5),
      owed: 1500,
      owedMonths: 1,
    });
    const [row] = bodyRows(renderLedger(sampleDuesData([joined])).html);
    expect(row).toEqual([
      '1',
      '陈志强',
      '在职',
      '3000.00',
      '0.5%',
      '15.00',
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      '15.00',
      '15.00',
      '15.00',
      '15.00',
      '15.00',
      '',
      '',
      '',
      '120.00',
      '75.00',
      '15.00',
      '欠交1个月',
    ]);
  });

  it('notes voluntary extra, approved 减免, a missing basis, and prints — when nothing is owed', () => {
    const html = renderLedger(
      sampleDuesData([
        duesEntry({ voluntary: 120000 }),
        duesEntry({
          memberId: 'm2',
          name: '李秀英',
          category: 'retired',
          reduction: 'reduced',
          owed: 0,
          owedMonths: 0,
        }),
        duesEntry({
          memberId: 'm3',
          name: '张伟',
          category: 'farmer',
          base: null,
          rateBp: null,
          monthly: 20,
          owed: 0,
          owedMonths: 0,
        }),
        duesEntry({
          memberId: 'm4',
          name: '赵德明',
          category: null,
          base: null,
          rateBp: null,
          monthly: null,
          months: months(0, 1, 0),
          owed: 0,
          owedMonths: 0,
        }),
      ]),
    ).html;
    const rows = bodyRows(html);
    expect(rows[0]?.at(-1)).toBe('自愿多交1,200.00元；欠交1个月');
    expect(rows[1]?.slice(-2)).toEqual([EMPTY, '经批准少交']);
    expect(rows[2]?.slice(2, 6)).toEqual(['农民', EMPTY, '定额', '0.20']);
    expect(rows[3]?.slice(2, 18)).toEqual([EMPTY, EMPTY, EMPTY, EMPTY, ...Array<string>(12).fill(EMPTY)]);
    expect(rows[3]?.at(-1)).toBe('未核定交纳基数');
  });

  it('ends with 本月合计, a line for the 收款人 to sign each month, the note and the signatures', () => {
    const a = duesEntry({ voluntary: 20000 });
    const b = duesEntry({
      memberId: 'm2',
      name: '刘芳',
      monthly: 4000,
      months: months(4000, 1, 3),
      owed: 28000,
      owedMonths: 7,
    });
    const data = sampleDuesData([a, b]);
    data.monthTotals[11] = { due: 0, paid: 0 };
    const rows = bodyRows(renderLedger(data).html);
    expect(rows[2]).toEqual([
      '本月合计',
      '133.00',
      '133.00',
      '133.00',
      '93.00',
      '93.00',
      '93.00',
      '93.00',
      '93.00',
      '93.00',
      '',
      '',
      EMPTY,
      '1596.00',
      '957.00',
      '373.00',
      '自愿多交200.00元',
    ]);
    expect(rows[3]).toEqual(['收款人签字', ...Array<string>(12).fill(''), EMPTY, EMPTY, EMPTY, EMPTY]);
    const html = renderLedger(data).html;
    expect(html).toContain('<th scope="row" colSpan="6">本月合计</th>');
    expect(html).toContain('<tr class="summary sign-row">');
    expect(html).toContain(DUES_GRID_NOTE);
    expect(html).toContain('组织委员（收款人）');
    expect(html).toMatch(/书记：[\s\S]*（盖章）/);
  });

  it('keeps the totals under their columns when the user hides or moves columns', () => {
    const data = sampleDuesData();
    data.columns = {
      members: [
        { key: 'base', hidden: true },
        { key: 'category', hidden: true },
        { key: 'remarks', title: '说明' },
      ],
    };
    const html = renderLedger(data).html;
    expect(headRows(html)[0]?.[0]).toBe('说明');
    const rows = bodyRows(html);
    // 说明 now leads and has a cell in the totals: the label still takes the first cell.
    expect(rows[1]?.[0]).toBe('本月合计');
    expect(rows[1]?.length).toBe(1 + 4 + 12 + 3);
    expect(LEDGER_TABLES.dues.members?.columns.map((c) => c.key)).toEqual([
      'index',
      'name',
      'category',
      'base',
      'rate',
      'monthly',
      ...MONTHS.map((_, i) => `m${i + 1}`),
      'dueTotal',
      'paidTotal',
      'owed',
      'remarks',
    ]);
  });

  it('escapes user text', () => {
    const doc = renderLedger(sampleDuesData([duesEntry({ name: '<script>alert(1)</script>' })]));
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints a clean page for a year without members', () => {
    const { html } = renderLedger(sampleDuesData([]));
    expect(html).toContain(EMPTY_YEAR_TEXT);
    expect(html).toContain('2026年度党费收缴登记表');
    expect(html).not.toContain('<table');
  });

  it('registers the four 党费 ledgers', () => {
    expect([
      LEDGER_TITLES.dues,
      LEDGER_TITLES['dues-basis'],
      LEDGER_TITLES['dues-notice'],
      LEDGER_TITLES['dues-remit'],
    ]).toEqual(['党费收缴登记表', '党费核定表', '党费收缴公示', '党费上缴登记表']);
    expect(Object.keys(LEDGER_TABLES['dues-remit'])).toEqual(['remittances']);
  });
});
