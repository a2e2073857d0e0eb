import { describe, expect, it } from 'vitest';
import { EMPTY, EMPTY_YEAR_TEXT, renderLedger } from '../index.js';
import { CARRIED_OVER, NOT_ASSESSED } from './basis.js';
import { NOTICE_PERIOD } from './notice.js';
import {
  basis,
  duesEntry,
  months,
  remittance,
  sampleBasisData,
  sampleNoticeData,
  sampleRemitData,
} from './testData.js';

const rowsOf = (html: string): string[][] => {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1] ?? ''),
  );
};

const visible = (html: string) => html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

const member = { groupName: '第一党小组', kind: 'formal' as const };

describe('党费核定表', () => {
  it("prints this year's basis with how it was computed, and a blank box to sign", () => {
    const doc = renderLedger(
      sampleBasisData([{ ...member, memberId: 'm1', name: '王建国', previous: null, current: basis() }]),
    );
    expect(doc).toMatchObject({ id: 'dues-basis', title: '党费核定表', orientation: 'landscape' });
    expect(rowsOf(doc.html)[0]).toEqual([
      '1',
      '王建国',
      '在职',
      '6,200.00',
      '1.5%',
      '93.00',
      '6,200.00 × 1.5% = 93.00',
      '2026.01',
      EMPTY,
      '',
    ]);
    const text = visible(doc.html);
    expect(text).toContain('2026年度党费核定表');
    expect(text).toContain('本人确认签字');
    expect(text).toMatch(/核定人：[\s\S]*书记：[\s\S]*（盖章）/);
    expect(text).toContain('单位：元');
  });

  it("marks last year's basis carried over, a member never assessed, and an approved 少交", () => {
    const reduced = basis({
      category: 'retired',
      base: 360000,
      rateBp: 50,
      computed: 1800,
      reduction: 'reduced',
      reducedAmount: 500,
      monthly: 500,
      explanation: '3,600.00 × 0.5% = 18.00；经批准少交，每月 5.00 元',
      decisionOn: '2025-12-20',
      approvalRef: '城组〔2026〕1号',
    });
    const rows = rowsOf(
      renderLedger(
        sampleBasisData([
          { ...member, memberId: 'm1', name: '孙桂兰', current: null, previous: basis({ effectiveFrom: '2025-01' }) },
          { ...member, memberId: 'm2', name: '新党员', current: null, previous: null },
          { ...member, memberId: 'm3', name: '李秀英', current: reduced, previous: null },
          {
            ...member,
            memberId: 'm4',
            name: '张伟',
            previous: null,
            current: basis({
              category: 'farmer',
              base: null,
              rateBp: null,
              monthly: 20,
              explanation: '农民：每月 0.20 元',
            }),
          },
        ]),
      ).html,
    );
    expect(rows[0]?.slice(7, 9)).toEqual(['2025.01', CARRIED_OVER]);
    expect(rows[1]?.slice(2, 10)).toEqual([EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, NOT_ASSESSED, '']);
    expect(rows[2]?.[6]).toBe('3,600.00 × 0.5% = 18.00；经批准少交，每月 5.00 元');
    expect(rows[2]?.[8]).toBe('经批准少交（支部2025.12.20决定，城组〔2026〕1号）');
    expect(rows[3]?.slice(2, 7)).toEqual(['农民', EMPTY, '定额', '0.20', '农民：每月 0.20 元']);
  });

  it('prints a clean page when nobody is on the roster or nobody was ever assessed', () => {
    for (const rows of [[], [{ ...member, memberId: 'm1', name: '王建国', current: null, previous: null }]]) {
      const { html } = renderLedger(sampleBasisData(rows));
      expect(html).toContain(EMPTY_YEAR_TEXT);
      expect(html).not.toContain('<table');
    }
  });
});

