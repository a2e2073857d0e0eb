import { describe, expect, it } from 'vitest';
import { EMPTY, LEDGER_TABLES, LEDGER_TITLES, renderLedger } from './index.js';
import {
  mobileEntry,
  rosterEntry,
  sampleMobileData,
  sampleRosterData,
  sampleTransfersData,
  transferEntry,
} from './testData.js';

const headings = (html: string) =>
  [...(/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1]?.matchAll(/<th[^>]*>([^<]*)<\/th>/g) ?? [])].map((m) => m[1] ?? '');
const rows = (html: string) =>
  [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map((r) => [...(r[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1] ?? ''));

describe('党员花名册', () => {
  it('prints exactly the default columns, in order, with the personal ones switched off', () => {
    const { html } = renderLedger(sampleRosterData());
    expect(headings(html)).toEqual([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生年月',
      '学历',
      '入党时间',
      '转正时间',
      '人员类别',
      '工作单位及职务',
      '联系电话',
      '党小组',
      '备注',
    ]);
    expect(rows(html)).toEqual([
      [
        '1',
        '王建国',
        '男',
        '汉族',
        '1970.05',
        '高中',
        '1995.07.01',
        '1996.07.01',
        '农牧渔民',
        '东风村党支部书记、村委会主任',
        '13907310001',
        '第一党小组',
        EMPTY,
      ],
    ]);
    expect(html).not.toContain('320102197005120012');
    const hidden = LEDGER_TABLES.roster.members?.columns.filter((c) => c.hidden).map((c) => c.title);
    expect(hidden).toEqual(['身份证号码', '籍贯', '年龄', '党内职务']);
  });

  it('turns on 身份证号码 and the other optional columns from the column settings', () => {
    const data = sampleRosterData();
    data.columns = {
      members: LEDGER_TABLES.roster.members?.columns.map((c) => ({ key: c.key, hidden: false })),
    };
    const { html } = renderLedger(data);
    expect(headings(html)).toHaveLength(17);
    // More columns than landscape A4 holds: the 9pt floor rather than wrapped dates.
    expect(html).toContain('<table class="data-table compact">');
    expect(renderLedger(sampleRosterData()).html).toContain('<table class="data-table">');
    expect(rows(html)[0]).toEqual(expect.arrayContaining(['320102197005120012', '江苏南京', '56', '支部书记']));
  });

  it('writes 预备党员, 外出流动(地点), 困难党员 and 失联 into 备注 before the remarks; `—` for blanks', () => {
    const { html } = renderLedger(
      sampleRosterData([
        rosterEntry({ id: 'a', name: '甲', kind: 'probationary', confirmedOn: null, remarks: '村民代表' }),
        rosterEntry({ id: 'b', name: '乙', mobileDestination: '江苏省苏州市', hardship: true, lostContact: true }),
        rosterEntry({ id: 'c', name: '丙', workUnit: '', phone: '', groupName: '', education: '' }),
      ]),
    );
    const [a, b, c] = rows(html);
    expect(a?.[7]).toBe(EMPTY);
    expect(a?.[12]).toBe('预备党员；村民代表');
    expect(b?.[12]).toBe('外出流动（江苏省苏州市）；困难党员；失联');
    expect(c?.map((v, i) => (v === EMPTY ? i : -1)).filter((i) => i >= 0)).toEqual([5, 9, 10, 11, 12]);
    expect(html).not.toMatch(/<td[^>]*><\/td>/);
  });

  it('is a landscape register dated 截至 the printing day, ending with the signature lines', () => {
    const doc = renderLedger(sampleRosterData());
    expect(doc).toMatchObject({
      id: 'roster',
      title: '党员花名册',
      orientation: 'landscape',
      fileName: '中共城关镇东风村支部委员会-党员花名册-2026-11-23.pdf',
      headerLeft: '中共城关镇东风村支部委员会',
      headerRight: '截至 2026年11月23日',
    });
    expect(doc.html).toContain('@page { size: A4 landscape;');
    expect(doc.html).toContain('<h1>党员花名册</h1>');
    expect(doc.html).toContain('<div class="subtitle">截至 2026年11月23日</div>');
    expect(doc.html).toContain('填报单位（盖章）');
    expect(doc.html).toContain('填报日期：<span>2026.11.23</span>');
    for (const s of ['填表人', '审核人（书记）', '（盖章）']) expect(doc.html).toContain(s);
  });

  it('escapes user text', () => {
    const data = sampleRosterData([rosterEntry({ name: '<b>x</b>', remarks: '<script>alert(1)</script>' })]);
    data.orgName = '东风村<i>党支部</i>';
    const { html } = renderLedger(data);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('党员组织关系转接登记表', () => {
  it('prints the LEDGERS.md columns and marks a late 回执', () => {
    const { html } = renderLedger(
      sampleTransfersData([
        transferEntry(),
        transferEntry({ id: 't2', receiptOn: null, overdue: true, note: '已电话催办', letterNo: '', handler: '' }),
        transferEntry({ id: 't3', direction: 'in', kind: 'probationary', receiptOn: null, duesPaidTo: '' }),
      ]),
    );
    expect(headings(html)).toEqual([
      '序号',
      '转入/转出',
      '姓名',
      '性别',
      '身份证号码',
      '正式/预备',
      '介绍信编号',
      '转自/转往党组织',
      '党费交至 年 月',
      '有效期(天)',
      '办理日期',
      '回执收到日期',
      '经办人',
      '备注',
    ]);
    const [done, late, incoming] = rows(html);
    expect(done).toEqual([
      '1',
      '转出',
      '李秀英',
      '女',
      '320102198002030028',
      '正式',
      '东组转〔2026〕3号',
      '中共西山村支部委员会',
      '2026.07',
      '90',
      '2026.08.01',
      '2026.08.20',
      '张伟',
      EMPTY,
    ]);
    expect(late?.[6]).toBe(EMPTY);
    expect(late?.[11]).toBe(EMPTY);
    expect(late?.[13]).toBe('未收到回执（已超3个月）；已电话催办');
    expect(incoming?.slice(0, 2)).toEqual(['3', '转入']);
    expect(incoming?.[5]).toBe('预备');
    expect(incoming?.[8]).toBe(EMPTY);
    expect(html).toContain('<h1>2026年度党员组织关系转接登记表</h1>');
  });

  it('prints 无 for a year without letters, still signed', () => {
    const { html } = renderLedger(sampleTransfersData([]));
    expect(html).toContain('<td class="empty" colSpan="14">无</td>');
    expect(html).toContain('审核人（书记）');
  });
});

describe('流动党员登记表', () => {
  it('prints the LEDGERS.md columns, 返回时间 and why a period ended', () => {
    const { html } = renderLedger(
      sampleMobileData([
        mobileEntry(),
        mobileEntry({ key: 'e2', name: '乙', returnedOn: '2026-03-01', returnNote: '回村务农' }),
        mobileEntry({ key: 'e3', name: '丙', endedBy: { status: 'transferred_out', on: '2026-08-01' }, org: '' }),
      ]),
    );
    expect(headings(html)).toEqual([
      '序号',
      '姓名',
      '性别',
      '出生年月',
      '入党时间',
      '外出时间',
      '外出地点(流向)',
      '外出原因/从事职业',
      '流入地党组织',
      '活动证号',
      '联系电话',
      '党费交纳方式',
      '返回时间',
      '备注',
    ]);
    const [away, returned, left] = rows(html);
    expect(away).toEqual([
      '1',
      '杨宇航',
      '男',
      '1987.06',
      '2022.06.01',
      '2025.03.25',
      '江苏省苏州市',
      '外出务工',
      '苏州工业园区流动党员党支部',
      EMPTY,
      '13841204023',
      '微信转账',
      EMPTY,
      EMPTY,
    ]);
    expect(returned?.slice(12)).toEqual(['2026.03.01', '回村务农']);
    expect(left?.[8]).toBe(EMPTY);
    expect(left?.[13]).toBe('2026.08.01 已转出');
    expect(html).toContain('<h1>2026年度流动党员登记表</h1>');
  });
});

describe('the catalogue of printed ledgers', () => {
  it('names every ledger and lists each register table for the column settings screen', () => {
    expect(LEDGER_TITLES).toEqual({
      branch: '党支部基本情况登记表',
      roster: '党员花名册',
      transfers: '党员组织关系转接登记表',
      mobile: '流动党员登记表',
      meetings: '三会一课记录',
      'org-life': '组织生活台账',
      appraisal: '民主评议党员结果表',
      talks: '谈心谈话记录表',
      dues: '党费收缴登记表',
      'dues-basis': '党费核定表',
      'dues-notice': '党费收缴公示',
      'dues-remit': '党费上缴登记表',
      development: '发展党员工作台账',
      'development-record': '发展党员全程纪实表',
      'development-lists': '入党积极分子和发展对象名册',
    });
    expect(Object.keys(LEDGER_TABLES.transfers)).toEqual(['letters']);
    expect(LEDGER_TABLES.mobile.periods?.columns).toHaveLength(14);
  });
});
