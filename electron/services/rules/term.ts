import type { OrgType, TermInfo } from '../../api/org.js';
import { addYears, daysBetween } from './dates.js';

/** 村/社区 branch committees serve 5 years, all others 3 (DOMAIN.md, Branch facts). */
export function termYears(orgType: OrgType): number {
  return orgType === 'village' || orgType === 'community' ? 5 : 3;
}

/** How long before the due date the home page starts warning that 换届 is coming. */
export const TERM_WARNING_DAYS = 180;

export function termInfo(orgType: OrgType, startedOn: string | null, today: string): TermInfo {
  const years = termYears(orgType);
  if (!startedOn) return { years, startedOn: null, dueOn: null, daysLeft: null, status: 'unknown' };
  const dueOn = addYears(startedOn, years);
  const daysLeft = daysBetween(today, dueOn);
  const status = daysLeft < 0 ? 'overdue' : daysLeft <= TERM_WARNING_DAYS ? 'due-soon' : 'ok';
  return { years, startedOn, dueOn, daysLeft, status };
}
