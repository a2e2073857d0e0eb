import { COLLEGE_OR_ABOVE, EDUCATIONS, OCCUPATIONS, type Education } from '../../api/memberOptions.js';
import type { Breakdown, BranchStructure, StructureStats } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { presenceIntervals, presentOn } from '../rules/membership.js';
import { age, partyYears } from '../rules/members.js';
import { enrolledBranches } from './branches.js';
import { factsOf, type MemberFacts } from './branchFacts.js';
import { requireOffice } from './guard.js';

/** 党内统计 age bands (upper bounds inclusive). */
export const AGE_BANDS: readonly { label: string; max: number }[] = [
  { label: '30岁及以下', max: 30 },
  { label: '31至35岁', max: 35 },
  { label: '36至40岁', max: 40 },
  { label: '41至45岁', max: 45 },
  { label: '46至50岁', max: 50 },
  { label: '51至55岁', max: 55 },
  { label: '56至60岁', max: 60 },
  { label: '61至70岁', max: 70 },
  { label: '71岁及以上', max: Infinity },
];

/** 党龄 (from 转正, per 党章) bands; a 预备党员 has none yet. */
export const PARTY_YEAR_BANDS: readonly { label: string; max: number }[] = [
  { label: '不满5年', max: 4 },
  { label: '5至10年', max: 10 },
  { label: '11至20年', max: 20 },
  { label: '21至30年', max: 30 },
  { label: '31至40年', max: 40 },
  { label: '41至50年', max: 50 },
  { label: '51年及以上', max: Infinity },
];

const UNSET = '未填写';

/** The day a year's figures stand on: 31 December, or today during the running year. */
export function statsDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/** A member as counted on the day: present that day, formal once confirmed by then. */
export interface CountedMember extends MemberFacts {
  formal: boolean;
  age: number;
}

/** 正式党员 on a day: confirmed by then (a roster line entered as 正式 without a date counts as 正式). */
export function formalOnDay(m: Pick<MemberFacts, 'kind' | 'confirmed_on'>, day: string): boolean {
  return m.confirmed_on ? m.confirmed_on <= day : m.kind === 'formal';
}

function bandOf(bands: readonly { label: string; max: number }[], n: number): string {
  return bands.find((b) => n <= b.max)?.label ?? '';
}

