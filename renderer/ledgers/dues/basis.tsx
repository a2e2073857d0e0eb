// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { BasisRow, DuesBasis } from '../../../electron/api/dues.js';
import { REDUCTION_LABELS } from '../../../electron/api/duesOptions.js';
import type { ColumnSpec } from '../columns.js';
import { DataTable } from '../components/DataTable.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { LANDSCAPE_TEXT_WIDTH_MM } from '../components/Register.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { SignatureBlock, type SignatureBlockProps } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate, formatMonth } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { DUES_CATEGORY_PRINT, rateText, yuanOrNull } from './format.js';
import type { DuesBasisLedgerData } from './types.js';

export const DUES_BASIS_LEDGER_TITLE = '党费核定表';

/** In 备注 when no basis was set this year and last year's stays in force. */
export const CARRIED_OVER = '沿用上年';
export const NOT_ASSESSED = '未核定';

/** The basis the year's table prints: this year's, else last year's carried over. */
export function basisOf(r: BasisRow): DuesBasis | null {
  return r.current ?? r.previous;
}

export function basisRemarks(r: BasisRow): string {
  const b = basisOf(r);
  if (!b) return NOT_ASSESSED;
  const parts: string[] = [];
  if (!r.current) parts.push(CARRIED_OVER);
  if (b.reduction !== 'none') {
    // A 减免 needs the branch's decision and the upper level's approval: both go on paper.
    const facts = [b.decisionOn ? `支部${formatDate(b.decisionOn)}决定` : '', b.approvalRef].filter(Boolean);
    parts.push(`经批准${REDUCTION_LABELS[b.reduction]}${facts.length ? `（${facts.join('，')}）` : ''}`);
  }
  if (b.note.trim()) parts.push(b.note.trim());
  return parts.join('；');
}

const basisValue =
  <T,>(pick: (b: DuesBasis) => T) =>
  (r: BasisRow): T | null => {
    const b = basisOf(r);
    return b ? pick(b) : null;
  };

/**
 * 党费核定表 (LEDGERS.md 8b), landscape: the 计算方法 (`6,200.00 × 1.5% = 93.00；经批准少交…`) and
 * a box wide enough for each member to sign that they agree with their amount. Widths are
 * millimetres of landscape A4 (265 mm of text) at 9.5pt.
 */
export const BASIS_COLUMNS: readonly ColumnSpec<BasisRow>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_r, i) => i + 1 },
  { key: 'name', title: '姓名', width: 18, align: 'center', render: (r) => r.name },
  { key: 'group', title: '党小组', width: 20, align: 'center', hidden: true, render: (r) => r.groupName },
  {
    key: 'category',
    title: '类别',
    width: 20,
    align: 'center',
    render: basisValue((b) => DUES_CATEGORY_PRINT[b.category]),
  },
  {
    key: 'base',
    title: '税后月收入/离退休费',
    width: 26,
    align: 'right',
    render: basisValue((b) => yuanOrNull(b.base)),
  },
  { key: 'rate', title: '比例', width: 12, align: 'center', render: basisValue((b) => rateText(b.rateBp, b.category)) },
  { key: 'monthly', title: '月应交', width: 16, align: 'right', render: basisValue((b) => yuanOrNull(b.monthly)) },
  { key: 'explanation', title: '计算方法', width: 52, minWidth: 40, render: basisValue((b) => b.explanation) },
  {
    key: 'from',
    title: '执行起始',
    width: 16,
    align: 'center',
    render: basisValue((b) => formatMonth(b.effectiveFrom)),
  },
  { key: 'remarks', title: '备注', width: 46, minWidth: 20, render: basisRemarks },
  { key: 'sign', title: '本人确认签字', width: 50, handwritten: true, render: () => null },
];

export const BASIS_SIGNATURES: SignatureBlockProps = { signers: ['核定人', '书记'], seal: true, date: true };

/** Table keys of this ledger, under which column settings are saved. */
export const DUES_BASIS_TABLES = {
  bases: { title: '党员', columns: BASIS_COLUMNS },
} as const;

function BasisRegister({ data }: { data: DuesBasisLedgerData }) {
  return (
    <>
      <TitleBlock org={data.orgName} ledger={DUES_BASIS_LEDGER_TITLE} year={data.year} />
      <RegisterHeader unit={data.orgName} date={formatDate(data.printedOn)} yuan />
      <DataTable
        columns={BASIS_COLUMNS}
        overrides={data.columns?.bases}
        rows={data.rows}
        rowKey={(r) => r.memberId}
        fitWidth={LANDSCAPE_TEXT_WIDTH_MM}
        className="sign-sheet"
        end={<SignatureBlock {...BASIS_SIGNATURES} />}
      />
    </>
  );
}

/** Each member's basis for the year, for the members to confirm by signing. */
export function renderDuesBasisLedger(data: DuesBasisLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'dues-basis',
    org: data.orgName,
    title: DUES_BASIS_LEDGER_TITLE,
    year: data.year,
    orientation: 'landscape',
    children:
      // Nobody assessed, this year or before: a list of 未核定 is no 核定表.
      data.rows.every((r) => basisOf(r) === null) ? (
        <EmptyYear org={data.orgName} title={`${data.year}年度${DUES_BASIS_LEDGER_TITLE}`} />
      ) : (
        <BasisRegister data={data} />
      ),
  });
}
