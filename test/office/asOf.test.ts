import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import type { ComplianceYear } from '../../electron/api/compliance.js';
import type { ArrearsRow, DuesYear, RemittanceSummary } from '../../electron/api/dues.js';
import type { MemberDetail, MemberSummary } from '../../electron/api/members.js';
import type { BranchStructure, OfficeStatuses, StructureStats } from '../../electron/api/office.js';
import { keyFileFor } from '../../electron/services/cipher/keyFile.js';
import { openInstallation } from '../../electron/services/installation.js';
import { pastStatusesOffThread } from '../../electron/services/offThread/run.js';
import { enrolledBranches } from '../../electron/services/office/branches.js';
import { pastFromKept } from '../../electron/services/office/pastStatus.js';
import { allRemittances } from '../../db/queries/dues.js';
import { standingInputs } from '../../electron/services/dues/standing.js';
import { arrearsOf, duesFiguresOn, duesYearOf } from '../../electron/services/dues/year.js';
import { contractOf } from '../support/api.js';
import { openData } from '../support/cipher.js';
import { tempDir } from '../support/temp.js';
import { demoCounty, TODAY } from './county.js';

type County = Awaited<ReturnType<typeof demoCounty>>;

/** A day in the middle of a quarter, months before the county's today. */
const PAST = '2026-06-15';
const YEAR_START = '2026-01-01';

/** What happened on a day, by table: the records a branch had dated by PAST are those up to it. */
const DATED = [
  ['meeting', 'held_on'],
  ['talk', 'held_on'],
  ['dues_payment', 'paid_on'],
  ['dues_remittance', 'remitted_on'],
] as const;

/** Sums straight from a branch's own file, by plain SQL. */
function ownSums(file: string) {
  const db = openData(file, { readonly: true });
  try {
    const sum = (sql: string, ...args: string[]) =>
      (db.prepare(`SELECT COALESCE(SUM(amount_fen), 0) AS n FROM ${sql}`).get(...args) as { n: number }).n;
    const live = 'deleted_at IS NULL';
    return {
      collected: sum(
        `dues_payment WHERE ${live} AND kind <> 'voluntary' AND paid_on BETWEEN ? AND ?`,
        YEAR_START,
        PAST,
      ),
      remitted: sum(`dues_remittance WHERE ${live} AND remitted_on BETWEEN ? AND ?`, YEAR_START, PAST),
      unremitted:
        sum(`dues_payment WHERE ${live} AND paid_on <= ?`, PAST) -
        sum(`dues_remittance WHERE ${live} AND remitted_on <= ?`, PAST),
      laterPayments: sum(`dues_payment WHERE ${live} AND paid_on > ?`, PAST),
    };
  } finally {
    db.close();
  }
}

/**
 * The branch's own database as it stood on PAST: a copy without the records dated later, opened
 * with PAST as today, so the branch's own screens compute what they showed that day.
 */
async function branchOnPast(county: County, code: string, dir: string) {
  const copy = join(dir, `${code}-${PAST}.sqlite`);
  const srcPath = join(county.dir, `${code}.sqlite`);
  const src = openData(srcPath, { readonly: true });
  src.exec(`VACUUM INTO '${copy}'`);
  src.close();
  // The copy is encrypted with the branch's key (VACUUM INTO keeps it): its key file goes along.
  copyFileSync(keyFileFor(srcPath), keyFileFor(copy));
  const db = openData(copy);
  // Their attendance lines stay, as they do in the office's lens; nothing reads them without the meeting.
  db.pragma('foreign_keys = OFF');
  for (const [table, column] of DATED) db.prepare(`DELETE FROM ${table} WHERE ${column} > ?`).run(PAST);
  db.close();
  return openInstallation(copy, { clock: fixedClock(PAST), nodeId: 'eeeeeeeeeeeeeeee' });
}

