import type { MemberDetail } from '../../electron/api/members.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { addDays, addYears } from '../../electron/services/rules/dates.js';
import { TOWNS, VILLAGES } from './names.js';
import { buildDemoDevelopment } from './development.js';
import { buildDemoDues } from './dues.js';
import { buildDemoMeetings } from './meetings.js';
import { demoPerson } from './people.js';
import { call } from './contract.js';
import { Rng } from './random.js';

export interface DemoOptions {
  members: number;
  seed: number;
}

/** Above this many members the demo builds the roster only. */
export const MAX_MEMBERS_WITH_MEETINGS = 300;

const POSTS = ['secretary', 'deputy', 'organization', 'propaganda', 'discipline'] as const;
const DUTIES = [
  '主持支部全面工作',
  '协助书记，分管党员教育',
  '组织发展、党费收缴',
  '宣传思想、党员学习',
  '纪律检查、党风廉政',
];

/** Fills a new database with a realistic, reproducible village branch. */
export async function buildDemoBranch(
  ctx: ServiceContext,
  opts: DemoOptions,
): Promise<{ name: string; members: number }> {
  const rng = new Rng(opts.seed);
  const today = ctx.clock.today();
  const village = rng.pick(VILLAGES);
  const town = rng.pick(TOWNS);
  const name = `中共${village}村支部委员会`;
  const { termStartedOn } = await call(ctx, 'org.setup', {
    mode: 'branch',
    name,
    code: `${rng.int(3201, 4109)}${String(rng.int(1, 999)).padStart(3, '0')}`,
    parentName: `中共${town}镇委员会`,
    orgType: 'village',
    foundedOn: `19${rng.int(50, 70)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    termStartedOn: addDays(addYears(today, -3), -rng.int(0, 200)),
    contactName: '',
    contactPhone: '',
  });

  const groups = [];
  for (const g of ['第一党小组', '第二党小组', '第三党小组'])
    groups.push(await call(ctx, 'groups.save', { name: g, leaderName: '' }));

  const members: MemberDetail[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < opts.members; i += 1) {
    const probationary = i % 12 === 5;
    const p = demoPerson(rng, today, usedIds, { probationary });
    p.groupId = (groups[i % groups.length] as { id: string }).id;
    members.push(await call(ctx, 'members.create', p));
  }

  // Posts name their holder, so only a name the roster holds once can take one.
  const named = new Map<string, number>();
  for (const m of members) named.set(m.name, (named.get(m.name) ?? 0) + 1);
  const formal = members.filter((m) => m.kind === 'formal' && m.age < 65 && named.get(m.name) === 1);
  for (const [i, post] of POSTS.entries()) {
    const m = formal[i];
    if (!m) break;
    // By id: two members of a large roster may share a name. Elected at the 换届, so the
    // meetings of the earlier years expect them too.
    await call(ctx, 'committee.save', {
      position: post,
      memberId: m.id,
      name: m.name,
      duty: DUTIES[i] ?? '',
      startedOn: termStartedOn,
    });
    await call(ctx, 'members.update', {
      ...m.input,
      id: m.id,
      partyPost: post === 'secretary' ? '支部书记' : '支部委员',
    });
  }
  for (const [i, g] of groups.entries()) {
    const leader = formal[POSTS.length + i];
    if (leader) await call(ctx, 'groups.save', { id: g.id, name: g.name, leaderName: leader.name });
  }
  await addHistory(ctx, rng, today, members.slice(POSTS.length + groups.length), usedIds);
  // Attendance lists grow with the branch; a county-sized roster (for speed checks) gets none.
  if (opts.members <= MAX_MEMBERS_WITH_MEETINGS) {
    const secretary = formal[0]?.name ?? '';
    const recorder = formal[2]?.name ?? secretary;
    await buildDemoMeetings(ctx, {
      rng,
      today,
      secretary,
      recorder,
      groups: await call(ctx, 'org.overview', {}).then((o) => o.groups),
    });
    await buildDemoDues(ctx, rng, today, recorder);
    await buildDemoDevelopment(ctx, rng, today, usedIds, secretary);
  }
  return { name, members: members.length };
}

/** A few members with the events a real branch has: transfers, a death, flags, an extension. */
async function addHistory(
  ctx: ServiceContext,
  rng: Rng,
  today: string,
  pool: MemberDetail[],
  usedIds: Set<string>,
): Promise<void> {
  const formal = pool.filter((m) => m.kind === 'formal');
  const [outDone, outWaiting, deceased, mobile, hardship] = formal;
  if (outDone) {
    const d = addDays(today, -rng.int(200, 400));
    await call(ctx, 'members.event', {
      kind: 'transfer_out',
      id: outDone.id,
      date: d,
      issuedOn: d,
      letterNo: `组转〔${d.slice(0, 4)}〕${rng.int(1, 30)}号`,
      counterpartOrg: '中共县城关街道社区委员会',
      duesPaidTo: d.slice(0, 7),
      handler: '',
    });
    const t = (await call(ctx, 'transfers.list', {})).find((x) => x.memberId === outDone.id);
    if (t) await call(ctx, 'transfers.receipt', { id: t.id, receiptOn: addDays(d, rng.int(10, 40)) });
  }
  if (outWaiting) {
    const d = addDays(today, -rng.int(100, 130));
    await call(ctx, 'members.event', {
      kind: 'transfer_out',
      id: outWaiting.id,
      date: d,
      issuedOn: d,
      letterNo: `组转〔${d.slice(0, 4)}〕${rng.int(31, 60)}号`,
      counterpartOrg: '中共市经济开发区工委',
      duesPaidTo: d.slice(0, 7),
      handler: '',
    });
  }
  if (deceased && deceased.age > 60)
    await call(ctx, 'members.event', {
      kind: 'death',
      id: deceased.id,
      date: addDays(today, -rng.int(30, 500)),
      note: '',
    });
  if (mobile)
    await call(ctx, 'members.event', {
      kind: 'mobile_start',
      id: mobile.id,
      date: addDays(today, -rng.int(60, 700)),
      destination: '江苏省苏州市',
      reason: '外出务工',
      org: '苏州工业园区流动党员党支部',
      card: '',
      contact: mobile.phone,
      dues: '微信转账',
    });
  if (hardship)
    await call(ctx, 'members.event', {
      kind: 'hardship_start',
      id: hardship.id,
      date: addDays(today, -rng.int(30, 300)),
      note: '因病致困',
    });
  const probationer = pool.find((m) => m.kind === 'probationary');
  if (probationer)
    await call(ctx, 'members.transferIn', {
      member: {
        ...demoPerson(rng, today, usedIds),
        groupId: probationer.groupId,
        kind: 'probationary',
        confirmedOn: null,
        joinedOn: addDays(today, -200),
      },
      date: addDays(today, -60),
      issuedOn: addDays(today, -66),
      counterpartOrg: '中共邻村支部委员会',
      letterNo: '',
      duesPaidTo: '',
      handler: '',
    });
}
