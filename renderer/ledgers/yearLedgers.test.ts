import { describe, expect, it } from 'vitest';
import type { GradeLine } from '../../electron/api/meetings.js';
import { EMPTY_YEAR_TEXT, LEDGER_TABLES, renderLedger } from './index.js';
import { meeting, sampleAppraisalData, sampleOrgLifeData, sampleTalksData, talk } from './meetingsTestData.js';

const visible = (html: string) => html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('组织生活台账', () => {
  it('lists every activity on a landscape register, with 同时计为, 补录 and a 备注', () => {
    const congress = meeting({ alsoCountsAs: ['theme_day'] }, { superiors: '镇党委 陈明' });
    const late = meeting({
      id: 'late',
      kind: 'committee',
      heldOn: '2026-06-20',
      title: '研究路灯维修',
      late: true,
      recordedOn: '2026-09-01',
    });
    const doc = renderLedger(sampleOrgLifeData([late, congress]));
    expect(doc).toMatchObject({ id: 'org-life', title: '组织生活台账', orientation: 'landscape' });
    const text = visible(doc.html);
    expect(text).toContain('2026年度组织生活台账');
    expect(text).toMatch(/序号\s+日期\s+活动类型\s+主题\s+主持人\s+应到\s+实到\s+请假\s+缺席\s+补录\s+备注/);
    expect(text).toMatch(/1\s+2026\.06\.20\s+支委会\s+研究路灯维修\s+王建国\s+5\s+3\s+1\s+1\s+是\s+2026\.09\.01录入/);
    expect(text).toMatch(
      /2\s+2026\.09\.20\s+党员大会（同时计为 主题党日）\s+学习贯彻全会精神\s+王建国\s+5\s+3\s+1\s+1\s+—\s+上级指导：镇党委 陈明/,
    );
  });

  it('ends with the count per kind of activity and the signature lines', () => {
    const doc = renderLedger(sampleOrgLifeData([meeting({ alsoCountsAs: ['theme_day'], late: true })]));
    const text = visible(doc.html);
    expect(text).toContain('全年共记录活动 1 次，其中补录 1 次');
    expect(text).toMatch(/项目（次数）\s+党员大会\s+支委会\s+党小组会\s+党课\s+主题党日\s+组织生活会\s+民主评议/);
    expect(text).toMatch(/本类记录\s+1\s+0\s+0\s+0\s+0\s+0\s+0/);
    expect(text).toMatch(/同时计为\s+0\s+0\s+0\s+0\s+1\s+0\s+0/);
    expect(text).toMatch(/合计\s+1\s+0\s+0\s+0\s+1\s+0\s+0/);
    expect(text).toMatch(/其中补录\s+1\s+0/);
    expect(text).toContain('审核人（书记）');
    expect(Object.keys(LEDGER_TABLES['org-life'])).toEqual(['activities']);
  });

  it('prints a clean page for an empty year', () => {
    const { html } = renderLedger(sampleOrgLifeData([]));
    expect(html).toContain(EMPTY_YEAR_TEXT);
    expect(html).not.toContain('<table');
  });
});

const grade = (name: string, over: Partial<GradeLine> = {}): GradeLine => ({
  memberId: `m-${name}`,
  name,
  grade: 'qualified',
  ballotsIssued: 7,
  ballotsReturned: 7,
  votesExcellent: 1,
  votesQualified: 6,
  votesBasic: 0,
  votesUnqualified: 0,
  disposition: '',
  note: '',
  ...over,
});

