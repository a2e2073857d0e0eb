import { PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';
import { safeFileName } from '../../../renderer/ledgers/format.js';
import { renderYearbookFront, YEARBOOK_TITLE, type YearbookEntry } from '../../../renderer/ledgers/yearbook/front.js';
import { LEDGER_CATALOGUE, NO_BROWSER_MESSAGE, type LedgerPdf } from '../../api/ledgers.js';
import type { PdfPrinter, ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { getOverview } from '../org/overview.js';
import { asOfDay, committeeAt } from './branchData.js';
import { joinPdfs } from './pdfParts.js';
import { printLedger } from './render.js';

/** 1 mm in PDF points. */
const MM = 72 / 25.4;

/** The handbook's page number sits in the bottom right corner, clear of each ledger's own footer. */
function stampPageNumber(page: PDFPage, n: number, font: Awaited<ReturnType<PDFDocument['embedFont']>>): void {
  const text = String(n);
  const size = 10;
  const { width } = page.getSize();
  page.drawText(text, { x: width - 16 * MM - font.widthOfTextAtSize(text, size), y: 10 * MM, size, font });
}

/**
 * The 目录 lists the page each ledger starts on, so the front matter's own length counts. It
 * is printed with a guess of its length and again, with the guess corrected, if it differs.
 */
async function printFront(
  print: PdfPrinter,
  front: (frontPages: number) => string,
): Promise<{ doc: PDFDocument; frontPages: number }> {
  let guess = 2;
  // Longer numbers could in theory push the 目录 over a page and back: three rounds settle it.
  for (let round = 0; ; round++) {
    const doc = await PDFDocument.load(
      await print(front(guess), { landscape: false, headerLeft: '', headerRight: '', bare: true }),
    );
    if (doc.getPageCount() === guess || round === 2) return { doc, frontPages: doc.getPageCount() };
    guess = doc.getPageCount();
  }
}

/**
 * The year's 党支部工作手册 as one PDF: cover (年度, 支部名称, 书记), 目录 with the handbook page of
 * each ledger, then every ledger of the year in catalogue order, each printed as it is alone
 * (its own header, footer and the user's column settings) and numbered in the handbook too.
 */
export async function yearbookPdf(ctx: ServiceContext, year: number): Promise<LedgerPdf> {
  const print = ctx.printPdf;
  if (!print) throw new ServiceError('PRINT_UNAVAILABLE', NO_BROWSER_MESSAGE);
  const overview = await getOverview(ctx);
  const org = overview.org.name;
  const ledgers: { title: string; doc: PDFDocument }[] = [];
  for (const info of LEDGER_CATALOGUE) {
    const { bytes } = await printLedger(ctx, { ledger: info.id, year }, print);
    ledgers.push({ title: info.title, doc: await PDFDocument.load(bytes) });
  }
  // The cover names the 书记 of that year: the one who held the post on its last day.
  const committee = await committeeAt(ctx, asOfDay(year, ctx.clock.today()));
  const secretary = committee.find((c) => c.position === 'secretary')?.name ?? '';
  const { doc: front } = await printFront(print, (frontPages) => {
    let next = frontPages + 1;
    const entries: YearbookEntry[] = ledgers.map((l) => {
      const entry = { title: l.title, page: next };
      next += l.doc.getPageCount();
      return entry;
    });
    return renderYearbookFront({ year, org, secretary, printedOn: ctx.clock.today(), entries });
  });

  const book = await joinPdfs([front, ...ledgers.map((l) => l.doc)]);
  book.setTitle(`${org}${year}年度${YEARBOOK_TITLE}`);
  book.setCreator('支部台账');
  const font = await book.embedFont(StandardFonts.Helvetica);
  // The cover carries no number; the 目录 counts it as page 1.
  book.getPages().forEach((page, i) => {
    if (i > 0) stampPageNumber(page, i + 1, font);
  });
  return {
    fileName: safeFileName(`${org}-${year}年度${YEARBOOK_TITLE}`, 'pdf'),
    base64: Buffer.from(await book.save()).toString('base64'),
  };
}
