import { renderLedger, type LedgerDocument } from '../../../renderer/ledgers/index.js';
import { NO_BROWSER_MESSAGE, type LedgerPdf, type ParsedInput, type RenderedLedger } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { branchLedgerData } from './branchData.js';
import { developmentLedgerData, developmentListsData, developmentRecordData } from './developmentData.js';
import { duesBasisLedgerData, duesLedgerData, duesNoticeLedgerData, duesRemitLedgerData } from './duesData.js';
import { appraisalLedgerData, meetingsLedgerData, orgLifeLedgerData, talksLedgerData } from './meetingsData.js';
import { mobileLedgerData } from './mobileData.js';
import { rosterLedgerData } from './rosterData.js';
import { transfersLedgerData } from './transfersData.js';

type LedgerInput = ParsedInput<'ledger.render'>;

/** Gathers a ledger's data and renders it with the same React components the preview uses. */
export async function buildLedger(ctx: ServiceContext, input: LedgerInput): Promise<LedgerDocument> {
  const year = input.year ?? Number(ctx.clock.today().slice(0, 4));
  switch (input.ledger) {
    case 'branch':
      return renderLedger(await branchLedgerData(ctx, year));
    case 'roster':
      return renderLedger(await rosterLedgerData(ctx));
    case 'transfers':
      return renderLedger(await transfersLedgerData(ctx, year));
    case 'mobile':
      return renderLedger(await mobileLedgerData(ctx, year));
    case 'meetings':
      return renderLedger(await meetingsLedgerData(ctx, year));
    case 'org-life':
      return renderLedger(await orgLifeLedgerData(ctx, year));
    case 'appraisal':
      return renderLedger(await appraisalLedgerData(ctx, year));
    case 'talks':
      return renderLedger(await talksLedgerData(ctx, year));
    case 'dues':
      return renderLedger(await duesLedgerData(ctx, year));
    case 'dues-basis':
      return renderLedger(await duesBasisLedgerData(ctx, year));
    case 'dues-notice':
      return renderLedger(await duesNoticeLedgerData(ctx, year));
    case 'dues-remit':
      return renderLedger(await duesRemitLedgerData(ctx, year));
    case 'development':
      return renderLedger(await developmentLedgerData(ctx, year));
    case 'development-record':
      return renderLedger(await developmentRecordData(ctx, year, input.person));
    case 'development-lists':
      return renderLedger(await developmentListsData(ctx, year));
  }
}

export async function renderLedgerPreview(ctx: ServiceContext, input: LedgerInput): Promise<RenderedLedger> {
  const doc = await buildLedger(ctx, input);
  return { title: doc.title, html: doc.html };
}

export async function ledgerPdf(ctx: ServiceContext, input: LedgerInput): Promise<LedgerPdf> {
  if (!ctx.printPdf) throw new ServiceError('PRINT_UNAVAILABLE', NO_BROWSER_MESSAGE);
  const doc = await buildLedger(ctx, input);
  const bytes = await ctx.printPdf(doc.html, {
    landscape: doc.orientation === 'landscape',
    headerLeft: doc.headerLeft,
    headerRight: doc.headerRight,
  });
  return { fileName: doc.fileName, base64: Buffer.from(bytes).toString('base64') };
}
