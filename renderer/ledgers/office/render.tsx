// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { formatYuan } from '../../../electron/api/money.js';
import { OFFICE_REPORT_TITLES, type OfficeReportId } from '../../../electron/api/office.js';
import type { ColumnSpec } from '../columns.js';
import type { SummaryRow } from '../components/DataTable.js';
import { renderDocument } from '../components/Document.js';
import { Register } from '../components/Register.js';
import { formatChineseDate, safeFileName } from '../format.js';
import { ACTIVITY_COLUMNS, DEVELOPMENT_COLUMNS, DUES_COLUMNS, STRUCTURE_COLUMNS, SUMMARY_COLUMNS } from './columns.js';
import type { OfficeReportData, OfficeReportDocument, OfficeReportRow } from './types.js';

const COLUMNS: Record<OfficeReportId, readonly ColumnSpec<OfficeReportRow>[]> = {
  'office-summary': SUMMARY_COLUMNS,
  'office-structure': STRUCTURE_COLUMNS,
  'office-activity': ACTIVITY_COLUMNS,
  'office-dues': DUES_COLUMNS,
  'office-development': DEVELOPMENT_COLUMNS,
};

/** The 合计 line: every numeric column summed over the branches (counts and 元 alike). */
function totals(data: OfficeReportData, columns: readonly ColumnSpec<OfficeReportRow>[]): SummaryRow {
  const cells: Record<string, string | number> = {};
  const t = data.total;
  const sumStatus = (pick: (r: OfficeReportRow) => number | undefined) =>
    data.rows.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const byKey: Record<string, () => string | number> = {
    total: () => t.total,
    members: () => t.total,
    formal: () => t.formal,
    probationary: () => t.probationary,
    female: () => t.female,
    minority: () => t.minority,
    age35: () => t.age35,
    age61: () => t.age61,
    college: () => t.college,
    mobile: () => t.mobile,
    applicants: () => t.applicants,
    activists: () => t.activists,
    candidates: () => t.candidates,
    new: () => t.newMembers,
    confirmed: () => t.confirmed,
    breaches: () => sumStatus((r) => r.status?.development.breaches),
    upcoming: () => sumStatus((r) => r.status?.development.upcoming),
    overdue: () => sumStatus((r) => r.status?.orgLife.overdueYear),
    late: () => sumStatus((r) => r.status?.orgLife.lateRecords),
    warning: () => sumStatus((r) => r.status?.dues.warning),
    serious: () => sumStatus((r) => r.status?.dues.serious),
    due: () => formatYuan(sumStatus((r) => r.status?.dues.due)),
    collected: () => formatYuan(sumStatus((r) => r.status?.dues.collected)),
    remitted: () => formatYuan(sumStatus((r) => r.status?.dues.remitted)),
    unremitted: () => formatYuan(sumStatus((r) => r.status?.dues.unremitted)),
  };
  for (const c of columns) {
    const f = byKey[c.key];
    if (f) cells[c.key] = f();
  }
  return { key: 'total', label: '合计', cells };
}

/** An office report as a landscape A4 register of all its branches, with a 合计 line. */
export function renderOfficeReport(data: OfficeReportData): OfficeReportDocument {
  const name = OFFICE_REPORT_TITLES[data.report];
  const columns = COLUMNS[data.report];
  const gap = '\u3000';
  const subtitle = `截至${formatChineseDate(data.asOf)}${gap}共 ${data.rows.length} 个党支部${data.report === 'office-dues' ? `${gap}单位：元` : ''}`;
  return {
    title: name,
    fileName: safeFileName(`${data.office}-${data.year}年度${name}`, 'pdf'),
    orientation: 'landscape',
    headerLeft: data.office,
    headerRight: `${data.year}年度`,
    html: renderDocument({
      title: `${data.office}${data.year}年度${name}`,
      orientation: 'landscape',
      children: (
        <Register
          org={data.office}
          title={name}
          year={data.year}
          subtitle={subtitle}
          printedOn={data.printedOn}
          table={{
            columns,
            rows: data.rows,
            rowKey: (r) => r.code,
            emptyText: '尚无支部报送数据',
            summary: [totals(data, columns)],
          }}
        />
      ),
    }),
  };
}
