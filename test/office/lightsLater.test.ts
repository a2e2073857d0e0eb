import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import type { ArrearsRow, DuesYear } from '../../electron/api/dues.js';
import type { ComplianceYear } from '../../electron/api/compliance.js';
import type { BranchStatus, OfficeBranches } from '../../electron/api/office.js';
import { openInstallation } from '../../electron/services/installation.js';
import { branchStatus } from '../../electron/services/office/status.js';
import { contractOf } from '../support/api.js';
import { demoCounty } from './county.js';

type County = Awaited<ReturnType<typeof demoCounty>>;

const DAY_MS = 86_400_000;

/** A day `n` days after `day`. */
function plusDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Moves the office's clock on to `day` (a new day at the office, no new bundle). */
function officeOn(county: County, day: string): void {
  const now = county.office.clock.today();
  county.office.clock.advance(Math.round((Date.parse(day) - Date.parse(now)) / DAY_MS) * DAY_MS);
  expect(county.office.clock.today()).toBe(day);
}

/** The branch's own file opened on `day`: what it computes for itself, from its own records. */
async function branchOn(county: County, code: string, day: string) {
  const inst = await openInstallation(join(county.dir, `${code}.sqlite`), {
    clock: fixedClock(day),
    nodeId: 'dddddddddddddddd',
  });
  const b = contractOf(inst);
  const year = Number(day.slice(0, 4));
  try {
    const calendar = await b.ok<ComplianceYear>('compliance.year', { year });
    const arrears = await b.ok<ArrearsRow[]>('dues.arrears', {});
    const dues = await b.ok<DuesYear>('dues.year', { year });
    return {
      status: await branchStatus(inst.ctx),
      calendar,
      overdue: calendar.rows.flatMap((r) => r.periods).filter((p) => p.status === 'overdue').length,
      serious: arrears.filter((a) => a.level === 'serious').length,
      warning: arrears.filter((a) => a.level === 'warning').length,
      due: dues.rows.reduce((s, r) => s + r.dueTotal, 0),
    };
  } finally {
    await inst.close();
  }
}

/** Checks the 总览 on the office's day against each branch computing for itself on that day. */
async function overviewMatchesBranches(county: County, day: string): Promise<Map<string, BranchStatus>> {
  const overview = await county.o.ok<OfficeBranches>('office.branches', {});
  // Every light is there without a refresh: worked out from what was kept at the import.
  expect([day, overview.stale]).toEqual([day, 0]);
  const out = new Map<string, BranchStatus>();
  for (const built of county.built) {
    const status = overview.rows.find((r) => r.code === built.code)?.status ?? null;
    const own = await branchOn(county, built.code, day);
    expect(status).toEqual(own.status);
    expect(status?.orgLife.overdueYear).toBe(own.overdue);
    expect(status?.dues.serious).toBe(own.serious);
    expect(status?.dues.warning).toBe(own.warning);
    expect(status?.dues.due).toBe(own.due);
    out.set(built.code, status as BranchStatus);
  }
  return out;
}

describe('总览 lights from the import on, on later days', () => {
  let county: County;
  const IMPORTED = '2026-08-20';
  beforeAll(async () => {
    county = await demoCounty(3, 23, 16, IMPORTED);
  }, 180_000);
  afterAll(() => county.dispose());

  it('has every branch’s lights right after its bundle is imported, as the branch computes them', async () => {
    await overviewMatchesBranches(county, IMPORTED);
  });

  it('makes a branch overdue once a quarter ends with a period not held, without reading it again', async () => {
    const before = await overviewMatchesBranches(county, IMPORTED);
    // What the branches' own calendars have open in the third quarter on the import day.
    const open = new Map<string, number>();
    for (const built of county.built) {
      const own = await branchOn(county, built.code, IMPORTED);
      const cells = own.calendar.rows.flatMap((r) => r.periods);
      open.set(
        built.code,
        cells.filter((p) => (p.status === 'due' || p.status === 'upcoming') && p.end <= '2026-09-30').length,
      );
    }
    expect([...open.values()].some((n) => n > 0)).toBe(true);
    const after = await (async () => {
      officeOn(county, '2026-10-01');
      return overviewMatchesBranches(county, '2026-10-01');
    })();
    for (const built of county.built) {
      const was = before.get(built.code) as BranchStatus;
      const now = after.get(built.code) as BranchStatus;
      expect(now.orgLife.overdueYear - was.orgLife.overdueYear).toBe(open.get(built.code));
      // The third quarter's gaps belong to it, not to the new quarter.
      expect(now.orgLife.overdueQuarter).toBe(0);
      expect(now.orgLife.quarters[2]?.overdue).toBe(
        (was.orgLife.quarters[2]?.overdue ?? 0) + (open.get(built.code) ?? 0),
      );
    }
  });

  it('moves months behind, time limits and the year on as the branch would, day by day', async () => {
    let day = '2026-10-01';
    for (const step of [1, 30, 31, 61, 1, 29, 1, 150, 11]) {
      day = plusDays(day, step);
      officeOn(county, day);
      await overviewMatchesBranches(county, day);
    }
    expect(day).toBe('2027-08-12');
  });

  it('computes a branch again through its lens once it has been silent beyond the year looked ahead', async () => {
    officeOn(county, '2027-09-01');
    const overview = await county.o.ok<OfficeBranches>('office.branches', {});
    expect(overview.stale).toBe(3);
    expect(overview.rows.every((r) => r.status === null)).toBe(true);
    expect(await county.o.ok('office.refresh', { limit: 10 })).toEqual({ remaining: 0 });
    await overviewMatchesBranches(county, '2027-09-01');
  });
});
