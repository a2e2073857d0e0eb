import { fixedClock } from '../../../db/clock.js';
import { renderOfficeReport } from '../../../renderer/ledgers/office/render.js';
import type { OfficeReportDocument } from '../../../renderer/ledgers/office/types.js';
import { NO_BROWSER_MESSAGE } from '../../api/ledgers.js';
import type { ExcelFile } from '../../api/memberImport.js';
import type { BranchStatus, OfficeReportId } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { allStatuses, enrolledBranches } from './branches.js';
import { requireOffice } from './guard.js';
import { openBranchLens } from './lens.js';
import { branchStatus } from './status.js';
import { statsDay, structureStats } from './structure.js';

/** Statuses as they stood at the end of a past year, computed afresh (the cache holds today's). */
async function statusesAt(ctx: ServiceContext, day: string): Promise<Map<string, BranchStatus>> {
  const out = new Map<string, BranchStatus>();
  const branches = (await enrolledBranches(ctx)).filter((b) => b.bundles > 0);
  if (branches.length === 0) return out;
  const lens = openBranchLens(ctx, (branches[0] as { code: string }).code);
  try {
    const then = { ...lens.ctx, clock: fixedClock(day) };
    for (const b of branches) {
      lens.focus(b.code);
      out.set(b.code, await branchStatus(then));
    }
  } finally {
    lens.close();
  }
  return out;
}

export async function buildOfficeReport(
  ctx: ServiceContext,
  input: { report: OfficeReportId; year: number },
): Promise<OfficeReportDocument> {
  const office = await requireOffice(ctx);
  const today = ctx.clock.today();
  const asOf = statsDay(input.year, today);
  const stats = await structureStats(ctx, { asOf, year: input.year, branches: null });
  const statuses = asOf === today ? await allStatuses(ctx) : await statusesAt(ctx, asOf);
  const bundles = new Map((await enrolledBranches(ctx)).map((b) => [b.code, b.lastBundleOn]));
  return renderOfficeReport({
    report: input.report,
    office: office.name,
    year: input.year,
    asOf,
    printedOn: today,
    rows: stats.perBranch.map((s) => ({
      code: s.code,
      structure: s,
      status: statuses.get(s.code) ?? null,
      lastBundleOn: bundles.get(s.code) ?? null,
    })),
    total: stats.total,
  });
}

export async function officeReportPreview(
  ctx: ServiceContext,
  input: { report: OfficeReportId; year: number },
): Promise<{ title: string; html: string }> {
  const doc = await buildOfficeReport(ctx, input);
  return { title: doc.title, html: doc.html };
}

export async function officeReportPdf(
  ctx: ServiceContext,
  input: { report: OfficeReportId; year: number },
): Promise<ExcelFile> {
  if (!ctx.printPdf) throw new ServiceError('PRINT_UNAVAILABLE', NO_BROWSER_MESSAGE);
  const doc = await buildOfficeReport(ctx, input);
  const bytes = await ctx.printPdf(doc.html, {
    landscape: true,
    headerLeft: doc.headerLeft,
    headerRight: doc.headerRight,
  });
  return { fileName: doc.fileName, base64: Buffer.from(bytes).toString('base64') };
}