/** On the branch's roster on a day: the last move by then (转入/恢复 or 转出/出党/去世/停止) says so. */
function presentOn(m: MemberDetail, day: string): boolean {
  const moves = m.events
    .filter((e) => ['transfer_in', 'restore', 'transfer_out', 'leave', 'death', 'suspend'].includes(e.kind))
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = moves.filter((e) => e.date <= day).pop();
  if (last) return last.kind === 'transfer_in' || last.kind === 'restore';
  return moves[0]?.kind !== 'transfer_in' && m.joinedOn <= day;
}

const yearsOn = (d: string, day: string) =>
  Number(day.slice(0, 4)) - Number(d.slice(0, 4)) - (day.slice(5) < d.slice(5) ? 1 : 0);

describe('office statistics as of a past day', () => {
  let county: County;
  let work: ReturnType<typeof tempDir>;
  let statuses: OfficeStatuses;
  let stats: StructureStats;
  beforeAll(async () => {
    county = await demoCounty(3, 13);
    work = tempDir('zhibu-asof-');
    statuses = await county.o.ok<OfficeStatuses>('office.statuses', { asOf: PAST, year: 2026, branches: null });
    stats = await county.o.ok<StructureStats>('office.structure', { asOf: PAST, year: 2026, branches: null });
  }, 180_000);
  afterAll(async () => {
    await county.dispose();
    work.cleanup();
  });

  it("counts 党费 collected, remitted and held by that day, as the branch's own file sums them", () => {
    expect(statuses.asOf).toBe(PAST);
    expect(statuses.rows.map((r) => r.code).sort()).toEqual(county.built.map((b) => b.code).sort());
    let later = 0;
    for (const b of county.built) {
      const own = ownSums(join(county.dir, `${b.code}.sqlite`));
      const row = statuses.rows.find((r) => r.code === b.code);
      expect(row?.status?.asOf).toBe(PAST);
      expect(row?.status?.dues).toMatchObject({
        collected: own.collected,
        remitted: own.remitted,
        unremitted: own.unremitted,
      });
      later += own.laterPayments;
    }
    // Payments came in after the day: the figures of the day are not today's.
    expect(later).toBeGreaterThan(0);
  });

  it('judges 三会一课, talks, 应交 and arrears by the branch’s own rules on that day', async () => {
    for (const b of county.built) {
      const inst = await branchOnPast(county, b.code, work.dir);
      try {
        const c = contractOf(inst);
        const row = statuses.rows.find((r) => r.code === b.code);
        const calendar = await c.ok<ComplianceYear>('compliance.year', { year: 2026 });
        for (const kind of new Set(calendar.rows.map((r) => r.kind))) {
          const periods = calendar.rows
            .filter((r) => r.kind === kind)
            .flatMap((r) => r.periods)
            .filter((p) => p.start <= PAST);
          expect(
            row?.status?.orgLife.activities.find((a) => a.kind === kind),
            kind,
          ).toEqual({
            kind,
            required: periods.length,
            done: periods.filter((p) => p.status === 'done').length,
            overdue: periods.filter((p) => p.status === 'overdue').length,
          });
        }
        expect(row?.status?.orgLife.talksDone).toBe(calendar.talks.talked);
        const page = await c.ok<DuesYear>('dues.year', { year: 2026 });
        expect(row?.status?.dues.due).toBe(page.rows.reduce((s, r) => s + r.dueTotal, 0));
        expect(row?.status?.dues.collected).toBe(page.collected);
        const arrears = await c.ok<ArrearsRow[]>('dues.arrears', {});
        expect(row?.status?.dues.warning).toBe(arrears.filter((a) => a.level === 'warning').length);
        expect(row?.status?.dues.serious).toBe(arrears.filter((a) => a.level === 'serious').length);
        expect(row?.status?.dues.unremitted).toBe((await c.ok<RemittanceSummary>('dues.remittances', {})).balance);
      } finally {
        await inst.close();
      }
    }
  });

  it('counts the roster of that day from each branch’s members and their dated moves', async () => {
    expect(stats.asOf).toBe(PAST);
    for (const b of county.built) {
      const inst = await county.openBranch(b.code);
      try {
        const c = contractOf(inst);
        const all = await c.ok<MemberSummary[]>('members.list', { scope: 'all' });
        const details = await Promise.all(all.map((m) => c.ok<MemberDetail>('members.get', { id: m.id })));
        const there = details.filter((m) => presentOn(m, PAST));
        const formal = (m: MemberDetail) => (m.confirmedOn ? m.confirmedOn <= PAST : m.kind === 'formal');
        const s = stats.perBranch.find((x) => x.code === b.code) as BranchStructure;
        expect(s).toMatchObject({
          total: there.length,
          formal: there.filter(formal).length,
          probationary: there.filter((m) => !formal(m)).length,
          female: there.filter((m) => m.gender === 'female').length,
          age35: there.filter((m) => yearsOn(m.birthDate, PAST) <= 35).length,
          age61: there.filter((m) => yearsOn(m.birthDate, PAST) >= 61).length,
          confirmed: there.filter((m) => m.confirmedOn !== null && m.confirmedOn >= YEAR_START && m.confirmedOn <= PAST)
            .length,
        });
      } finally {
        await inst.close();
      }
    }
  });

  it('shows today’s figures for today, and a different picture for the past day', async () => {
    const now = await county.o.ok<OfficeStatuses>('office.statuses', { asOf: TODAY, year: 2026, branches: null });
    expect(now.asOf).toBe(TODAY);
    const collected = (s: OfficeStatuses) => s.rows.reduce((n, r) => n + (r.status?.dues.collected ?? 0), 0);
    expect(collected(now)).toBeGreaterThan(collected(statuses));
    // A chosen branch alone, and the same figures a second time (from the cache).
    const code = county.built[0]?.code as string;
    const one = await county.o.ok<OfficeStatuses>('office.statuses', { asOf: PAST, year: 2026, branches: [code] });
    expect(one.rows).toEqual(statuses.rows.filter((r) => r.code === code));
  });

  it('works out a share of the branches on the maintenance thread, the same lights as the serving thread', async () => {
    const ctx = county.office.ctx;
    const branches = (await enrolledBranches(ctx)).map((b) => ({ code: b.code, seq: b.seq }));
    const day = '2026-03-31';
    const here = await pastFromKept(ctx.db, branches, day);
    if (!ctx.maintenance) throw new Error('an office on a file has its maintenance');
    const job = { ...ctx.maintenance.fileAccess(), day, branches };
    const there = await pastStatusesOffThread(job, () => Promise.reject(new Error('ran on the serving thread')));
    expect(there.ran).toBe('worker');
    expect(there.value).toEqual(here);
    // Every branch's history was kept when its bundle came, so none is left for the lens.
    expect(here.map(([, s]) => s?.asOf)).toEqual(branches.map(() => day));
  });

  it("works out a day's 党费 figures in one reckoning, as the branch's 党费 page and arrears list give them", async () => {
    // Every month's first, middle and last day over the years the demo branches kept 党费.
    const days = [2024, 2025, 2026].flatMap((y) =>
      Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`).flatMap((m) => [
        `${m}-01`,
        `${m}-15`,
        `${m}-28`,
      ]),
    );
    let behind = 0;
    for (const b of county.built) {
      const inst = await county.openBranch(b.code);
      try {
        const [inputs, remittances] = await Promise.all([standingInputs(inst.ctx.db), allRemittances(inst.ctx.db)]);
        for (const day of days) {
          const page = duesYearOf(inputs, remittances, Number(day.slice(0, 4)), day);
          const arrears = arrearsOf(inputs, day);
          expect(duesFiguresOn(inputs, remittances, day)).toEqual({
            arrears,
            due: page.due,
            collected: page.collected,
            remitted: page.remitted,
          });
          behind += arrears.length;
        }
      } finally {
        await inst.close();
      }
    }
    // Some members were behind on some of those days: the arrears were compared, not two empty lists.
    expect(behind).toBeGreaterThan(0);
  });
});
