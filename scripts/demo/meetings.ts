import type { Input } from '../../electron/api/index.js';
import type { EligibleMember, MeetingInput } from '../../electron/api/meetings.js';
import type { ActivityKind } from '../../electron/api/meetingOptions.js';
import type { PartyGroup } from '../../electron/api/org.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { addDays } from '../../electron/services/rules/dates.js';
import { call, on } from './contract.js';
import type { Rng } from './random.js';

const LEAVE_REASONS = ['外出务工', '生病住院', '家中有事', '年老行动不便', '在外地照顾子女'];
const TOPICS: Record<ActivityKind, string[]> = {
  congress: ['学习贯彻上级会议精神', '讨论村级重大事项', '研究发展党员工作', '部署年度重点工作'],
  committee: ['研究本月党建工作', '讨论党员教育管理', '研究村务监督事项', '安排主题党日活动'],
  group: ['学习党章党规', '交流思想工作情况', '讨论小组党员联系户情况'],
  lecture: ['学习党的创新理论', '党史学习教育', '乡村振兴中的党员作用', '严守党的纪律'],
  theme_day: ['集中学习和志愿服务', '重温入党誓词', '环境整治志愿服务', '走访慰问困难群众'],
  org_life: ['年度组织生活会'],
  appraisal: ['年度民主评议党员'],
};

export interface DemoMeetingContext {
  rng: Rng;
  today: string;
  secretary: string;
  recorder: string;
  groups: PartyGroup[];
}

/** Who came: most do; the rest are on leave with a reason, now and then one is absent. */
function attendance(rng: Rng, eligible: EligibleMember[]): MeetingInput['attendance'] {
  return eligible.map((e) => {
    const r = rng.next();
    if (r < 0.86) return { memberId: e.memberId, status: 'present', reason: '' };
    if (r < 0.97) return { memberId: e.memberId, status: 'leave', reason: rng.pick(LEAVE_REASONS) };
    return { memberId: e.memberId, status: 'absent', reason: '未说明原因' };
  });
}

async function hold(
  ctx: ServiceContext,
  d: DemoMeetingContext,
  kind: ActivityKind,
  heldOn: string,
  extra: Partial<Input<'meetings.save'>> = {},
): Promise<void> {
  if (heldOn > d.today) return;
  const groupId = extra.groupId ?? null;
  const eligible = await call(ctx, 'meetings.eligible', { kind, heldOn, groupId });
  if (eligible.length === 0) return;
  // The secretary hosts when entitled to attend (a 党小组会 is hosted from within the group),
  // and whoever hosts or takes the minutes is there.
  const names = eligible.map((e) => e.name);
  const host = names.includes(d.secretary) ? d.secretary : (names[0] as string);
  const recorder = names.includes(d.recorder) ? d.recorder : (names.find((n) => n !== host) ?? host);
  const chairs = new Set([host, recorder]);
  let lines = attendance(d.rng, eligible).map((l) =>
    chairs.has(eligible.find((e) => e.memberId === l.memberId)?.name ?? '')
      ? { ...l, status: 'present' as const, reason: '' }
      : l,
  );
  const voters = eligible.filter((e) => e.voting).map((e) => e.memberId);
  const presentVoters = () => lines.filter((l) => l.status === 'present' && voters.includes(l.memberId)).length;
  // A meeting that takes votes is one the branch made sure enough members attended.
  if (kind === 'congress' && presentVoters() * 2 <= voters.length)
    lines = lines.map((l) => ({ ...l, status: 'present', reason: '' }));
  const n = presentVoters();
  // Most records are typed within a week; one in twelve is entered weeks later (补录).
  const recordedOn = addDays(heldOn, d.rng.chance(1 / 12) ? d.rng.int(35, 80) : d.rng.int(0, 6));
  const input: Input<'meetings.save'> = {
    kind,
    title: d.rng.pick(TOPICS[kind]),
    heldOn,
    startTime: kind === 'committee' ? '19:30' : '09:00',
    endTime: kind === 'committee' ? '21:00' : '11:00',
    place: '村党群服务中心',
    host,
    recorder,
    attendance: lines,
    agenda: ['学习有关文件', '讨论研究有关事项'],
    minutes: '主持人传达了上级有关文件精神，与会党员结合实际进行了讨论，大家一致表示要立足岗位发挥先锋模范作用。',
    decisions: kind === 'congress' || kind === 'committee' ? '会议形成一致意见，由支委会负责落实。' : '',
    votes: kind === 'congress' && d.rng.chance(0.5) ? [{ motion: '通过有关事项', yes: n, no: 0, abstain: 0 }] : [],
    ...extra,
  };
  await call(on(ctx, recordedOn < d.today ? recordedOn : d.today), 'meetings.save', input);
}