describe('民主评议党员结果表', () => {
  const appraisal = meeting({
    kind: 'appraisal',
    title: '2026年度民主评议党员',
    heldOn: '2026-12-05',
    gradeLines: [
      grade('王建国', { grade: 'excellent', votesExcellent: 6, votesQualified: 1 }),
      grade('张伟', { grade: 'basic', votesBasic: 4, votesQualified: 3, votesExcellent: 0, disposition: '限期改正' }),
      grade('吴晓燕', { ballotsIssued: null, note: '预备党员' }),
    ],
  });

  it('prints the 结果汇总表 from the grades, attested by 计票人, 监票人 and 书记', () => {
    const doc = renderLedger(sampleAppraisalData([appraisal], ['王建国', '张伟', '吴晓燕']));
    expect(doc).toMatchObject({ id: 'appraisal', title: '民主评议党员结果表', orientation: 'portrait' });
    const text = visible(doc.html);
    expect(text).toContain('2026年度民主评议党员结果汇总表');
    expect(text).toMatch(
      /序号\s+姓名\s+发出票\s+收回票\s+优秀票\s+合格票\s+基本合格票\s+不合格票\s+支部评定等次\s+处置意见\s+备注/,
    );
    expect(text).toMatch(/1\s+王建国\s+7\s+7\s+6\s+1\s+0\s+0\s+优秀\s+—\s+—/);
    expect(text).toMatch(/2\s+张伟\s+7\s+7\s+0\s+3\s+4\s+0\s+基本合格\s+限期改正\s+—/);
    expect(text).toMatch(/3\s+吴晓燕\s+—\s+7/);
    expect(text).toContain('共评议党员 3 名：优秀 1 名，合格 1 名，基本合格 1 名，不合格 0 名。');
    for (const s of ['计票人：', '监票人：', '书记：', '（盖章）']) expect(text).toContain(s);
  });

  it('adds the anonymous 测评表 with empty tick cells and no signature', () => {
    const { html } = renderLedger(sampleAppraisalData([appraisal], ['王建国', '张伟']));
    const ballot = html.split('<section class="record new-page">')[1] ?? '';
    const text = visible(ballot);
    expect(text).toContain('2026年度民主评议党员测评表');
    expect(text).toContain('请在相应栏内划√，无记名');
    expect(text).toMatch(/序号\s+党员姓名\s+优秀\s+合格\s+基本合格\s+不合格\s+存在问题/);
    expect(ballot).toContain(
      '<td class="center">1</td><td class="center">王建国</td><td class="center"></td><td class="center"></td><td class="center"></td><td class="center"></td><td></td>',
    );
    expect(text).not.toContain('签字');
    expect(text).not.toContain('计票人');
  });

  it('prints the ballot from the roster and says there is no result yet before the first appraisal', () => {
    const { html } = renderLedger(sampleAppraisalData([], ['赵六', '钱七']));
    const [results, ballot] = html.split('<section class="record new-page">');
    expect(results).toContain(EMPTY_YEAR_TEXT);
    expect(visible(ballot ?? '')).toMatch(/1\s+赵六[\s\S]*2\s+钱七/);
  });
});

describe('谈心谈话记录表', () => {
  it('prints one portrait form per talk, each after the first on a new page', () => {
    const doc = renderLedger(
      sampleTalksData([
        talk({ feedback: '建议农闲时集中安排组织生活。' }),
        talk({ id: 't2', talkee: '吴晓燕', talkeePost: '', late: true, recordedOn: '2026-10-30' }),
      ]),
    );
    expect(doc).toMatchObject({ id: 'talks', title: '谈心谈话记录表', orientation: 'portrait' });
    expect(doc.fileName).toBe('中共城关镇东风村支部委员会-2026年度谈心谈话记录表.pdf');
    const [first, second] = doc.html.split('<section class="record').slice(1).map(visible);
    for (const text of [
      '谈话人（职务）',
      '王建国（党支部书记）',
      '谈话对象（职务/身份）',
      '张伟（支部委员）',
      '2026年3月20日',
      '村党群服务中心',
      '谈话类型',
      '谈心',
      '主题/提纲',
      '了解思想和工作情况',
      '主要内容',
      '交流了近期思想和工作情况。',
      '对方反映的问题和意见建议',
      '建议农闲时集中安排组织生活。',
      '约定事项/落实情况',
      '按时参加组织生活。',
      '谈话人签字',
      '谈话对象签字',
    ])
      expect(first).toContain(text);
    expect(second).toContain('吴晓燕');
    expect(second).toContain('补录：本记录于 2026年10月30日 录入');
    expect(doc.html.match(/<section class="record new-page">/g)).toHaveLength(1);
    expect(LEDGER_TABLES.talks).toEqual({});
  });

  it('prints a clean page for an empty year', () => {
    const { html } = renderLedger(sampleTalksData([]));
    expect(visible(html)).toContain('2026年度谈心谈话记录表');
    expect(html).toContain(EMPTY_YEAR_TEXT);
  });
});
