import { describe, expect, it } from 'vitest';
import type { DevCheck } from '../../../electron/api/development.js';
import { LEDGER_TABLES, LEDGER_TITLES, renderLedger } from '../index.js';
import { devRemarks, stageNotes } from './facts.js';
import { HAND_DATE } from './recordStages.js';
import { devPerson, sampleDevelopmentData, sampleListsData, sampleRecordData, stepRecord } from './testData.js';

const thead = (html: string) =>
  [...(/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1]?.matchAll(/<th[^>]*>([^<]*)<\/th>/g) ?? [])].map((m) => m[1]);
const flag = (step: DevCheck['step'], message = ''): DevCheck => ({ step, level: 'flag', message, dueOn: null });

describe('发展党员工作台账', () => {
  it('prints the 22 columns under the five stages, none switched off', () => {
    const columns = LEDGER_TABLES.development.people?.columns ?? [];
    expect(columns.map((c) => c.title)).toEqual([
      '序号',
      '姓名',
      '性别',
      '出生年月',
      '学历',
      '申请时间',
      '谈话时间（谈话人）',
      '积极分子时间',
      '培养联系人',
      '发展对象时间',
      '入党介绍人',
      '政审时间/结论',
      '培训时间',
      '公示时间',
      '预审时间',
      '支部大会接收时间',
      '审批时间',
      '宣誓时间',
      '转正申请时间',
      '转正讨论时间',
      '转正审批时间',
      '备注',
    ]);
    expect(columns.filter((c) => c.hidden)).toEqual([]);
    const doc = renderLedger(sampleDevelopmentData());
    expect(doc.orientation).toBe('landscape');
    const heads = thead(doc.html);
    expect(heads.slice(0, 6)).toEqual(['序号', '姓名', '性别', '出生年月', '学历', '入党申请']);
    expect(heads).toEqual(expect.arrayContaining(['入党积极分子', '发展对象', '接收预备党员', '预备期和转正']));
    // Dates wrap after the year; 联系人 stack one per line.
    expect(doc.html).toContain('2025.\n02.01\n张建国');
    expect(doc.html).toContain('王建国\n李秀英');
  });

  it('names the flags an inspector looks for in 备注, with the branch’s own note', () => {
    const p = devPerson({
      checks: [flag('candidate'), flag('review'), flag('review'), { ...flag('approval'), level: 'warning' }],
      steps: [...devPerson().steps, stepRecord('extend_probation', '2026-06-01', { months: 6, reason: '需继续考察' })],
    });
    p.input.note = '大学生村官';
    expect(devRemarks(p)).toBe('突击发展；考察超期；延长预备期6个月；大学生村官');
    const cancelled = devPerson({ steps: [stepRecord('apply', '2025-01-10'), stepRecord('cancel', '2026-01-01')] });
    expect(devRemarks(cancelled)).toBe('取消资格');
  });

  it('escapes what the branch typed', () => {
    const p = devPerson({ name: '<b>刘</b>' });
    p.input.note = '<script>alert(1)</script>';
    const { html } = renderLedger(sampleDevelopmentData([p]));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;刘&lt;/b&gt;');
  });

  it('prints an empty year as one clean page', () => {
    const { html } = renderLedger(sampleDevelopmentData([]));
    expect(html).toContain('本年度暂无记录');
    expect(html).not.toContain('<table');
  });
});

describe('发展党员全程纪实表', () => {
  const pages = (html: string) => html.split('<section class="record dev-stage').slice(1);

  it('puts each stage on its own page, headed with the person and the stage', () => {
    const two = [devPerson(), devPerson({ id: 'p2', name: '赵磊' })];
    const doc = renderLedger(sampleRecordData(two));
    expect(doc.orientation).toBe('portrait');
    const all = pages(doc.html);
    expect(all).toHaveLength(10);
    // The first page opens the document; every other page starts a new sheet.
    expect(all.map((p) => p.startsWith(' new-page"'))).toEqual([false, ...Array<boolean>(9).fill(true)]);
    expect(all.map((p) => /<span>姓名：([^<]+)<\/span>/.exec(p)?.[1])).toEqual([
      ...Array<string>(5).fill('刘新苗'),
      ...Array<string>(5).fill('赵磊'),
    ]);
    expect(all[2]).toContain('第三阶段\u3000发展对象的确定和考察');
    for (const p of all) expect(p).toContain('本人：');
  });

  it('leaves steps not yet done blank to fill in by hand, never dashed', () => {
    const { html } = renderLedger(sampleRecordData());
    const [first, , third, fourth] = pages(html);
    expect(first).toContain('2025年1月10日');
    expect(third).toContain('<th scope="row">政审结论</th><td>合格</td>');
    expect(third).toContain('王建国、李秀英');
    // 集中培训 not held yet: a blank period to write in, and room for the 学时.
    expect(third).toContain(`<td class="hand">${HAND_DATE}\n至${HAND_DATE}</td>`);
    expect(fourth).toContain('<th scope="row">志愿书编号</th><td class="hand"></td>');
    // A stage begun with nothing to tell says so; one not begun leaves the box empty.
    expect(first).toContain('>无</td>');
    expect(fourth).toMatch(/class="last dev-notes"[^>]*><\/td>/);
    expect(html.replace(/<style[\s\S]*?<\/style>/, '')).not.toContain('—');
  });

  it('writes the rules broken on the page of the stage they concern, dates as on paper', () => {
    const p = devPerson({ checks: [flag('candidate', '不满 1 年即确定为发展对象（突击发展），满 1 年为 2026-03-01')] });
    expect(stageNotes(p, 3)).toEqual(['不满 1 年即确定为发展对象（突击发展），满 1 年为 2026.03.01']);
    expect(stageNotes(p, 2)).toEqual([]);
  });

  it('names a single person’s file after them', () => {
    const doc = renderLedger(sampleRecordData([devPerson()], true));
    expect(doc.fileName).toBe('中共东风村支部委员会-发展党员全程纪实表（刘新苗）.pdf');
    expect(doc.headerRight).toBe('刘新苗');
  });
});

describe('入党积极分子花名册 and 发展对象名册', () => {
  it('prints each list under its own title, the second from a new page', () => {
    const doc = renderLedger(sampleListsData([devPerson({ id: 'a1', name: '孙悦', stage: 'activist' })]));
    expect(doc.orientation).toBe('landscape');
    expect(doc.html).toContain('<h1>2026年度入党积极分子花名册</h1>');
    expect(doc.html).toContain('<section class="dev-list new-page">');
    expect(doc.html).toContain('<h1>2026年度发展对象名册</h1>');
    expect(doc.html).toContain('截至 2026年11月23日');
    expect(doc.html).toContain('农牧渔民，东风村村民');
    expect(LEDGER_TABLES['development-lists'].candidates?.columns.map((c) => c.title).slice(10)).toEqual([
      '确定为发展对象时间',
      '入党介绍人',
      '政审情况',
      '集中培训',
      '公示',
      '备注',
    ]);
  });

  it('prints 无 under a list with nobody in it, and one clean page when both are empty', () => {
    const one = renderLedger(sampleListsData([], [devPerson()]));
    expect(one.html).toContain('<td class="empty" colSpan="11">无</td>');
    const none = renderLedger(sampleListsData([], []));
    expect(none.html).toContain('本年度暂无记录');
    expect(LEDGER_TITLES['development-lists']).toBe('入党积极分子和发展对象名册');
  });
});
