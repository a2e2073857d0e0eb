import { listCommitteeTerms } from '../../../db/queries/committee.js';
import { listMeetings } from '../../../db/queries/meetings.js';
import type { CompletenessGap, CompletenessReport } from '../../api/ledgers.js';
import { ACTIVITY_LABELS, type ActivityKind } from '../../api/meetingOptions.js';
import { whereToFillStart } from '../../api/org.js';
import { complianceYear } from '../compliance/calendar.js';
import type { ServiceContext } from '../context.js';
import { duesYear } from '../dues/year.js';
import { toTermSpan } from '../org/committee.js';
import { requireOrganization } from '../org/profile.js';
import { heldOn, knownFrom, uncountedOn } from '../rules/committeeTerms.js';
import { yearMonths } from '../rules/duesMonths.js';
import { asOfDay } from './branchData.js';

/**
 * Why the cover of the year's 工作手册 will leave the 书记 blank, or null when it names one. A
 * 书记 entered without 任职时间 after that year may well have held the post then: naming them
 * tells the secretary which date to fill in.
 */
async function secretaryGap(ctx: ServiceContext, year: number, today: string): Promise<CompletenessGap | null> {
  const day = asOfDay(year, today);
  const terms = (await listCommitteeTerms(ctx.db)).map(toTermSpan).filter((t) => t.position === 'secretary');
  if (terms.some((t) => heldOn(t, day))) return null;
  const blank = '工作手册封面的书记一栏将留空';
  const undated = terms.find((t) => uncountedOn(t, day));
  if (!undated) return { area: '支委会', message: `${day === today ? '目前' : `${year}年底`}没有登记书记，${blank}` };
  return {
    area: '支委会',
    message: `书记${undated.name}没有登记任职时间，只从 ${knownFrom(undated).slice(0, 4)} 年算起，${year}年底的书记不详，${blank}；${whereToFillStart(undated.endedOn !== null)}`,
  };
}

/**
 * What an inspector would find missing in a year's 台账, listed before the 工作手册 is printed:
 * required activities not held (a 组织生活会 above all), 党费 months with nothing collected,
 * meeting records without minutes, a 书记 the cover cannot name. Only periods that have ended count.
 */
export async function yearCompleteness(ctx: ServiceContext, year: number): Promise<CompletenessReport> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  const gaps: CompletenessGap[] = [];
  const calendar = await complianceYear(ctx, year);
  for (const row of calendar.rows) {
    const missed = row.periods.filter((p) => p.status === 'overdue');
    if (missed.length === 0) continue;
    const what = `${row.groupName}${ACTIVITY_LABELS[row.kind]}`;
    gaps.push({
      area: ACTIVITY_LABELS[row.kind],
      message:
        row.kind === 'org_life' || row.kind === 'appraisal'
          ? `${year}年没有召开${what}`
          : `${what}缺 ${missed.length} 次：${missed.map((p) => p.label).join('、')}`,
    });
  }
  const dues = await duesYear(ctx, year);
  const ended = yearMonths(year).filter((m) => m < today.slice(0, 7));
  const empty = ended.filter((m) => {
    const t = dues.monthTotals[Number(m.slice(5, 7)) - 1];
    return t !== undefined && t.due > 0 && t.paid === 0;
  });
  if (empty.length > 0)
    gaps.push({
      area: '党费',
      message: `党费收缴登记表有 ${empty.length} 个月没有任何交纳记录：${empty.map((m) => `${Number(m.slice(5, 7))}月`).join('、')}`,
    });
  if (dues.rows.length > 0 && dues.rows.every((r) => r.monthly === null))
    gaps.push({ area: '党费', message: '全体党员都未核定党费基数' });
  const secretary = await secretaryGap(ctx, year, today);
  if (secretary) gaps.push(secretary);
  const meetings = await listMeetings(ctx.db, `${year}-01-01`, `${year}-12-31`);
  const bare = meetings.filter((m) => m.minutes.trim() === '');
  for (const m of bare)
    gaps.push({
      area: '会议记录',
      message: `${m.held_on} ${ACTIVITY_LABELS[m.kind as ActivityKind]}“${m.title}”没有会议记录内容`,
    });
  return { year, gaps };
}
