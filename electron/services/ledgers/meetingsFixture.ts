import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH } from '../../../test/support/temp.js';
import type { EligibleMember } from '../../api/meetings.js';
import type { MemberDetail } from '../../api/members.js';
import type { ServiceContext } from '../context.js';
import { dispatch } from '../dispatch.js';

/**
 * A village branch's realistic 2026, written through the contract: every kind of meeting (a
 * 党员大会 with votes and long minutes, 支委会, 党小组会, 党课, 主题党日, 组织生活会 with 整改,
 * 民主评议), three talks, and one 支委会 entered months late (补录). Shared by the ledger data
 * tests and the CLI print test, and used to look at the printed pages.
 */
export const FIXTURE_YEAR = 2026;
export const FIXTURE_TODAY = '2026-12-20';
export const LATE_MEETING_RECORDED_ON = '2026-09-01';

/** The context as it was on `day`: a record saved through it is entered that day. */
const on = (ctx: ServiceContext, day: string): ServiceContext => ({
  ...ctx,
  clock: { nowMs: () => ctx.clock.nowMs(), today: () => day },
});

async function call<T>(ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? ''})`);
  return r.value as T;
}

const MEMBERS: [string, 'male' | 'female', string | null][] = [
  ['王建国', 'male', '第一党小组'],
  ['李秀英', 'female', '第一党小组'],
  ['张伟', 'male', '第一党小组'],
  ['刘芳', 'female', '第一党小组'],
  ['陈志强', 'male', '第二党小组'],
  ['赵德明', 'male', '第二党小组'],
  ['孙桂兰', 'female', '第二党小组'],
  ['周海涛', 'male', '第二党小组'],
];

export const LONG_MINUTES = [
  '王建国同志传达了党的二十届四中全会精神和县委、镇党委有关会议要求，重点学习了全会关于推进乡村全面振兴、加强基层党组织建设的部署。他指出，村党支部要把学习贯彻全会精神同做好本村各项工作结合起来，切实把思想和行动统一到上级决策部署上来。',
  '李秀英同志通报了2025年度村级集体经济收支情况：全年集体经营性收入28.6万元，主要来自村集体茶园承包和光伏发电收益；支出19.2万元，主要用于村内道路养护、环境卫生保洁和困难群众慰问。账目已在村务公开栏公示，群众无异议。',
  '会议讨论了村级重大事项“东风村茶园提质增效项目”。' +
    '张伟同志介绍了项目方案：拟利用上级衔接资金和村集体自筹资金共计45万元，对村集体茶园进行低产改造，新建茶叶加工厂房一处，购置揉捻机、烘干机等设备，建成后由村股份经济合作社统一经营，预计每年可为村集体增收8万元以上，并带动20户农户就近务工。'.repeat(
      2,
    ) +
    '与会党员围绕项目选址、资金使用、收益分配和风险防控等问题进行了充分讨论。陈志强同志建议厂房选址避开基本农田，刘芳同志建议收益优先用于困难党员群众帮扶，赵德明同志提出要做好项目资金公开，接受群众监督。',
  '会议按照“四议两公开”程序，对上述事项进行了表决。镇党委组织委员陈明同志对会议进行了点评，肯定了支部在落实民主集中制方面的做法，要求支部抓好项目实施过程中的监督管理。',
  '最后，王建国同志作总结讲话，要求全体党员带头支持项目建设，做好群众宣传解释工作，按时完成各自承担的任务。',
].join('\n');

/** A meeting as the form sends it (the contract fills defaults for what is left out). */
type MeetingFields = { kind: string; heldOn: string; groupId?: string | null } & Record<string, unknown>;

export interface MeetingsFixture {
  members: MemberDetail[];
  meetingIds: string[];
}

/** Fills a fresh installation (clock at FIXTURE_TODAY) with the year described above. */
export async function seedMeetingsYear(ctx: ServiceContext): Promise<MeetingsFixture> {
  await call(ctx, 'org.setup', SAMPLE_BRANCH);
  const groups = new Map<string, string>();
  for (const [name, leaderName] of [
    ['第一党小组', '李秀英'],
    ['第二党小组', '陈志强'],
  ] as const)
    groups.set(name, (await call<{ id: string }>(ctx, 'groups.save', { name, leaderName })).id);
  const members: MemberDetail[] = [];
  for (const [name, gender, group] of MEMBERS)
    members.push(
      await call(ctx, 'members.create', person({ name, gender, groupId: group ? groups.get(group) : null })),
    );
  members.push(
    await call(ctx, 'members.create', {
      ...person({ name: '吴晓燕', gender: 'female', kind: 'probationary', birthDate: '1998-03-02' }),
      joinedOn: '2025-12-01',
      confirmedOn: null,
      groupId: groups.get('第二党小组'),
    }),
  );
  for (const [position, name] of [
    ['secretary', '王建国'],
    ['organization', '李秀英'],
    ['propaganda', '张伟'],
  ] as const)
    await call(ctx, 'committee.save', { position, name, startedOn: '2021-04-15' });

  const meetingIds: string[] = [];
  /** Saves a meeting as entered on `enteredOn` (the day it was held unless late). */
  const hold = async (input: MeetingFields, enteredOn = input.heldOn) => {
    const eligible = await call<EligibleMember[]>(ctx, 'meetings.eligible', {
      kind: input.kind,
      heldOn: input.heldOn,
      groupId: input.groupId ?? null,
    });
    const away: Record<string, { status: string; reason: string }> = {
      张伟: { status: 'leave', reason: '外出务工' },
      周海涛: { status: 'absent', reason: '生病住院' },
    };
    const attendance = eligible.map((e) => ({ memberId: e.memberId, status: 'present', reason: '', ...away[e.name] }));
    const saved = await call<{ id: string }>(on(ctx, enteredOn), 'meetings.save', { attendance, ...input });
    meetingIds.push(saved.id);
    return saved;
  };
  const common = { startTime: '09:00', endTime: '11:00', place: '东风村党群服务中心会议室', recorder: '李秀英' };
  await hold({
    ...common,
    kind: 'committee',
    title: '研究2026年度党建工作计划',
    heldOn: '2026-01-08',
    host: '王建国',
    agenda: ['研究制定2026年度党支部工作计划', '研究确定发展党员工作计划'],
    minutes: '会议逐条讨论了年度工作计划草案，明确了“三会一课”、主题党日、党员教育培训等工作安排。',
    decisions: '通过2026年度党支部工作计划，提交支部党员大会审议。',
    votes: [{ motion: '2026年度党支部工作计划（草案）', yes: 2, no: 0, abstain: 0 }],
  });
  await hold({
    ...common,
    kind: 'congress',
    alsoCountsAs: ['theme_day'],
    title: '学习贯彻全会精神暨审议村级重大事项',
    heldOn: '2026-01-15',
    startTime: '14:30',
    endTime: '17:00',
    host: '王建国',
    guests: '入党积极分子 赵小兵、村民代表 3 名',
    superiors: '城关镇党委组织委员 陈明',
    agenda: ['学习党的二十届四中全会精神', '通报2025年度村集体经济收支情况', '审议东风村茶园提质增效项目'],
    minutes: LONG_MINUTES,
    decisions: '一、同意实施东风村茶园提质增效项目，由村股份经济合作社具体实施。\n二、通过2026年度党支部工作计划。',
    votes: [
      { motion: '东风村茶园提质增效项目', yes: 5, no: 0, abstain: 1 },
      { motion: '2026年度党支部工作计划', yes: 6, no: 0, abstain: 0 },
    ],
    activities: ['study', 'democratic'],
  });
  await hold({
    ...common,
    kind: 'group',
    groupId: groups.get('第一党小组') ?? null,
    title: '学习党章和交流联系户情况',
    heldOn: '2026-03-12',
    host: '李秀英',
    recorder: '刘芳',
    agenda: ['集中学习党章第一章', '交流党员联系户情况'],
    minutes: '小组党员逐一交流了联系农户的生产生活情况，收集到群众反映的道路照明、饮水管网维修等问题3条。',
    decisions: '将收集到的问题报支委会研究解决。',
  });
  await hold({
    ...common,
    kind: 'lecture',
    title: '书记讲党课',
    heldOn: '2026-04-10',
    host: '李秀英',
    lecturer: '王建国',
    lectureTitle: '发挥党员先锋模范作用 助力乡村全面振兴',
    lectureHours: 2,
    minutes: '王建国同志结合本村实际，从坚定理想信念、密切联系群众、带头发展产业三个方面讲授党课。',
  });
  await hold({
    ...common,
    kind: 'theme_day',
    title: '重温入党誓词暨人居环境整治志愿服务',
    heldOn: '2026-05-05',
    host: '赵德明',
    activities: ['study', 'org_life', 'volunteer'],
    agenda: ['重温入党誓词', '学习《中国共产党纪律处分条例》', '开展人居环境整治志愿服务'],
    minutes: '全体党员在党旗下重温入党誓词，集中学习纪律处分条例，随后分组清理村内主干道两侧垃圾和沟渠淤泥。',
    decisions: '每月5日固定开展主题党日，由各党小组轮流负责志愿服务。',
  });
  await hold(
    {
      ...common,
      kind: 'committee',
      title: '研究村内道路照明维修事项',
      heldOn: '2026-06-20',
      host: '王建国',
      agenda: ['研究党小组会反映的道路照明问题'],
      minutes: '会议研究决定使用村集体资金维修村内路灯12盏。',
      decisions: '同意维修路灯12盏，由张伟同志负责，7月底前完成。',
      votes: [{ motion: '维修村内路灯', yes: 2, no: 0, abstain: 0 }],
    },
    LATE_MEETING_RECORDED_ON,
  );
  await hold({
    ...common,
    kind: 'org_life',
    title: '2026年度组织生活会',
    heldOn: '2026-11-28',
    host: '王建国',
    superiors: '城关镇党委副书记 刘晓东',
    agenda: ['通报上一年度整改情况', '支部班子对照检查', '党员开展批评和自我批评', '上级点评'],
    minutes:
      '王建国同志代表支部班子作对照检查，查摆出理论学习不够深入、联系服务群众不够经常等问题。\n党员逐一发言，开展批评和自我批评，共提出批评意见11条。',
    decisions: '会后制定整改清单，明确责任人和完成时限，整改情况在下一次组织生活会上通报。',
    rectifications: [
      {
        problem: '理论学习不够深入，学习形式单一',
        measure: '每月集中学习不少于1次，运用“学习强国”开展自学',
        owner: '张伟',
        dueOn: '2027-03-31',
        progress: '正在推进',
      },
      {
        problem: '联系服务群众不够经常',
        measure: '每名党员联系3至5户群众，每季度走访一次',
        owner: '李秀英',
        dueOn: '2026-12-31',
        doneOn: '2026-12-15',
        progress: '已完成',
      },
      {
        problem: '流动党员管理不够到位',
        measure: '建立流动党员微信群，每月推送学习资料',
        owner: '王建国',
        dueOn: '2027-01-31',
      },
    ],
  });
  const graded = members.filter((m) => m.name !== '周海涛');
  await hold({
    ...common,
    kind: 'appraisal',
    title: '2026年度民主评议党员',
    heldOn: '2026-12-05',
    host: '王建国',
    agenda: ['党员个人总结', '民主测评', '支部综合评定'],
    minutes: '到会党员逐一进行个人总结，开展民主测评，发出测评票7张，收回7张。',
    decisions: '评定王建国、李秀英为优秀，其余为合格；张伟为基本合格，限期改正。',
    grades: graded.map((m, i) => ({
      memberId: m.id,
      grade: i < 2 ? 'excellent' : m.name === '张伟' ? 'basic' : 'qualified',
      ballotsIssued: 7,
      ballotsReturned: 7,
      votesExcellent: i < 2 ? 6 : 1,
      votesQualified: i < 2 ? 1 : 5,
      votesBasic: i < 2 ? 0 : 1,
      votesUnqualified: 0,
      disposition: m.name === '张伟' ? '限期改正' : '',
      note: m.name === '吴晓燕' ? '预备党员，参加评议' : '',
    })),
  });

  const talk = (input: object, enteredOn: string) => call(on(ctx, enteredOn), 'talks.save', input);
  await talk(
    {
      heldOn: '2026-03-20',
      talker: '王建国',
      talkerPost: '党支部书记',
      memberId: members[2]?.id,
      talkee: '张伟',
      talkeePost: '支部委员',
      place: '村党群服务中心',
      talkType: '谈心',
      topic: '了解思想和工作情况',
      content:
        '王建国同志与张伟同志交流了近期思想和工作情况，肯定了其在产业项目推进中的作用，指出其参加组织生活不够经常的问题。\n张伟同志表示外出务工时间较多，今后将合理安排时间。',
      feedback: '建议支部在农闲时集中安排组织生活。',
      followUp: '今后外出前向支部报告，按时参加组织生活。',
    },
    '2026-03-20',
  );
  await talk(
    {
      heldOn: '2026-06-02',
      talker: '李秀英',
      talkerPost: '组织委员',
      talkee: '吴晓燕',
      talkeePost: '预备党员',
      place: '吴晓燕家中',
      talkType: '谈心',
      topic: '预备期教育考察谈话',
      content: '了解预备期表现，提出继续学习党章党规的要求。',
    },
    '2026-06-02',
  );
  await talk(
    {
      heldOn: '2026-07-15',
      talker: '王建国',
      talkerPost: '党支部书记',
      talkee: '周海涛',
      talkeePost: '党员',
      talkType: '提醒',
      topic: '按时参加组织生活',
      content: '提醒周海涛同志按时参加组织生活、交纳党费。',
    },
    '2026-10-30',
  );
  return { members, meetingIds };
}
