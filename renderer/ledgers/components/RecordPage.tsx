// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { ReactNode } from 'react';
import type { LedgerId } from '../../../electron/api/ledgers.js';
import { formatChineseDate, safeFileName } from '../format.js';
import type { Orientation } from '../printStyles.js';
import type { LedgerDocument } from '../types.js';
import { renderDocument } from './Document.js';
import { TitleBlock } from './TitleBlock.js';

/** Printed under an empty year's title: an empty ledger is a valid answer, not an error. */
export const EMPTY_YEAR_TEXT = '本年度暂无记录';

export interface RecordPageProps {
  org: string;
  title: string;
  /** Starts on a fresh page: every record but the document's first. */
  newPage: boolean;
  /** Top right, e.g. 第3份: how the 登记表 refers to the record. */
  serial?: string;
  /** ISO date a late (补录) record was entered: stated on the record itself, in honesty. */
  lateRecordedOn?: string | null;
  children: ReactNode;
}

/** One record (a meeting, a talk, a sign-in sheet) under its own title, on its own pages. */
export function RecordPage({ org, title, newPage, serial, lateRecordedOn, children }: RecordPageProps) {
  const late = lateRecordedOn ? `补录：本记录于 ${formatChineseDate(lateRecordedOn)} 录入` : '';
  return (
    <section className={newPage ? 'record new-page' : 'record'}>
      <TitleBlock org={org} ledger={title} />
      {(late || serial) && (
        <div className="record-meta">
          <span className="late-note">{late}</span>
          <span>{serial}</span>
        </div>
      )}
      {children}
    </section>
  );
}

/** The page of a year with nothing recorded. */
export function EmptyYear({ org, title }: { org: string; title: string }) {
  return (
    <section className="record">
      <TitleBlock org={org} ledger={title} />
      <p className="empty-year">{EMPTY_YEAR_TEXT}</p>
    </section>
  );
}

export interface YearDocumentOptions {
  id: LedgerId;
  org: string;
  /** The ledger's name, e.g. 三会一课记录. */
  title: string;
  year: number;
  orientation: Orientation;
  children: ReactNode;
}

/** A yearly ledger as a complete document, named like the others (`{org}-2026年度{title}.pdf`). */
export function renderYearDocument({
  id,
  org,
  title,
  year,
  orientation,
  children,
}: YearDocumentOptions): LedgerDocument {
  const heading = `${year}年度${title}`;
  return {
    id,
    title,
    fileName: safeFileName(`${org}-${heading}`, 'pdf'),
    orientation,
    headerLeft: org,
    headerRight: `${year}年度`,
    // The HTML title becomes the PDF's Title: name the branch too, as the file name does.
    html: renderDocument({ title: `${org}${heading}`, orientation, children }),
  };
}
