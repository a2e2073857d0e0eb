import { describe, expect, it } from 'vitest';
import { EMPTY_YEAR_TEXT, LEDGER_TABLES, renderLedger } from './index.js';
import { line, meeting, sampleMeetingsData } from './meetingsTestData.js';
import { MAX_PIECE_CHARS, textPieces } from './text.js';

/** The text of the document's rendered markup, tags replaced by spaces: what a reader sees. */
const visible = (html: string) => html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

/** The records of the book, one chunk of HTML per page-starting section. */
const sections = (html: string) => html.split('<section class="record new-page">').slice(1);

describe('三会一课记录: the record form', () => {
  it('prints every field of a 支部党员大会, votes and quorum included', () => {
    const m = meeting(
      { alsoCountsAs: ['theme_day'] },
      { guests: '入党积极分子 赵小兵', superiors: '镇党委组织委员 陈明', activities: ['study', 'volunteer'] },
    );
    const { html } = renderLedger(sampleMeetingsData([m]));
    const record = visible(sections(html)[0] ?? '');
    expect(record).toContain('2026年9月 支部党员大会记录');
    for (const text of [
      '会议主题',
      '学习贯彻全会精神',
      '支部党员大会（同时计为 主题党日）',
      '2026年9月20日 09:00至11:30',
      '村党群服务中心',
      '王建国',
      '李秀英',
      '5人',
      '3人',
      '张伟（请假：外出务工）；周海涛（缺席：生病住院）',
      '入党积极分子 赵小兵',
      '上级参会/指导人员',
      '镇党委组织委员 陈明',
      '有表决权应到',
      '是（到会有表决权党员超过半数）',
      '1．学习文件',
      '2．讨论村务',
      '会议传达了上级精神。',
      '同意实施茶园项目。',
      '1．茶园项目：赞成 3 票，反对 0 票，弃权 0 票。',
      '主持人签字',
      '记录人签字',
      '第1份',
    ])
      expect(record).toContain(text);
    // A congress held as 主题党日 also shows the activity forms, ticked or not.
    expect(record).toMatch(/☑<\/span>集中学习|☑ *集中学习/);
    expect(html).toContain('<span class="tick">☐</span>民主议事');
    expect(html).toContain('<span class="tick">☑</span>志愿服务');
    expect(record).not.toContain('补录');
  });

  it('states a late record (补录) with the day it was entered', () => {
    const { html } = renderLedger(sampleMeetingsData([meeting({ late: true, recordedOn: '2026-11-23' })]));
    expect(html).toContain('补录：本记录于 2026年11月23日 录入');
  });

  it('prints the fields of each kind: 党小组会, 党课, 主题党日, 支委会', () => {
    const group = meeting(
      {
        id: 'g',
        kind: 'group',
        groupId: 'g1',
        groupName: '第一党小组',
        counts: { ...meeting().counts, quorumMet: null },
      },
      { votes: [] },
    );
    const lecture = meeting(
      { id: 'l', kind: 'lecture', counts: { ...meeting().counts, quorumMet: null } },
      {
        lecturer: '王建国',
        lectureTitle: '发挥党员先锋模范作用',
        lectureHours: 2,
        votes: [],
      },
    );
    const theme = meeting(
      { id: 't', kind: 'theme_day', counts: { ...meeting().counts, quorumMet: null } },
      { activities: ['org_life'], votes: [] },
    );
    const committee = meeting({ id: 'c', kind: 'committee' }, { votes: [] });
    const pages = sections(renderLedger(sampleMeetingsData([group, lecture, theme, committee])).html).map(visible);
    expect(pages[0]).toContain('2026年9月 党小组会记录');
    expect(pages[0]).toMatch(/小组名称\s+第一党小组\s+组长\s+李秀英/);
    expect(pages[0]).not.toContain('表决情况');
    expect(pages[2]).toMatch(/授课人\s+王建国\s+学时\s+2/);
    expect(pages[2]).toContain('党课题目');
    expect(pages[2]).toContain('发挥党员先锋模范作用');
    expect(pages[4]).toContain('2026年9月 主题党日活动记录');
    for (const label of ['活动主题', '活动类型', '活动内容', '议定事项及落实', '活动形式'])
      expect(pages[4]).toContain(label);
    expect(pages[6]).toContain('2026年9月 支委会记录');
    expect(pages[6]).toContain('应到委员');
    expect(pages[6]).toContain('本次会议无表决事项');
  });

  it('prints the grades on a 民主评议 record', () => {
    const m = meeting({
      kind: 'appraisal',
      gradeLines: [
        {
          memberId: 'a',
          name: '王建国',
          grade: 'excellent',
          ballotsIssued: 5,
          ballotsReturned: 5,
          votesExcellent: 4,
          votesQualified: 1,
          votesBasic: 0,
          votesUnqualified: 0,
          disposition: '',
          note: '',
        },
        {
          memberId: 'b',
          name: '张伟',
          grade: 'basic',
          ballotsIssued: 5,
          ballotsReturned: 5,
          votesExcellent: 0,
          votesQualified: 2,
          votesBasic: 3,
          votesUnqualified: 0,
          disposition: '限期改正',
          note: '',
        },
      ],
    });
    const record = visible(sections(renderLedger(sampleMeetingsData([m])).html)[0] ?? '');
    expect(record).toContain('2026年9月 民主评议党员会议记录');
    expect(record).toContain('优秀（1名）：王建国');
    expect(record).toContain('基本合格（1名）：张伟（限期改正）');
    expect(record).toContain('不合格（0名）：无');
  });

  it('escapes user text', () => {
    const m = meeting({ title: '<script>alert(1)</script>' }, { minutes: '<b>加粗</b> & "引号"' });
    const { html } = renderLedger(sampleMeetingsData([m]));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>加粗');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;加粗&lt;/b&gt; &amp; ');
  });

  it('cuts long minutes into pieces at sentence ends, each a row that never splits', () => {
    const sentence = '会议研究了村集体经济发展项目的实施方案和资金安排。';
    const long = sentence.repeat(40);
    const pieces = textPieces(`${long}\n\n第二段。`);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.text.length <= MAX_PIECE_CHARS)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith('。'))).toBe(true);
    expect(pieces.map((p) => p.opensParagraph)).toEqual([true, ...pieces.slice(1, -1).map(() => false), true]);
    expect(pieces.map((p) => p.text).join('')).toBe(`${long}第二段。`);
    const { html } = renderLedger(sampleMeetingsData([meeting({}, { minutes: long })]));
    expect(html.match(/<tr class="section-text/g)?.length).toBeGreaterThanOrEqual(pieces.length - 1);
    expect(html).toContain('tr { break-inside: avoid; page-break-inside: avoid; }');
  });
});

