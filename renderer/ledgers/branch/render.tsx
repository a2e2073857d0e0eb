// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { renderDocument } from '../components/Document.js';
import { safeFileName } from '../format.js';
import type { BranchLedgerData, LedgerDocument } from '../types.js';
import { BRANCH_LEDGER_TITLE, BranchLedger } from './BranchLedger.js';

export function renderBranchLedger(data: BranchLedgerData): LedgerDocument {
  const org = data.overview.org.name;
  return {
    id: 'branch',
    title: BRANCH_LEDGER_TITLE,
    fileName: safeFileName(`${org}-${BRANCH_LEDGER_TITLE}`, 'pdf'),
    orientation: 'portrait',
    headerLeft: org,
    headerRight: `${data.year}年度`,
    // The HTML title becomes the PDF's Title: name the branch too, as the file name does.
    html: renderDocument({
      title: `${org}${BRANCH_LEDGER_TITLE}`,
      orientation: 'portrait',
      children: <BranchLedger data={data} />,
    }),
  };
}
