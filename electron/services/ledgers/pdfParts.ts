import { PDFDocument } from 'pdf-lib';
import type { LedgerDocument } from '../../../renderer/ledgers/index.js';
import type { PdfPrinter } from '../context.js';

/** Prints a rendered ledger with its page header and footer. */
export function printDocument(print: PdfPrinter, doc: LedgerDocument): Promise<Uint8Array> {
  return print(doc.html, {
    landscape: doc.orientation === 'landscape',
    headerLeft: doc.headerLeft,
    headerRight: doc.headerRight,
  });
}

/** PDFs joined in order into one document; each part keeps its own pages and footers. */
export async function joinPdfs(parts: readonly (Uint8Array | PDFDocument)[]): Promise<PDFDocument> {
  const out = await PDFDocument.create();
  for (const part of parts) {
    const doc = part instanceof PDFDocument ? part : await PDFDocument.load(part);
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
  }
  return out;
}
