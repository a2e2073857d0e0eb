import { afterEach, describe, expect, it } from 'vitest';
import type { ComplianceYear } from '../../electron/api/compliance.js';
import { DEFAULT_SETTINGS } from '../../electron/api/settings.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';
import { countyPair, type Api, type CountyPair } from './support.js';

const DAY = 86_400_000;
let pair: CountyPair | undefined;
let inst: TestInstallation | undefined;
afterEach(async () => {
  await pair?.dispose();
  await inst?.dispose();
  pair = undefined;
  inst = undefined;
});

const lecture = (heldOn: string) => ({
  kind: 'lecture',
  title: '党课',
  heldOn,
  lecturer: '张建国',
  lectureTitle: '学习党章',
});

async function lectureRow(api: Api) {
  const c = await api.ok<ComplianceYear>('compliance.year', { year: 2026 });
  const row = c.rows.find((r) => r.kind === 'lecture');
  return { frequency: row?.frequency, cells: row?.periods.map((p) => [p.label, p.status, p.start, p.end]) };
}

describe('a frequency applies from when it was set, never to the months before', () => {
  it('the county fixing 党课 monthly on 24 November lets the running quarter finish', async () => {
    pair = await countyPair();
    await pair.b.ok('meetings.save', lecture('2026-05-10'));
    await pair.b.ok('meetings.save', lecture('2026-08-10'));
    await pair.toOffice();
    pair.office.clock.advance(DAY);
    pair.branch.clock.advance(DAY);
    const { frequencies, lateAfterDays, excellentMaxPercent, farmerDuesFen, duesRounding } = DEFAULT_SETTINGS;
    await pair.o.ok('county.save', {
      values: {
        frequencies: { ...frequencies, lecture: 'month' },
        lateAfterDays,
        excellentMaxPercent,
        farmerDuesFen,
        duesRounding,
      },
      fixed: ['frequencies.lecture'],
    });
    await pair.toBranch();

    // The 第四季度 already running is finished under the rule it began with.
    expect(await lectureRow(pair.b)).toEqual({
      frequency: 'quarter',
      cells: [
        ['第一季度', 'overdue', '2026-01-01', '2026-03-31'],
        ['第二季度', 'done', '2026-04-01', '2026-06-30'],
        ['第三季度', 'done', '2026-07-01', '2026-09-30'],
        ['第四季度', 'due', '2026-10-01', '2026-12-31'],
      ],
    });
    const monthly = await pair.b.ok<ComplianceYear>('compliance.year', { year: 2027 });
    expect(monthly.rows.find((r) => r.kind === 'lecture')?.periods).toHaveLength(12);
    // The office's own view of its rule is unchanged by the history it keeps.
    expect(await pair.o.ok('county.get', {})).toMatchObject({ fixed: ['frequencies.lecture'] });

    // Released again in December, before the monthly rule began: the branch's own quarterly rule
    // simply goes on.
    pair.office.clock.advance(30 * DAY);
    pair.branch.clock.advance(30 * DAY);
    await pair.o.ok('county.save', {
      values: { frequencies, lateAfterDays, excellentMaxPercent, farmerDuesFen, duesRounding },
      fixed: [],
    });
    await pair.toBranch();
    const released = await lectureRow(pair.b);
    expect(released.cells?.map((c) => c[0])).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    const next = await pair.b.ok<ComplianceYear>('compliance.year', { year: 2027 });
    expect(next.rows.find((r) => r.kind === 'lecture')?.periods).toHaveLength(4);
  });

  it('a branch’s own change is not retroactive either, and an unchanged branch keeps whole years', async () => {
    inst = await tempInstallation({ today: '2026-07-15' });
    const api = contractOf(inst);
    await api.ok('org.setup', SAMPLE_BRANCH);
    const before = await lectureRow(api);
    expect(before.cells?.map((c) => c[0])).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);

    await api.ok('settings.update', { frequencies: { lecture: 'month', org_life: 'year' } });
    inst.clock.advance(100 * DAY);
    const after = await lectureRow(api);
    expect(after.frequency).toBe('month');
    // Changed on 15 July: the 第三季度 runs on; monthly from October.
    expect(after.cells?.map((c) => c[0])).toEqual(['第一季度', '第二季度', '第三季度', '10月', '11月', '12月']);
    // The year before the change is judged wholly by the earlier rule, the year after by the new.
    const past = await api.ok<ComplianceYear>('compliance.year', { year: 2025 });
    expect(past.rows.find((r) => r.kind === 'lecture')?.periods).toHaveLength(4);
    const next = await api.ok<ComplianceYear>('compliance.year', { year: 2027 });
    expect(next.rows.find((r) => r.kind === 'lecture')?.periods).toHaveLength(12);
    // The settings themselves show just the value in force.
    expect(await api.ok('settings.get', {})).not.toHaveProperty('history');
  });
});
