import { renderRegister } from '../components/Register.js';
import type { LedgerDocument, MobileLedgerData } from '../types.js';
import { MOBILE_COLUMNS } from './columns.js';

export const MOBILE_LEDGER_TITLE = '流动党员登记表';

/** Table keys of this ledger, under which column settings are saved. */
export const MOBILE_TABLES = {
  periods: { title: '流动党员', columns: MOBILE_COLUMNS },
} as const;

export function renderMobileLedger(data: MobileLedgerData): LedgerDocument {
  return renderRegister({
    id: 'mobile',
    org: data.orgName,
    title: MOBILE_LEDGER_TITLE,
    year: data.year,
    printedOn: data.printedOn,
    fileSuffix: `${data.year}年度${MOBILE_LEDGER_TITLE}`,
    headerRight: `${data.year}年度`,
    table: {
      columns: MOBILE_COLUMNS,
      overrides: data.columns?.periods,
      rows: data.entries,
      rowKey: (r) => r.key,
    },
  });
}
