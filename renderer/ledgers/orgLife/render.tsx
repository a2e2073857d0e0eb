// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { DataTable } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { LANDSCAPE_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { REGISTER_SIGNATURES, SignatureBlock } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate } from '../format.js';
import type { LedgerDocument, OrgLifeLedgerData } from '../types.js';
import { ACTIVITY_COLUMNS, SUMMARY_COLUMNS, tallyKinds } from './columns.js';

export const ORG_LIFE_LEDGER_TITLE = '组织生活台账';

/** Table keys of this ledger, under which column settings are saved. */
export const ORG_LIFE_TABLES = {
  activities: { title: '活动', columns: ACTIVITY_COLUMNS },
} as const;

function OrgLifeRegister({ data }: { data: OrgLifeLedgerData }) {
  const late = data.meetings.filter((m) => m.late).length;
  return (
    <>
      <TitleBlock org={data.orgName} ledger={ORG_LIFE_LEDGER_TITLE} year={data.year} />
      <RegisterHeader unit={data.orgName} date={formatDate(data.printedOn)} />
      <DataTable
        columns={ACTIVITY_COLUMNS}
        overrides={data.columns?.activities}
        rows={data.meetings}
        rowKey={(m) => m.id}
        fitWidth={LANDSCAPE_TEXT_WIDTH_MM}
      />
      <h2 className="section">
        本年度活动统计
        <span className="note">
          （全年共记录活动 {data.meetings.length} 次，其中补录 {late}{' '}
          次；一次活动同时计为其他类型的，计入该类型的“同时计为”）
        </span>
      </h2>
      <DataTable
        columns={SUMMARY_COLUMNS}
        rows={tallyKinds(data.meetings)}
        rowKey={(t) => t.key}
        end={<SignatureBlock {...REGISTER_SIGNATURES} />}
      />
    </>
  );
}

/** The year's organisational life on one landscape register, with the count per kind under it. */
export function renderOrgLifeLedger(data: OrgLifeLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'org-life',
    org: data.orgName,
    title: ORG_LIFE_LEDGER_TITLE,
    year: data.year,
    orientation: 'landscape',
    children:
      data.meetings.length === 0 ? (
        <EmptyYear org={data.orgName} title={`${data.year}年度${ORG_LIFE_LEDGER_TITLE}`} />
      ) : (
        <OrgLifeRegister data={data} />
      ),
  });
}