function tally(title: string, key: string, labels: readonly string[], values: readonly string[]): Breakdown {
  const counts = new Map<string, number>(labels.map((l) => [l, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return { key, title, items: [...counts].map(([label, count]) => ({ label, count })) };
}

function emptyStructure(code: string, name: string): BranchStructure {
  return {
    code,
    name,
    total: 0,
    formal: 0,
    probationary: 0,
    female: 0,
    minority: 0,
    age35: 0,
    age61: 0,
    college: 0,
    mobile: 0,
    newMembers: 0,
    confirmed: 0,
    applicants: 0,
    activists: 0,
    candidates: 0,
  };
}

/**
 * 党员队伍结构 of the chosen branches as of a day, from the facts kept of each branch's rows
 * (branchFacts.ts): each branch's roster on that day is rebuilt from its members' dated events
 * exactly as the branch rebuilds it (rules/membership.ts), so the office counts what the branch
 * would count.
 */
export async function structureStats(
  ctx: ServiceContext,
  input: { asOf: string; year: number; branches: string[] | null },
): Promise<StructureStats> {
  await requireOffice(ctx);
  const { asOf, year } = input;
  const known = await enrolledBranches(ctx);
  const chosen = input.branches ? known.filter((b) => input.branches?.includes(b.code)) : known;
  const per = new Map(chosen.map((b) => [b.code, emptyStructure(b.code, b.name)]));

  const facts = await factsOf(ctx, chosen);
  const yearStart = `${year}-01-01`;
  const inYear = (d: string | null) => d !== null && d >= yearStart && d <= `${year}-12-31` && d <= asOf;
  const counted: CountedMember[] = [];
  for (const [code, f] of facts) {
    const s = per.get(code) as BranchStructure;
    for (const m of f.members) {
      const intervals = presenceIntervals(m.joined_on, m.events);
      if (inYear(m.joined_on) && presentOn(intervals, m.joined_on)) s.newMembers += 1;
      if (inYear(m.confirmed_on) && presentOn(intervals, m.confirmed_on as string)) s.confirmed += 1;
      if (!presentOn(intervals, asOf)) continue;
      const c: CountedMember = { ...m, formal: formalOnDay(m, asOf), age: age(m.birth_date, asOf) };
      counted.push(c);
      s.total += 1;
      if (c.formal) s.formal += 1;
      else s.probationary += 1;
      if (c.gender === 'female') s.female += 1;
      if (c.ethnicity !== '汉族') s.minority += 1;
      if (c.age <= 35) s.age35 += 1;
      if (c.age >= 61) s.age61 += 1;
      if (COLLEGE_OR_ABOVE.includes(c.education as Education)) s.college += 1;
      if (c.is_mobile) s.mobile += 1;
    }
    for (const p of f.dev) {
      const done = new Set(p.steps.filter((st) => st.on <= asOf).map((st) => st.step));
      if (!done.has('apply') || (p.cancelledOn && p.cancelledOn <= asOf)) continue;
      // The stage as services/development/mapping.ts stageOf names it, from the steps done by then.
      if (done.has('approval') || done.has('confirm_approval')) continue;
      if (done.has('candidate')) s.candidates += 1;
      else if (done.has('activist')) s.activists += 1;
      else s.applicants += 1;
    }
  }

  const perBranch = [...per.values()];
  const total = emptyStructure('', '合计');
  const counts = Object.keys(total).filter((k) => k !== 'code' && k !== 'name') as Exclude<
    keyof BranchStructure,
    'code' | 'name'
  >[];
  for (const b of perBranch) for (const k of counts) total[k] += b[k];

  const ethnicities = [...new Set(counted.map((m) => m.ethnicity))].sort((a, b) =>
    a === '汉族' ? -1 : b === '汉族' ? 1 : a.localeCompare(b, 'zh-CN'),
  );
  const breakdowns: Breakdown[] = [
    tally(
      '性别',
      'gender',
      ['男', '女'],
      counted.map((m) => (m.gender === 'female' ? '女' : '男')),
    ),
    tally(
      '民族',
      'ethnicity',
      ethnicities,
      counted.map((m) => m.ethnicity),
    ),
    tally(
      '年龄',
      'age',
      AGE_BANDS.map((b) => b.label),
      counted.map((m) => bandOf(AGE_BANDS, m.age)),
    ),
    tally(
      '学历',
      'education',
      [...EDUCATIONS, UNSET],
      counted.map((m) => m.education || UNSET),
    ),
    tally(
      '人员类别',
      'occupation',
      [...OCCUPATIONS, UNSET],
      counted.map((m) => m.occupation || UNSET),
    ),
    tally(
      '党龄',
      'partyYears',
      [...PARTY_YEAR_BANDS.map((b) => b.label), '预备党员'],
      counted.map((m) =>
        m.formal && m.confirmed_on
          ? bandOf(PARTY_YEAR_BANDS, partyYears(m.confirmed_on, asOf) ?? 0)
          : m.formal
            ? UNSET
            : '预备党员',
      ),
    ),
    tally(
      '党员类别',
      'kind',
      ['正式党员', '预备党员'],
      counted.map((m) => (m.formal ? '正式党员' : '预备党员')),
    ),
    tally(
      '流动党员',
      'mobile',
      ['流动党员', '非流动党员'],
      counted.map((m) => (m.is_mobile ? '流动党员' : '非流动党员')),
    ),
  ];
  // 党龄 of a 正式党员 entered without a 转正 date is unknown; the band list shows it only then.
  const party = breakdowns.find((b) => b.key === 'partyYears');
  if (party) party.items = party.items.filter((i) => i.label !== UNSET || i.count > 0);
  return { asOf, year, branches: perBranch.length, total, breakdowns, perBranch };
}
