// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { formatYuan } from '../../../electron/api/money.js';
import type { ColumnSpec } from '../columns.js';
import { DataTable, type SummaryRow } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { PORTRAIT_TEXT_WIDTH_MM } from '../components/Register.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatChineseMonth } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { duesRemarks, reconcileText, hasDuesRecords, sumFen, voluntaryNote } from './format.js';
import type { DuesEntry, DuesNoticeLedgerData } from './types.js';

export const DUES_NOTICE_LEDGER_TITLE = '党费收缴公示';
/** The heading on the posted sheet. */
export const DUES_NOTICE_HEADING = '党费收缴情况公示';

/** Ideographic spaces keep room to write the dates by hand; HTML would collapse plain ones. */
const HAND_DAY = '\u3000\u3000年\u3000\u3000月\u3000\u3000日';
export const NOTICE_PERIOD = `公示期：${HAND_DAY}至${HAND_DAY}`;

/**
 * 党费收缴公示 (LEDGERS.md 8c), portrait, for the notice board: per member the year's 应交 and
 * 实交 and the month paid up to. Widths are millimetres of portrait A4 (169 mm of text).
 */
export const NOTICE_COLUMNS: readonly ColumnSpec<DuesEntry>[] = [
  { key: 'index', title: '序号', width: 12, align: 'center', render: (_e, i) => i + 1 },
  { key: 'name', title: '姓名', width: 24, align: 'center', render: (e) => e.name },
  { key: 'due', title: '应交', width: 24, align: 'right', render: (e) => formatYuan(e.dueTotal) },
  { key: 'paid', title: '实交', width: 24, align: 'right', render: (e) => formatYuan(e.paidTotal) },
  {
    key: 'through',
    title: '交至 年 月',
    width: 26,
    align: 'center',
    render: (e) => formatChineseMonth(e.paidThrough),
  },
  { key: 'remarks', title: '备注', width: 59, minWidth: 30, render: duesRemarks },
];

/** Table keys of this ledger, under which column settings are saved. */
export const DUES_NOTICE_TABLES = {
  members: { title: '党员', columns: NOTICE_COLUMNS },
} as const;

function noticeTotals(entries: readonly DuesEntry[]): SummaryRow {
  const voluntary = sumFen(entries.map((e) => e.voluntary));
  return {
    key: 'totals',
    label: '合计',
    cells: {
      due: formatYuan(sumFen(entries.map((e) => e.dueTotal))),
      paid: formatYuan(sumFen(entries.map((e) => e.paidTotal))),
      remarks: voluntary > 0 ? voluntaryNote(voluntary) : null,
    },
  };
}

/** The paragraph under the table: what was due, paid, owed, passed upward and is still held. */
export function noticeSummary(data: DuesNoticeLedgerData): string {
  const e = data.entries;
  const owed = sumFen(e.map((r) => r.owed));
  const parts = [
    `全年应交合计 ${formatYuan(sumFen(e.map((r) => r.dueTotal)))} 元`,
    `记入本年各月的实交合计 ${formatYuan(sumFen(e.map((r) => r.paidTotal)))} 元`,
    ...(owed > 0 ? [`已到期未交 ${formatYuan(owed)} 元`] : []),
    reconcileText(data.totals, data.balance),
  ];
  return `${parts.join('，')}。`;
}

function NoticeFooter({ data }: { data: DuesNoticeLedgerData }) {
  return (
    <footer className="notice-footer">
      <p>{NOTICE_PERIOD}</p>
      <p>
        监督电话：<span className={data.phone ? undefined : 'fill'}>{data.phone}</span>
      </p>
      <p>如对公示内容有异议，请在公示期内向党支部反映。</p>
      <div className="notice-seal">
        <div>{data.orgName}（盖章）</div>
        <div>{HAND_DAY}</div>
      </div>
    </footer>
  );
}

function Notice({ data }: { data: DuesNoticeLedgerData }) {
  return (
    <>
      <TitleBlock org={data.orgName} ledger={DUES_NOTICE_HEADING} year={data.year} />
      <p className="notice-text">
        根据《中国共产党党费收缴、使用和管理的规定》，现将本支部{data.year}年度党费收缴情况公示如下（单位：元）：
      </p>
      <DataTable
        columns={NOTICE_COLUMNS}
        overrides={data.columns?.members}
        rows={data.entries}
        rowKey={(e) => e.memberId}
        fitWidth={PORTRAIT_TEXT_WIDTH_MM}
        summary={[noticeTotals(data.entries)]}
        end={
          <>
            <p className="notice-text">{noticeSummary(data)}</p>
            <NoticeFooter data={data} />
          </>
        }
      />
    </>
  );
}

/** The year's collection as posted for the members, sealed by the branch. */
export function renderDuesNoticeLedger(data: DuesNoticeLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'dues-notice',
    org: data.orgName,
    title: DUES_NOTICE_LEDGER_TITLE,
    year: data.year,
    orientation: 'portrait',
    children: !hasDuesRecords(data.entries) ? (
      <EmptyYear org={data.orgName} title={`${data.year}年度${DUES_NOTICE_HEADING}`} />
    ) : (
      <Notice data={data} />
    ),
  });
}
