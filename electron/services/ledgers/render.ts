import { renderLedger, type LedgerData, type LedgerDocument } from '../../../renderer/ledgers/index.js';
import { NO_BROWSER_MESSAGE, type LedgerPdf, type ParsedInput, type RenderedLedger } from '../../api/index.js';
import type { PdfPrinter, ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { branchLedgerData } from './branchData.js';
import { ledgerColumnOverrides } from './columnSettings.js';
import { developmentLedgerData, developmentListsData, developmentRecordData } from './developmentData.js';
import { duesBasisLedgerData, duesLedgerData, duesNoticeLedgerData, duesRemitLedgerData } from './duesData.js';
import { appraisalLedgerData, meetingsLedgerData, orgLifeLedgerData, talksLedgerData } from './meetingsData.js';
import { mobileLedgerData } from './mobileData.js';
import { joinPdfs, printDocument } from './pdfParts.js';
import { rosterLedgerData } from './rosterData.js';
import { transfersLedgerData } from './transfersData.js';

type LedgerInput = ParsedInput<'ledger.render'>;

/** Gathers what a ledger prints, before the user's column settings. */
async function ledgerData(ctx: ServiceContext, input: LedgerInput, year: number): Promise<LedgerData> {
  switch (input.ledger) {
    case 'branch':
      return branchLedgerData(ctx, year);
    case 'roster':
      return rosterLedgerData(ctx);
    case 'transfers':
      return transfersLedgerData(ctx, year);
    case 'mobile':
      return mobileLedgerData(ctx, year);
    case 'meetings':
      return meetingsLedgerData(ctx, year);
    case 'org-life':
      return orgLifeLedgerData(ctx, year);
    case 'appraisal':
      return appraisalLedgerData(ctx, year);
    case 'talks':
      return talksLedgerData(ctx, year);
    case 'dues':
      return duesLedgerData(ctx, year);
    case 'dues-basis':
      return duesBasisLedgerData(ctx, year);
    case 'dues-notice':
      return duesNoticeLedgerData(ctx, year);
    case 'dues-remit':
      return duesRemitLedgerData(ctx, year);
    case 'development':
      return developmentLedgerData(ctx, year);
    case 'development-record':
      return developmentRecordData(ctx, year, input.person);
    case 'development-lists':
      return developmentListsData(ctx, year);
  }
}

/**
 * Gathers a ledger's data and renders it with the same React components the preview uses.
 * Preview, PDF and `zhibu print` all come through here, so the user's column settings apply
 * to every copy alike.
 */
export async function buildLedger(ctx: ServiceContext, input: LedgerInput): Promise<LedgerDocument> {
  const year = input.year ?? Number(ctx.clock.today().slice(0, 4));
  const data = await ledgerData(ctx, input, year);
  return renderLedger({ ...data, columns: await ledgerColumnOverrides(ctx.db, input.ledger) });
}

export async function renderLedgerPreview(ctx: ServiceContext, input: LedgerInput): Promise<RenderedLedger> {
  const doc = await buildLedger(ctx, input);
  return { title: doc.title, html: doc.html };
}

/**
 * A ledger as PDF bytes. A year's 全程纪实表 is printed person by person and joined, so each
 * person's record is numbered 第 1 页 共 n 页 on its own, as it is filed in their dossier.
 */
export async function printLedger(
  ctx: ServiceContext,
  input: LedgerInput,
  print: PdfPrinter,
): Promise<{ doc: LedgerDocument; bytes: Uint8Array }> {
  const doc = await buildLedger(ctx, input);
  if (input.ledger !== 'development-record' || input.person !== undefined)
    return { doc, bytes: await printDocument(print, doc) };
  const data = await developmentRecordData(ctx, input.year ?? Number(ctx.clock.today().slice(0, 4)));
  if (data.people.length < 2) return { doc, bytes: await printDocument(print, doc) };
  const parts: Uint8Array[] = [];
  for (const person of data.people) parts.push(await printDocument(print, renderLedger({ ...data, people: [person] })));
  return { doc, bytes: await (await joinPdfs(parts)).save() };
}

export async function ledgerPdf(ctx: ServiceContext, input: LedgerInput): Promise<LedgerPdf> {
  if (!ctx.printPdf) throw new ServiceError('PRINT_UNAVAILABLE', NO_BROWSER_MESSAGE);
  const { doc, bytes } = await printLedger(ctx, input, ctx.printPdf);
  return { fileName: doc.fileName, base64: Buffer.from(bytes).toString('base64') };
}
