import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { dispatch } from '../dispatch.js';
import { developmentLedgerData, developmentListsData, developmentRecordData } from './developmentData.js';
import { DEV_FIXTURE_TODAY, seedDevelopmentYear, type DevFixture } from './developmentFixture.js';
import { buildLedger } from './render.js';

let inst: TestInstallation;
let fx: DevFixture;
beforeEach(async () => {
  inst = await tempInstallation({ today: DEV_FIXTURE_TODAY });
  fx = await seedDevelopmentYear(inst.ctx);
});
afterEach(async () => inst.dispose());

const names = (people: readonly { name: string }[]) => people.map((p) => p.name);
const visible = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const id = (name: string) => fx.ids[name] ?? '';

describe('发展党员工作台账 data', () => {
  it('takes everyone in the pipeline during the year, by date of application', async () => {
    const data = await developmentLedgerData(inst.ctx, 2026);
    // 钱明 was cancelled in 2025; 陈晓燕 finished (转正) in 2026 and is still on the year's ledger.
    expect(names(data.people)).toEqual(['周丽', '陈晓燕', '吴刚', '赵磊', '孙悦', '郑浩']);
  });

  it('prints a past year as it stood at its end', async () => {
    const data = await developmentLedgerData(inst.ctx, 2025);
    expect(names(data.people)).toEqual(['周丽', '陈晓燕', '钱明', '吴刚', '赵磊']);
    const chen = data.people.find((p) => p.name === '陈晓燕');
    expect(chen?.stage).toBe('probationary');
    expect(chen?.steps.some((s) => s.step === 'confirm_vote')).toBe(false);
    expect(data.people.find((p) => p.name === '吴刚')?.stage).toBe('activist');
  });

  it('prints one landscape row per person with the flags in 备注', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'development', year: 2026 });
    expect(doc).toMatchObject({
      id: 'development',
      orientation: 'landscape',
      fileName: '中共东风村支部委员会-2026年度发展党员工作台账.pdf',
    });
    const text = visible(doc.html);
    expect(text).toContain('2026年度发展党员工作台账');
    for (const flag of ['突击发展', '延长预备期6个月', '取消资格', '谈话超期', '村妇联执委'])
      expect(text).toContain(flag);
    // 陈晓燕: 谈话 with its 谈话人 under the date, 政审 with its conclusion, 转正审批 in July.
    expect(doc.html).toContain('2024.\n01.10\n王建国');
    expect(doc.html).toContain('2025.03.25\n政治历史清楚，符合要求');
    expect(doc.html).toContain('2026.\n07.20');
  });
});

describe('入党积极分子花名册 and 发展对象名册 data', () => {
  it('lists who was in each stage at the end of the year', async () => {
    const now = await developmentListsData(inst.ctx, 2026);
    expect(now.asOf).toBe(DEV_FIXTURE_TODAY);
    expect(names(now.activists)).toEqual(['孙悦']);
    expect(names(now.candidates)).toEqual(['赵磊']);
    const before = await developmentListsData(inst.ctx, 2025);
    expect(before.asOf).toBe('2025-12-31');
    expect(names(before.activists)).toEqual(['吴刚', '赵磊']);
    expect(names(before.candidates)).toEqual([]);
  });

  it('prints both lists in one landscape document, the 发展对象 from a new page', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'development-lists', year: 2026 });
    expect(doc.orientation).toBe('landscape');
    expect(doc.html).toContain('<h1>2026年度入党积极分子花名册</h1>');
    expect(doc.html).toContain('<section class="dev-list new-page"><header class="ledger-title">');
    const candidates = visible(doc.html.slice(doc.html.indexOf('dev-list new-page')));
    expect(candidates).toContain('2026年度发展对象名册');
    expect(candidates).toContain('赵磊');
    expect(candidates).toContain('王建国、李秀英');
    expect(candidates).not.toContain('孙悦');
  });
});

describe('发展党员全程纪实表 data', () => {
  const stages = (html: string) => (html.match(/<section class="record dev-stage/g) ?? []).length;
  const breaks = (html: string) => (html.match(/<section class="record dev-stage new-page"/g) ?? []).length;

  it('prints five stage pages for each person of the year, each after a page break', async () => {
    const data = await developmentRecordData(inst.ctx, 2026);
    expect(data.people).toHaveLength(6);
    const doc = await buildLedger(inst.ctx, { ledger: 'development-record', year: 2026 });
    expect(doc.orientation).toBe('portrait');
    expect(stages(doc.html)).toBe(30);
    expect(breaks(doc.html)).toBe(29);
  });

  it('prints one person’s record alone, named after them', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'development-record', year: 2026, person: id('郑浩') });
    expect(stages(doc.html)).toBe(5);
    expect(breaks(doc.html)).toBe(4);
    expect(doc.fileName).toBe('中共东风村支部委员会-发展党员全程纪实表（郑浩）.pdf');
    expect(doc.headerRight).toBe('郑浩');
    // Every page names the person and its stage.
    expect(doc.html.match(/姓名：郑浩/g)).toHaveLength(5);
    expect(visible(doc.html)).toContain('第五阶段 预备党员的教育考察和转正');
    // Steps not done yet are left to write in by hand, not dashed.
    expect(doc.html).toContain('\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日');
    expect(doc.html).toContain('赞成\u3000\u3000票，反对\u3000\u3000票，弃权\u3000\u3000票');
    expect(visible(doc.html.replace(/<footer[\s\S]*?<\/footer>/g, ''))).not.toContain('—');
    expect(visible(doc.html)).toContain('申请后 1 个月内应派人谈话');
  });

  it('states the rules broken, 延长预备期 and 取消资格 on the stage they belong to', async () => {
    const zhao = await buildLedger(inst.ctx, { ledger: 'development-record', person: id('赵磊') });
    const third = zhao.html.split('<section class="record dev-stage')[3] ?? '';
    expect(third).toContain('第三阶段');
    expect(third).toContain('（突击发展）');
    const zhou = await buildLedger(inst.ctx, { ledger: 'development-record', person: id('周丽') });
    const fifth = visible(zhou.html.split('<section class="record dev-stage')[5] ?? '');
    expect(fifth).toContain('延长预备期时间 2026年8月1日 延长期限 6个月');
    expect(fifth).toContain('2026.08.01 延长预备期：群众意见较多，需继续考察');
    const wu = await buildLedger(inst.ctx, { ledger: 'development-record', person: id('吴刚') });
    const second = visible(wu.html.split('<section class="record dev-stage')[2] ?? '');
    expect(second).toContain('2026.04.01 取消资格：本人申请退出');
  });

  it('refuses a person who is not in the pipeline', async () => {
    const r = await dispatch(inst.ctx, 'ledger.render', {
      ledger: 'development-record',
      person: '01900000-0000-7000-8000-000000000000',
    });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});

describe('a year without development work', () => {
  it('prints each of the three ledgers as one clean page', async () => {
    for (const ledger of ['development', 'development-record', 'development-lists'] as const) {
      const doc = await buildLedger(inst.ctx, { ledger, year: 2020 });
      expect(visible(doc.html)).toContain('本年度暂无记录');
      expect(doc.html).not.toContain('<table');
    }
  });
});
