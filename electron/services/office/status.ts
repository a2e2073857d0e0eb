import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ActivityCompletion, BranchStatus } from '../../api/office.js';
import type { OrgType } from '../../api/org.js';
import { complianceYear } from '../compliance/calendar.js';
import type { ServiceContext } from '../context.js';
import { devDashboard } from '../development/people.js';
import { remittances } from '../dues/remittance.js';
import { arrears, duesYear } from '../dues/year.js';
import { requireOrganization } from '../org/profile.js';
import { termInfo } from '../rules/term.js';

function quarterStart(day: string): string {
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return `${day.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * One branch's lights as its own screens would show them today: `ctx` is a lens on the
 * branch (office/lens.ts), so each figure comes from the very service the branch runs.
 */
export async function branchStatus(ctx: ServiceContext): Promise<BranchStatus> {
  const org = await requireOrganization(ctx);
  const today = ctx.clock.today();
  const year = Number(today.slice(0, 4));
  const [calendar, owing, dues, remit, dev] = await Promise.all([
    complianceYear(ctx, year),
    arrears(ctx),
    duesYear(ctx, year),
    remittances(ctx),
    devDashboard(ctx),
  ]);
  const byKind = new Map<ActivityKind, ActivityCompletion>();
  let overdueQuarter = 0;
  let overdueYear = 0;
  const qStart = quarterStart(today);
  const quarters = [0, 1, 2, 3].map(() => ({ required: 0, done: 0, overdue: 0 }));
  for (const row of calendar.rows) {
    const c = byKind.get(row.kind) ?? { kind: row.kind, required: 0, done: 0, overdue: 0 };
    for (const p of row.periods) {
      if (p.start > today) continue;
      const q = quarters[Math.floor((Number(p.end.slice(5, 7)) - 1) / 3)] as {
        required: number;
        done: number;
        overdue: number;
      };
      c.required += 1;
      q.required += 1;
      if (p.status === 'done') {
        c.done += 1;
        q.done += 1;
      }
      if (p.status === 'overdue') {
        q.overdue += 1;
        c.overdue += 1;
        overdueYear += 1;
        if (p.end >= qStart) overdueQuarter += 1;
      }
    }
    byKind.set(row.kind, c);
  }
  return {
    asOf: today,
    year,
    orgLife: {
      overdueQuarter,
      overdueYear,
      activities: [...byKind.values()],
      quarters,
      talksRequired: calendar.talks.required,
      talksDone: calendar.talks.talked,
      lateRecords: calendar.lateRecords,
    },
    dues: {
      warning: owing.filter((a) => a.level === 'warning').length,
      serious: owing.filter((a) => a.level === 'serious').length,
      due: dues.due,
      collected: dues.collected,
      remitted: dues.remitted,
      unremitted: remit.balance,
    },
    development: {
      applicants: dev.counts.applicant,
      activists: dev.counts.activist,
      candidates: dev.counts.candidate,
      probationary: dev.counts.probationary,
      breaches: dev.flags.length,
      upcoming: dev.upcoming.length,
    },
    term: termInfo(org.org_type as OrgType, org.term_started_on, today),
  };
}
