// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { Register } from '../components/Register.js';
import type { LedgerDocument } from '../types.js';
import { DEVELOPMENT_COLUMNS } from './columns.js';
import type { DevelopmentLedgerData } from './types.js';

export const DEVELOPMENT_LEDGER_TITLE = '发展党员工作台账';

/** Table keys of this ledger, under which column settings are saved. */
export const DEVELOPMENT_TABLES = {
  people: { title: '发展党员', columns: DEVELOPMENT_COLUMNS },
} as const;

/**
 * One line per person in the pipeline during the year, every milestone in its column, on
 * landscape pages whose two-row header repeats.
 */
export function renderDevelopmentLedger(data: DevelopmentLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'development',
    org: data.orgName,
    title: DEVELOPMENT_LEDGER_TITLE,
    year: data.year,
    orientation: 'landscape',
    children:
      data.people.length === 0 ? (
        <EmptyYear org={data.orgName} title={`${data.year}年度${DEVELOPMENT_LEDGER_TITLE}`} />
      ) : (
        <Register
          org={data.orgName}
          title={DEVELOPMENT_LEDGER_TITLE}
          year={data.year}
          printedOn={data.printedOn}
          table={{
            columns: DEVELOPMENT_COLUMNS,
            overrides: data.columns?.people,
            rows: data.people,
            rowKey: (d) => d.id,
            className: 'dev-grid',
          }}
        />
      ),
  });
}
