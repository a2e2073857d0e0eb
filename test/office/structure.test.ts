import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevDashboard } from '../../electron/api/development.js';
import type { MemberDetail, MemberSummary } from '../../electron/api/members.js';
import type { BranchStructure, StructureStats } from '../../electron/api/office.js';
import { contractOf } from '../support/api.js';
import { demoCounty, TODAY } from './county.js';

type County = Awaited<ReturnType<typeof demoCounty>>;

/** Counts of one branch from its own database, through its own screens' operations. */
async function ownCounts(county: County, code: string) {
  const inst = await county.openBranch(code);
  try {
    const b = contractOf(inst);
    const current = await b.ok<MemberSummary[]>('members.list', { scope: 'current' });
    const all = await b.ok<MemberSummary[]>('members.list', { scope: 'all' });
    const dev = await b.ok<DevDashboard>('dev.dashboard', {});
    // This year's new members: joined the Party here this year (not arrived by 转入).
    let newMembers = 0;
    for (const m of all.filter((x) => x.joinedOn.startsWith('2026'))) {
      const d = await b.ok<MemberDetail>('members.get', { id: m.id });
      if (!d.events.some((e) => e.kind === 'transfer_in')) newMembers += 1;
    }
    return { current, all, dev, newMembers };
  } finally {
    await inst.close();
  }
}

/** Whole years from an ISO date to TODAY, by plain arithmetic. */
const yearsTo = (d: string) =>
  Number(TODAY.slice(0, 4)) - Number(d.slice(0, 4)) - (TODAY.slice(5) < d.slice(5) ? 1 : 0);