describe('党费收缴公示', () => {
  it('posts each member’s year, the month paid up to and the totals, on a portrait sheet', () => {
    const doc = renderLedger(
      sampleNoticeData([
        duesEntry({ voluntary: 120000 }),
        duesEntry({
          memberId: 'm2',
          name: '刘芳',
          months: months(4000, 1, 3),
          paidThrough: '2026-03',
          owed: 28000,
          owedMonths: 7,
        }),
        duesEntry({
          memberId: 'm3',
          name: '新党员',
          months: months(1500, 1, 0, 12),
          paidThrough: null,
          owed: 0,
          owedMonths: 0,
        }),
      ]),
    );
    expect(doc).toMatchObject({ id: 'dues-notice', title: '党费收缴公示', orientation: 'portrait' });
    const rows = rowsOf(doc.html);
    expect(rows[0]).toEqual(['1', '王建国', '1,116.00', '837.00', '2026年9月', '自愿多交1,200.00元；欠交1个月']);
    expect(rows[1]?.slice(4)).toEqual(['2026年3月', '欠交7个月']);
    expect(rows[2]?.slice(2, 6)).toEqual(['15.00', '0.00', EMPTY, EMPTY]);
    expect(rows[3]).toEqual(['合计', '1,611.00', '957.00', EMPTY, '自愿多交1,200.00元']);
    const text = visible(doc.html);
    expect(text).toContain('2026年度党费收缴情况公示');
    expect(text).toContain(
      '全年应交合计 1,611.00 元，记入本年各月的实交合计 957.00 元，已到期未交 373.00 元，上年结转 0.00 元，本年收缴 2,665.40 元（含自愿多交 1,200.00 元），上缴上级党组织 2,553.20 元，结存 112.20 元（截至2026年11月23日；0.00 + 2,665.40 − 2,553.20 = 112.20）。',
    );
    expect(text).toContain(NOTICE_PERIOD);
    expect(text).toContain('监督电话：0571-8888 6666');
    expect(text).toContain('中共城关镇东风村支部委员会（盖章）');
  });

  it('leaves room to write the phone in, escapes user text and prints an empty year cleanly', () => {
    const data = sampleNoticeData([duesEntry({ name: '<b>周</b>' })], '');
    data.orgName = '东风村<script>党支部';
    const { html } = renderLedger(data);
    expect(html).toContain('监督电话：<span class="fill"></span>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;周&lt;/b&gt;');
    const empty = renderLedger(sampleNoticeData([])).html;
    expect(empty).toContain(EMPTY_YEAR_TEXT);
    expect(empty).toContain('2026年度党费收缴情况公示');
  });
});

describe('党费上缴登记表', () => {
  it('lists the remittances with a total and the year’s balance line', () => {
    const doc = renderLedger(
      sampleRemitData([
        remittance(),
        remittance({
          id: 'r2',
          periodLabel: '2026年第二季度',
          amount: 159600,
          method: 'transfer',
          remittedOn: '2026-07-10',
          receiptNo: '',
          note: '含自愿多交1000元',
        }),
      ]),
    );
    expect(doc).toMatchObject({ id: 'dues-remit', title: '党费上缴登记表', orientation: 'landscape' });
    const rows = rowsOf(doc.html);
    expect(rows[0]).toEqual([
      '1',
      '2026年第一季度',
      '5',
      '457.20',
      '2026.04.10',
      '现金',
      'SJ202601',
      '李秀英',
      '中共城关镇委员会组织办',
      EMPTY,
    ]);
    expect(rows[1]?.slice(3, 7)).toEqual(['1,596.00', '2026.07.10', '转账', EMPTY]);
    expect(rows[2]).toEqual(['合计', EMPTY, '2,053.20', ...Array<string>(6).fill(EMPTY)]);
    const text = visible(doc.html);
    expect(text).toContain(
      '上年结转 0.00 元，本年收缴 2,665.40 元（含自愿多交 1,200.00 元），上缴上级党组织 2,553.20 元，结存 112.20 元（截至2026年11月23日；0.00 + 2,665.40 − 2,553.20 = 112.20）；其中须全额上缴的自愿多交 1,000.00 元。',
    );
    expect(text).toMatch(/填表人：[\s\S]*审核人（书记）：/);
  });

  it('says 本年度未上缴 when money came in but none went up, and prints a clean page when neither', () => {
    const none = sampleRemitData([]);
    expect(visible(renderLedger(none).html)).toContain('本年度未上缴');
    none.totals = { collected: 0, voluntary: 0, fullRemitDue: 0, remitted: 0, carriedIn: 0 };
    const { html } = renderLedger(none);
    expect(html).toContain(EMPTY_YEAR_TEXT);
    expect(html).not.toContain('<table');
  });
});
