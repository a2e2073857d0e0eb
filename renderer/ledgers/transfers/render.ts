import { renderRegister } from '../components/Register.js';
import type { LedgerDocument, TransfersLedgerData } from '../types.js';
import { TRANSFER_COLUMNS } from './columns.js';

export const TRANSFERS_LEDGER_TITLE = '党员组织关系转接登记表';

/** Table keys of this ledger, under which column settings are saved. */
export const TRANSFERS_TABLES = {
  letters: { title: '介绍信', columns: TRANSFER_COLUMNS },
} as const;

export function renderTransfersLedger(data: TransfersLedgerData): LedgerDocument {
  return renderRegister({
    id: 'transfers',
    org: data.orgName,
    title: TRANSFERS_LEDGER_TITLE,
    year: data.year,
    printedOn: data.printedOn,
    fileSuffix: `${data.year}年度${TRANSFERS_LEDGER_TITLE}`,
    headerRight: `${data.year}年度`,
    table: {
      columns: TRANSFER_COLUMNS,
      overrides: data.columns?.letters,
      rows: data.entries,
      rowKey: (r) => r.id,
    },
  });
}