describe('三会一课记录: the book', () => {
  it('opens with the 登记表, then each meeting starts a new page with its record and its 签到表', () => {
    const org = meeting(
      {
        id: 'o',
        kind: 'org_life',
        heldOn: '2026-11-28',
        title: '年度组织生活会',
        counts: { ...meeting().counts, quorumMet: null },
      },
      {
        votes: [],
        rectifications: [
          {
            problem: '学习不够深入',
            measure: '每月集中学习',
            owner: '张伟',
            dueOn: '2027-03-31',
            doneOn: null,
            progress: '',
          },
          {
            problem: '联系群众不够',
            measure: '每季度走访',
            owner: '李秀英',
            dueOn: '2026-12-31',
            doneOn: '2026-12-15',
            progress: '已完成',
          },
        ],
      },
    );
    const doc = renderLedger(sampleMeetingsData([meeting(), org]));
    expect(doc).toMatchObject({
      id: 'meetings',
      title: '三会一课记录',
      orientation: 'portrait',
      headerRight: '2026年度',
    });
    expect(doc.fileName).toBe('中共城关镇东风村支部委员会-2026年度三会一课记录.pdf');
    const front = visible(doc.html.split('<section')[0] ?? '');
    expect(front).toContain('2026年度三会一课登记表');
    expect(front).toMatch(/1\s+2026\.09\.20\s+党员大会\s+学习贯彻全会精神\s+5\s+3\s+第1份/);
    expect(front).toMatch(/2\s+2026\.11\.28\s+组织生活会\s+年度组织生活会\s+5\s+3\s+第2份/);
    const pages = sections(doc.html).map(visible);
    // Record, 签到表; record, 签到表, 整改清单.
    expect(pages).toHaveLength(5);
    expect(pages.map((p) => /2026年\d+月 \S+/.exec(p)?.[0])).toEqual([
      '2026年9月 支部党员大会记录',
      '2026年9月 支部党员大会签到表',
      '2026年11月 组织生活会记录',
      '2026年11月 组织生活会签到表',
      '2026年11月 组织生活会整改清单',
    ]);
    expect(doc.html).toContain('.new-page { break-before: page;');
    const rectifications = pages[4] ?? '';
    for (const heading of ['序号', '问题', '整改措施', '责任人', '完成时限', '完成情况'])
      expect(rectifications).toContain(heading);
    expect(rectifications).toMatch(/1\s+学习不够深入\s+每月集中学习\s+张伟\s+2027\.03\.31\s+—/);
    expect(rectifications).toContain('已完成（2026.12.15）');
  });

  it('prints a 签到表 with every name, a blank to sign, and why the others were away', () => {
    const { html } = renderLedger(sampleMeetingsData([meeting()]));
    const sheet = sections(html)[1] ?? '';
    expect(visible(sheet)).toMatch(/序号\s+姓名\s+签到\s+备注/);
    expect(sheet).toMatch(
      /<td class="center">1<\/td><td class="center">王建国<\/td><td class="center"><\/td><td class="center">—<\/td>/,
    );
    expect(sheet).toMatch(/张伟<\/td><td class="center">—<\/td><td>请假：外出务工<\/td>/);
    expect(sheet).toContain('缺席：生病住院');
  });

  it('prints a big meeting’s 签到表 as two lists side by side', () => {
    const many = Array.from({ length: 25 }, (_, i) => line(`党员${i + 1}`));
    const { html } = renderLedger(sampleMeetingsData([meeting({ attendanceLines: many })]));
    const sheet = sections(html)[1] ?? '';
    expect(sheet).toContain('sign-in two-up');
    expect(visible(sheet)).toMatch(/1\s+党员1\s+—\s+14\s+党员14/);
    expect(visible(sheet)).toMatch(/13\s+党员13\s+—\s+—\s+—\s+—\s+—/);
  });

  it('prints a clean page for a year without meetings', () => {
    const { html } = renderLedger(sampleMeetingsData([]));
    expect(visible(html)).toContain('2026年度三会一课记录');
    expect(html).toContain(EMPTY_YEAR_TEXT);
    expect(html).not.toContain('<table');
  });

  it('lets the user customise the register, 签到表 and 整改清单 columns', () => {
    expect(Object.keys(LEDGER_TABLES.meetings)).toEqual(['register', 'signIn', 'rectifications']);
    const data = {
      ...sampleMeetingsData(),
      columns: {
        register: [
          { key: 'record', title: '记录页码' },
          { key: 'late', hidden: false },
        ],
      },
    };
    const front = visible(renderLedger(data).html.split('<section')[0] ?? '');
    expect(front).toMatch(/记录页码\s+补录\s+序号\s+日期/);
    expect(front).toMatch(/第1份\s+—\s+1\s+2026\.09\.20/);
  });
});
