import { renderOfficeReport } from '../../../renderer/ledgers/office/render.js';
import type { OfficeReportDocument } from '../../../renderer/ledgers/office/types.js';
import { NO_BROWSER_MESSAGE } from '../../api/ledgers.js';
import type { ExcelFile } from '../../api/memberImport.js';
import type { OfficeReportId } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { enrolledBranches } from './branches.js';
import { statusesOn } from './statusCache.js';
import { requireOffice } from './guard.js';
import { statsDay, structureStats } from './structure.js';

export async function buildOfficeReport(
  ctx: ServiceContext,
  input: { report: OfficeReportId; year: number },
): Promise<OfficeReportDocument> {
  const office = await requireOffice(ctx);
  const today = ctx.clock.today();
  const asOf = statsDay(input.year, today);
  const stats = await structureStats(ctx, { asOf, year: input.year, branches: null });
  const statuses = await statusesOn(ctx, asOf);
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
