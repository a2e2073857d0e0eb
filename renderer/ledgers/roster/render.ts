import { renderRegister } from '../components/Register.js';
import { formatChineseDate } from '../format.js';
import type { LedgerDocument, RosterLedgerData } from '../types.js';
import { ROSTER_COLUMNS } from './columns.js';

export const ROSTER_LEDGER_TITLE = '党员花名册';

/** Table keys of this ledger, under which column settings are saved. */
export const ROSTER_TABLES = {
  members: { title: '党员', columns: ROSTER_COLUMNS },
} as const;

/** The current roster as of the printing day (截至), not a yearly ledger. */
export function renderRosterLedger(data: RosterLedgerData): LedgerDocument {
  const asOf = `截至 ${formatChineseDate(data.printedOn)}`;
  return renderRegister({
    id: 'roster',
    org: data.orgName,
    title: ROSTER_LEDGER_TITLE,
    subtitle: asOf,
    printedOn: data.printedOn,
    fileSuffix: `${ROSTER_LEDGER_TITLE}-${data.printedOn}`,
    headerRight: asOf,
    table: {
      columns: ROSTER_COLUMNS,
      overrides: data.columns?.members,
      rows: data.entries,
      rowKey: (r) => r.id,
    },
  });
}
