import { describe, expect, it } from 'vitest';
import { runBench } from './bench.js';
import { parseBenchArgs, QUICK } from './options.js';
import { formatTable } from './report.js';

// A smoke run of the harness: every scenario runs and yields numbers. How fast is never
// checked here — speed is read from `npm run bench` (reports/bench.json).
describe('benchmark harness', () => {
  it('runs every scenario in quick mode and reports a number for each metric', { timeout: 120_000 }, async () => {
    const report = await runBench({ ...QUICK, out: null });
    expect(report.scenarios.map((s) => s.scenario)).toEqual(['large branch', 'county', 'big roster', 'office screens']);
    for (const s of report.scenarios) {
      expect(s.metrics.length).toBeGreaterThan(3);
      for (const m of s.metrics) {
        expect(Number.isFinite(m.value), `${s.scenario}: ${m.name}`).toBe(true);
        expect(m.value, `${s.scenario}: ${m.name}`).toBeGreaterThanOrEqual(0);
      }
    }
    const names = report.scenarios.flatMap((s) => s.metrics.map((m) => `${s.scenario}/${m.name}`));
    expect(names).toEqual(
      expect.arrayContaining([
        'large branch/members.list current',
        'large branch/home.reminders',
        'large branch/dues.year 2026',
        'large branch/compliance.year 2026',
        'large branch/ledger.render roster',
        'large branch/ledger.render dues',
        'large branch/first bundle size',
        'large branch/office exchange.import of it',
        'county/import per bundle, mean at 4× (second half)',
        'county/then the 总览 lights every branch',
        'county/office database size',
        'county/office reply export to B001',
        'county/peak RSS (sampled)',
        'county/zhibu serve host peak RSS, office open and a roster listed',
        'office screens/总览 office.branches (lights computed)',
        'office screens/drill-down dues.year',
        'big roster/members.list current',
        'big roster/peak RSS (sampled)',
      ]),
    );
    const county = report.scenarios.find((s) => s.scenario === 'county');
    expect(county?.params).toEqual({ branches: QUICK.branches, membersPerBranch: QUICK.branchMembers });
    expect(formatTable(report)).toContain('office database size');
  });

  it('reads its options: --quick sizes, explicit counts, refusals', () => {
    expect(parseBenchArgs(['--quick']).branches).toBe(QUICK.branches);
    expect(parseBenchArgs(['--branches', '7']).branches).toBe(7);
    expect(parseBenchArgs(['--quick', '--branches', '3', '--roster', '0'])).toMatchObject({
      quick: true,
      branches: 3,
      rosterMembers: 0,
    });
    expect(() => parseBenchArgs(['--branches', 'many'])).toThrow('--branches');
    expect(parseBenchArgs(['--only', 'county']).only).toEqual(['county']);
    expect(parseBenchArgs([]).only).toEqual(['large', 'county', 'roster', 'office']);
    expect(parseBenchArgs(['--office-branches', '500']).officeBranches).toBe(500);
    expect(() => parseBenchArgs(['--only', 'nowhere'])).toThrow('--only');
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown option');
  });
});
