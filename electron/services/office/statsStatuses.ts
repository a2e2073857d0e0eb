import type { OfficeStatuses } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { enrolledBranches } from './branches.js';
import { statusesOn } from './statusCache.js';
import { requireOffice } from './guard.js';
import { statsDay } from './structure.js';

/**
 * 统计's 三会一课 and 党费 tables as of the chosen day: each branch's status computed by its own
 * rules on that day, from the records it had dated by then (today's come from the 总览's cache).
 */
export async function statsStatuses(
  ctx: ServiceContext,
  input: { asOf: string; year: number; branches: string[] | null },
): Promise<OfficeStatuses> {
  await requireOffice(ctx);
  const today = ctx.clock.today();
  const wanted = statsDay(input.year, input.asOf);
  const day = wanted < today ? wanted : today;
  const statuses = await statusesOn(ctx, day, input.branches);
  const rows = (await enrolledBranches(ctx))
    .filter((b) => !input.branches || input.branches.includes(b.code))
    .map((b) => ({ code: b.code, name: b.name, status: statuses.get(b.code) ?? null }));
  return { asOf: day, year: Number(day.slice(0, 4)), rows };
}