describe('office structure statistics', () => {
  let county: County;
  let stats: StructureStats;
  beforeAll(async () => {
    county = await demoCounty(3);
    stats = await county.o.ok<StructureStats>('office.structure', { asOf: TODAY, year: 2026, branches: null });
  }, 120_000);
  afterAll(() => county.dispose());

  it('counts every branch, each as its own roster shows it', async () => {
    expect(stats.perBranch.map((b) => b.code).sort()).toEqual(county.built.map((b) => b.code).sort());
    for (const built of county.built) {
      const { current, dev, newMembers } = await ownCounts(county, built.code);
      const s = stats.perBranch.find((b) => b.code === built.code) as BranchStructure;
      expect(s.name).toBe(built.name);
      const expected = {
        total: current.length,
        formal: current.filter((m) => m.kind === 'formal').length,
        probationary: current.filter((m) => m.kind === 'probationary').length,
        female: current.filter((m) => m.gender === 'female').length,
        minority: current.filter((m) => m.ethnicity !== '汉族').length,
        age35: current.filter((m) => yearsTo(m.birthDate) <= 35).length,
        age61: current.filter((m) => yearsTo(m.birthDate) >= 61).length,
        college: current.filter((m) => ['研究生', '大学本科', '大学专科'].includes(m.education)).length,
        mobile: current.filter((m) => m.flags.mobile !== null).length,
        newMembers,
        applicants: dev.counts.applicant,
        activists: dev.counts.activist,
        candidates: dev.counts.candidate,
      };
      expect(s).toMatchObject(expected);
      expect(expected.total).toBeGreaterThan(5);
    }
  });

  it('adds the branches up, and every breakdown adds up to the total', () => {
    const sum = (k: keyof BranchStructure) => stats.perBranch.reduce((n, b) => n + (b[k] as number), 0);
    expect(stats.total.total).toBe(sum('total'));
    expect(stats.total.female).toBe(sum('female'));
    for (const b of stats.breakdowns)
      expect(
        b.items.reduce((n, i) => n + i.count, 0),
        b.title,
      ).toBe(stats.total.total);
    const gender = stats.breakdowns.find((b) => b.key === 'gender');
    expect(gender?.items).toEqual([
      { label: '男', count: stats.total.total - stats.total.female },
      { label: '女', count: stats.total.female },
    ]);
  });

  it('breaks members down by 学历 and 年龄 as the branches recorded them', async () => {
    const current: MemberSummary[] = [];
    for (const b of county.built) current.push(...(await ownCounts(county, b.code)).current);
    const education = stats.breakdowns.find((b) => b.key === 'education');
    for (const item of education?.items ?? [])
      expect(item.count, item.label).toBe(current.filter((m) => (m.education || '未填写') === item.label).length);
    const ages = stats.breakdowns.find((b) => b.key === 'age');
    expect(ages?.items.find((i) => i.label === '30岁及以下')?.count).toBe(
      current.filter((m) => yearsTo(m.birthDate) <= 30).length,
    );
    expect(ages?.items.find((i) => i.label === '71岁及以上')?.count).toBe(
      current.filter((m) => yearsTo(m.birthDate) >= 71).length,
    );
    const occupation = stats.breakdowns.find((b) => b.key === 'occupation');
    for (const item of occupation?.items ?? [])
      expect(item.count, item.label).toBe(current.filter((m) => (m.occupation || '未填写') === item.label).length);
  });

  it('breaks members down by 民族, every 年龄 and 党龄 band, 党员类别 and 流动 as the branches’ own records give them', async () => {
    const details: MemberDetail[] = [];
    const current: MemberSummary[] = [];
    for (const built of county.built) {
      const inst = await county.openBranch(built.code);
      try {
        const b = contractOf(inst);
        const own = await b.ok<MemberSummary[]>('members.list', { scope: 'current' });
        current.push(...own);
        for (const m of own) details.push(await b.ok<MemberDetail>('members.get', { id: m.id }));
        const confirmed = details.filter(
          (d) => own.some((m) => m.id === d.id) && d.confirmedOn !== null && d.confirmedOn.startsWith('2026'),
        ).length;
        expect(stats.perBranch.find((x) => x.code === built.code)?.confirmed, '本年转正').toBe(confirmed);
      } finally {
        await inst.close();
      }
    }
    const items = (key: string) =>
      Object.fromEntries((stats.breakdowns.find((b) => b.key === key)?.items ?? []).map((i) => [i.label, i.count]));
    const countBy = (labels: string[]) => {
      const out: Record<string, number> = {};
      for (const l of labels) out[l] = (out[l] ?? 0) + 1;
      return out;
    };
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    expect(nonZero(items('ethnicity'))).toEqual(countBy(current.map((m) => m.ethnicity)));
    const ageBand = (y: number) =>
      y <= 30
        ? '30岁及以下'
        : y <= 35
          ? '31至35岁'
          : y <= 40
            ? '36至40岁'
            : y <= 45
              ? '41至45岁'
              : y <= 50
                ? '46至50岁'
                : y <= 55
                  ? '51至55岁'
                  : y <= 60
                    ? '56至60岁'
                    : y <= 70
                      ? '61至70岁'
                      : '71岁及以上';
    expect(nonZero(items('age'))).toEqual(countBy(current.map((m) => ageBand(yearsTo(m.birthDate)))));
    // 党龄 counts from 转正 (党章); a 预备党员 has none yet.
    const formal = (d: MemberDetail) => (d.confirmedOn ? d.confirmedOn <= TODAY : d.kind === 'formal');
    const partyBand = (d: MemberDetail) => {
      if (!formal(d)) return '预备党员';
      if (!d.confirmedOn) return '未填写';
      const y = yearsTo(d.confirmedOn);
      return y < 5
        ? '不满5年'
        : y <= 10
          ? '5至10年'
          : y <= 20
            ? '11至20年'
            : y <= 30
              ? '21至30年'
              : y <= 40
                ? '31至40年'
                : y <= 50
                  ? '41至50年'
                  : '51年及以上';
    };
    expect(nonZero(items('partyYears'))).toEqual(countBy(details.map(partyBand)));
    expect(nonZero(items('kind'))).toEqual(countBy(details.map((d) => (formal(d) ? '正式党员' : '预备党员'))));
    expect(nonZero(items('mobile'))).toEqual(
      countBy(current.map((m) => (m.flags.mobile !== null ? '流动党员' : '非流动党员'))),
    );
    expect(Object.keys(countBy(details.map(partyBand))).length).toBeGreaterThan(2);
  });

  it('limits the statistics to the chosen branches', async () => {
    const [first] = county.built;
    const one = await county.o.ok<StructureStats>('office.structure', {
      asOf: TODAY,
      year: 2026,
      branches: [first?.code],
    });
    expect(one.branches).toBe(1);
    expect(one.total.total).toBe(stats.perBranch.find((b) => b.code === first?.code)?.total);
  });

  it('is refused on a branch installation', async () => {
    const inst = await county.openBranch(county.built[0]?.code as string);
    try {
      const e = await contractOf(inst).refusal('office.structure', { asOf: TODAY, year: 2026 });
      expect(e.code).toBe('FORBIDDEN');
    } finally {
      await inst.close();
    }
  });
});
