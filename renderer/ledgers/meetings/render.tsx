// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { DataTable } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { PORTRAIT_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { REGISTER_SIGNATURES, SignatureBlock } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate } from '../format.js';
import type { LedgerDocument, MeetingsLedgerData } from '../types.js';
import { RECTIFICATION_COLUMNS, REGISTER_COLUMNS, SIGN_IN_COLUMNS, type RegisterRow } from './columns.js';
import { MeetingRecord } from './MeetingRecord.js';
import { Rectifications } from './Rectifications.js';
import { SignInSheet } from './SignInSheet.js';

export const MEETINGS_LEDGER_TITLE = '三会一课记录';
export const MEETINGS_REGISTER_TITLE = '三会一课登记表';

/** Table keys of this ledger, under which column settings are saved. */
export const MEETINGS_TABLES = {
  register: { title: MEETINGS_REGISTER_TITLE, columns: REGISTER_COLUMNS },
  signIn: { title: '签到表', columns: SIGN_IN_COLUMNS },
  rectifications: { title: '整改清单', columns: RECTIFICATION_COLUMNS },
} as const;

/**
 * The year's book: the 登记表 first (one line per meeting, pointing at each record by its number),
 * then per meeting its record form, its 签到表 and, for a 组织生活会, its 整改清单 — each on new pages.
 */
function MeetingsBook({ data }: { data: MeetingsLedgerData }) {
  const org = data.orgName;
  const rows: RegisterRow[] = data.meetings.map((meeting, i) => ({ meeting, serial: i + 1 }));
  return (
    <>
      <TitleBlock org={org} ledger={MEETINGS_REGISTER_TITLE} year={data.year} />
      <RegisterHeader unit={org} date={formatDate(data.printedOn)} />
      <DataTable
        columns={REGISTER_COLUMNS}
        overrides={data.columns?.register}
        rows={rows}
        rowKey={(r) => r.meeting.id}
        fitWidth={PORTRAIT_TEXT_WIDTH_MM}
        end={<SignatureBlock {...REGISTER_SIGNATURES} />}
      />
      {rows.map(({ meeting, serial }) => (
        <div key={meeting.id}>
          <MeetingRecord
            org={org}
            meeting={meeting}
            serial={serial}
            groupLeader={meeting.groupId ? (data.groupLeaders[meeting.groupId] ?? '') : ''}
          />
          <SignInSheet org={org} meeting={meeting} overrides={data.columns?.signIn} />
          {meeting.kind === 'org_life' && (
            <Rectifications org={org} meeting={meeting} overrides={data.columns?.rectifications} />
          )}
        </div>
      ))}
    </>
  );
}

export function renderMeetingsLedger(data: MeetingsLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'meetings',
    org: data.orgName,
    title: MEETINGS_LEDGER_TITLE,
    year: data.year,
    orientation: 'portrait',
    children:
      data.meetings.length === 0 ? (
        <EmptyYear org={data.orgName} title={`${data.year}年度${MEETINGS_LEDGER_TITLE}`} />
      ) : (
        <MeetingsBook data={data} />
      ),
  });
}
