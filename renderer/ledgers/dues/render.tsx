// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { DataTable } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { LANDSCAPE_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { SignatureBlock, type SignatureBlockProps } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { DUES_COLUMNS, duesSummary } from './columns.js';
import { hasDuesRecords } from './format.js';
import type { DuesLedgerData } from './types.js';

export const DUES_LEDGER_TITLE = '党费收缴登记表';

/** Printed under the grid: how to read a blank and a dash in the month columns. */
export const DUES_GRID_NOTE = '注：各月栏为当月实交金额；空白为应交未交，— 为当月不需交纳。';

/** The 组织委员 collects the dues and signs for them; the 书记 attests the register. */
export const DUES_SIGNATURES: SignatureBlockProps = {
  signers: ['组织委员（收款人）', '书记'],
  seal: true,
  date: true,
};

/** Table keys of this ledger, under which column settings are saved. */
export const DUES_TABLES = {
  members: { title: '党员', columns: DUES_COLUMNS },
} as const;

function DuesRegister({ data }: { data: DuesLedgerData }) {
  return (
    <>
      <TitleBlock org={data.orgName} ledger={DUES_LEDGER_TITLE} year={data.year} />
      <RegisterHeader unit={data.orgName} date={formatDate(data.printedOn)} yuan />
      <DataTable
        columns={DUES_COLUMNS}
        overrides={data.columns?.members}
        rows={data.entries}
        rowKey={(e) => e.memberId}
        fitWidth={LANDSCAPE_TEXT_WIDTH_MM}
        className="dues-grid"
        summary={duesSummary(data)}
        end={
          <>
            <p className="table-note">{DUES_GRID_NOTE}</p>
            <SignatureBlock {...DUES_SIGNATURES} />
          </>
        }
      />
    </>
  );
}

/** The year's collection, member by month, on landscape pages whose two-row header repeats. */
export function renderDuesLedger(data: DuesLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'dues',
    org: data.orgName,
    title: DUES_LEDGER_TITLE,
    year: data.year,
    orientation: 'landscape',
    children: !hasDuesRecords(data.entries) ? (
      <EmptyYear org={data.orgName} title={`${data.year}年度${DUES_LEDGER_TITLE}`} />
    ) : (
      <DuesRegister data={data} />
    ),
  });
}