/** Three years of organisational life with a realistic few gaps and late entries. */
export async function buildDemoMeetings(ctx: ServiceContext, d: DemoMeetingContext): Promise<void> {
  const thisYear = Number(d.today.slice(0, 4));
  for (let year = thisYear - 2; year <= thisYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const day = (n: number) => `${year}-${String(month).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
      const quarterEnd = month % 3 === 0;
      if (d.rng.chance(0.92)) await hold(ctx, d, 'committee', day(d.rng.int(3, 8)));
      for (const g of d.groups)
        if (d.rng.chance(0.85)) await hold(ctx, d, 'group', day(d.rng.int(10, 18)), { groupId: g.id });
      // The 党员大会 of a quarter's last month doubles as that month's 主题党日.
      if (quarterEnd && d.rng.chance(0.9)) await hold(ctx, d, 'congress', day(20), { alsoCountsAs: ['theme_day'] });
      else if (d.rng.chance(0.9))
        await hold(ctx, d, 'theme_day', day(d.rng.int(1, 5) + 20), { activities: ['study', 'volunteer'] });
      if (quarterEnd && d.rng.chance(0.9))
        await hold(ctx, d, 'lecture', day(25), {
          lecturer: d.secretary,
          lectureTitle: d.rng.pick(TOPICS.lecture),
          lectureHours: 2,
        });
    }
    await appraise(ctx, d, `${year}-12-28`);
    await talkWithEveryone(ctx, d, year);
    await hold(ctx, d, 'org_life', `${year}-12-26`, {
      superiors: '镇党委联系领导',
      rectifications: [
        {
          problem: '理论学习不够深入',
          measure: '每月集中学习一次',
          owner: d.secretary,
          dueOn: `${year + 1}-06-30`,
          doneOn: null,
          progress: '',
        },
      ],
    });
  }
}

/** 民主评议 at year end: most 合格, about a fifth 优秀, now and then a 基本合格. */
async function appraise(ctx: ServiceContext, d: DemoMeetingContext, heldOn: string): Promise<void> {
  if (heldOn > d.today) return;
  const eligible = await call(ctx, 'meetings.eligible', { kind: 'appraisal', heldOn, groupId: null });
  const grades = eligible.map((e) => {
    const grade = d.rng.weighted([
      ['excellent', 2],
      ['qualified', 7.6],
      ['basic', 0.4],
    ] as const);
    return { memberId: e.memberId, grade, disposition: grade === 'basic' ? '限期改正' : '' };
  });
  await hold(ctx, d, 'appraisal', heldOn, { grades, title: `${heldOn.slice(0, 4)}年度民主评议党员` });
}

/** Each member once a year with the secretary; this year a few are still to come. */
async function talkWithEveryone(ctx: ServiceContext, d: DemoMeetingContext, year: number): Promise<void> {
  const roster = await call(ctx, 'meetings.eligible', { kind: 'congress', heldOn: `${year}-06-30`, groupId: null });
  for (const m of roster) {
    const heldOn = `${year}-${String(d.rng.int(1, 12)).padStart(2, '0')}-${String(d.rng.int(1, 28)).padStart(2, '0')}`;
    if (heldOn > d.today || m.name === d.secretary) continue;
    await call(
      on(ctx, addDays(heldOn, d.rng.int(0, 5)) < d.today ? addDays(heldOn, d.rng.int(0, 5)) : d.today),
      'talks.save',
      {
        heldOn,
        talker: d.secretary,
        talkerPost: '党支部书记',
        memberId: m.memberId,
        talkee: m.name,
        talkeePost: m.voting ? '正式党员' : '预备党员',
        place: '村党群服务中心',
        talkType: '谈心',
        topic: d.rng.pick(['思想和工作情况', '家庭生产生活情况', '对支部工作的意见建议']),
        content: '双方敞开心扉交流了思想、工作和生活情况。',
        feedback: d.rng.pick(['希望多组织技能培训', '无', '建议改善村内道路照明']),
        followUp: '支部将研究落实对方提出的建议。',
      },
    );
  }
}
