import { ACTIVITY_LABELS } from '../api/meetingOptions.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';

/** `zhibu check`: the year's compliance as JSON (per activity, per period: required, held, status). */
export async function checkCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'year']);
  const yearFlag = optionalFlag(flags, 'year');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const year = yearFlag === undefined ? Number(inst.ctx.clock.today().slice(0, 4)) : Number(yearFlag);
    if (!Number.isInteger(year)) throw new CliError(`年度无效：${yearFlag}`);
    const c = await run(inst.ctx, 'compliance.year', { year });
    const report = {
      year: c.year,
      asOf: c.today,
      activities: c.rows.map((r) => ({
        kind: r.kind,
        name: ACTIVITY_LABELS[r.kind],
        frequency: r.frequency,
        group: r.groupName || null,
        periods: r.periods.map((p) => ({
          period: p.label,
          start: p.start,
          end: p.end,
          required: 1,
          held: p.meetingIds.length,
          status: p.status,
        })),
      })),
      talks: { name: ACTIVITY_LABELS.talk, ...c.talks, missing: c.talks.missing.map((m) => m.name) },
      lateRecords: c.lateRecords,
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await inst.close();
  }
}
