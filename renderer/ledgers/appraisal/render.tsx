// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { MeetingDetail } from '../../../electron/api/meetings.js';
import { GRADE_LABELS, GRADES } from '../../../electron/api/meetingOptions.js';
import type { ColumnOverrides } from '../columns.js';
import { DataTable } from '../components/DataTable.js';
import { EMPTY_YEAR_TEXT, RecordPage, renderYearDocument } from '../components/RecordPage.js';
import { PORTRAIT_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { APPRAISAL_SIGNATURES, SignatureBlock } from '../components/SignatureBlock.js';
import { formatChineseDate, formatDate } from '../format.js';
import type { AppraisalLedgerData, LedgerDocument } from '../types.js';
import { BALLOT_COLUMNS, RESULT_COLUMNS } from './columns.js';

export const APPRAISAL_LEDGER_TITLE = '民主评议党员结果表';
export const RESULT_TITLE = '民主评议党员结果汇总表';
export const BALLOT_TITLE = '民主评议党员测评表';
export const BALLOT_NOTE = '请在相应栏内划√，无记名';

/** Table keys of this ledger, under which column settings are saved. */
export const APPRAISAL_TABLES = {
  results: { title: RESULT_TITLE, columns: RESULT_COLUMNS },
  ballot: { title: BALLOT_TITLE, columns: BALLOT_COLUMNS },
} as const;

/** `共评议党员 5 名：优秀 1 名，合格 3 名，基本合格 1 名，不合格 0 名。` */
export function gradeTally(m: MeetingDetail): string {
  const per = GRADES.map((g) => `${GRADE_LABELS[g]} ${m.gradeLines.filter((l) => l.grade === g).length} 名`);
  return `共评议党员 ${m.gradeLines.length} 名：${per.join('，')}。`;
}

function Results({ appraisal: m, columns }: { appraisal: MeetingDetail; columns?: ColumnOverrides }) {
  return (
    <>
      <div className="record-meta">
        <span>
          评议会议：{m.title}（{formatChineseDate(m.heldOn)}）
        </span>
        <span>
          应到 {m.counts.expected} 人，实到 {m.counts.present} 人
        </span>
      </div>
      <DataTable
        columns={RESULT_COLUMNS}
        overrides={columns?.results}
        rows={m.gradeLines}
        rowKey={(g) => g.memberId}
        fitWidth={PORTRAIT_TEXT_WIDTH_MM}
        emptyText="未登记评定等次"
        end={
          <>
            <p className="tally">{gradeTally(m)}</p>
            <SignatureBlock {...APPRAISAL_SIGNATURES} />
          </>
        }
      />
    </>
  );
}

function Ballot({ data }: { data: AppraisalLedgerData }) {
  return (
    <RecordPage org={data.orgName} title={`${data.year}年度${BALLOT_TITLE}`} newPage>
      <p className="ballot-note">{BALLOT_NOTE}</p>
      <DataTable
        columns={BALLOT_COLUMNS}
        overrides={data.columns?.ballot}
        rows={data.ballotNames.map((name) => ({ name }))}
        rowKey={(_r, i) => String(i)}
        fitWidth={PORTRAIT_TEXT_WIDTH_MM}
        emptyText="暂无党员"
        className="ballot"
      />
    </RecordPage>
  );
}

/**
 * The year's 结果汇总表 (one table per appraisal meeting, each attested by 计票人, 监票人 and 书记),
 * then a blank anonymous 测评表 to copy for the next vote.
 */
function AppraisalLedger({ data }: { data: AppraisalLedgerData }) {
  return (
    <>
      <RecordPage org={data.orgName} title={`${data.year}年度${RESULT_TITLE}`} newPage={false}>
        <RegisterHeader unit={data.orgName} date={formatDate(data.printedOn)} />
        {data.appraisals.length === 0 ? (
          <p className="empty-year">{EMPTY_YEAR_TEXT}</p>
        ) : (
          data.appraisals.map((m) => <Results key={m.id} appraisal={m} columns={data.columns} />)
        )}
      </RecordPage>
      <Ballot data={data} />
    </>
  );
}

export function renderAppraisalLedger(data: AppraisalLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'appraisal',
    org: data.orgName,
    title: APPRAISAL_LEDGER_TITLE,
    year: data.year,
    orientation: 'portrait',
    children: <AppraisalLedger data={data} />,
  });
}
