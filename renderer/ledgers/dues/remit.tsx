// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { DuesRemittance } from '../../../electron/api/dues.js';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '../../../electron/api/duesOptions.js';
import { formatYuan } from '../../../electron/api/money.js';
import type { ColumnSpec } from '../columns.js';
import { DataTable, type SummaryRow } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { LANDSCAPE_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { REGISTER_SIGNATURES, SignatureBlock } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { reconcileText, sumFen } from './format.js';
import type { DuesRemitLedgerData } from './types.js';

export const DUES_REMIT_LEDGER_TITLE = '党费上缴登记表';

/** 现金/转账; a method this version does not know prints as stored rather than vanish. */
export function methodText(method: string): string {
  const known = PAYMENT_METHODS.find((m) => m === method);
  return known ? PAYMENT_METHOD_LABELS[known] : method;
}

/**
 * 党费上缴登记 (LEDGERS.md 8d), one line per remittance of the year. Widths are millimetres of
 * landscape A4 (265 mm of text) at 9.5pt; 接收单位 and 备注 wrap.
 */
export const REMIT_COLUMNS: readonly ColumnSpec<DuesRemittance>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_r, i) => i + 1 },
  { key: 'period', title: '所属期间', width: 34, align: 'center', render: (r) => r.periodLabel },
  { key: 'members', title: '交纳人数', width: 16, align: 'center', render: (r) => r.membersCount },
  { key: 'amount', title: '上缴金额', width: 22, align: 'right', render: (r) => formatYuan(r.amount) },
  { key: 'date', title: '上缴日期', width: 20, align: 'center', render: (r) => formatDate(r.remittedOn) },
  { key: 'method', title: '方式', width: 14, align: 'center', render: (r) => methodText(r.method) },
  { key: 'receipt', title: '收据编号', width: 26, align: 'center', render: (r) => r.receiptNo },
  { key: 'handler', title: '经手人', width: 18, align: 'center', render: (r) => r.handler },
  { key: 'receiver', title: '接收单位', width: 48, minWidth: 30, render: (r) => r.receiver },
  { key: 'note', title: '备注', width: 58, minWidth: 24, render: (r) => r.note },
];

/** Table keys of this ledger, under which column settings are saved. */
export const DUES_REMIT_TABLES = {
  remittances: { title: '上缴记录', columns: REMIT_COLUMNS },
} as const;

function remitTotal(remittances: readonly DuesRemittance[]): SummaryRow {
  return {
    key: 'total',
    label: '合计',
    // Counts of different periods do not add up: 交纳人数 prints `—` rather than a sum.
    cells: { members: null, amount: formatYuan(sumFen(remittances.map((r) => r.amount))) },
  };
}

/** The reconciling sentence (format.ts reconcileText) and what must go up in full. */
export function remitBalanceLine(data: DuesRemitLedgerData): string {
  const t = data.totals;
  return `${reconcileText(t, data.balance)}；其中须全额上缴的自愿多交 ${formatYuan(t.fullRemitDue)} 元。`;
}

function RemitRegister({ data }: { data: DuesRemitLedgerData }) {
  return (
    <>
      <TitleBlock org={data.orgName} ledger={DUES_REMIT_LEDGER_TITLE} year={data.year} />
      <RegisterHeader unit={data.orgName} date={formatDate(data.printedOn)} yuan />
      <DataTable
        columns={REMIT_COLUMNS}
        overrides={data.columns?.remittances}
        rows={data.remittances}
        rowKey={(r) => r.id}
        fitWidth={LANDSCAPE_TEXT_WIDTH_MM}
        emptyText="本年度未上缴"
        summary={data.remittances.length > 0 ? [remitTotal(data.remittances)] : []}
        end={
          <>
            <p className="balance-line">{remitBalanceLine(data)}</p>
            <SignatureBlock {...REGISTER_SIGNATURES} />
          </>
        }
      />
    </>
  );
}

/** The year's remittances; a year with nothing collected nor remitted is a clean empty page. */
export function renderDuesRemitLedger(data: DuesRemitLedgerData): LedgerDocument {
  const t = data.totals;
  const nothing = data.remittances.length === 0 && t.collected === 0 && t.voluntary === 0;
  return renderYearDocument({
    id: 'dues-remit',
    org: data.orgName,
    title: DUES_REMIT_LEDGER_TITLE,
    year: data.year,
    orientation: 'landscape',
    children: nothing ? (
      <EmptyYear org={data.orgName} title={`${data.year}年度${DUES_REMIT_LEDGER_TITLE}`} />
    ) : (
      <RemitRegister data={data} />
    ),
  });
}
