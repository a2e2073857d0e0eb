/**
 * Stated speed and memory targets, keyed `scenario/metric`, shown next to the measured value
 * and never asserted. ../shared/ARCHITECTURE.md, DOMAIN.md and LEDGERS.md state only the scale
 * to plan for: a branch usually has ≤50 members (DOMAIN.md), an office gathers "几百个支部"
 * (README.md); issue #12 states the office screens' target. Add a target here when one is agreed.
 */
export const TARGETS: Readonly<Record<string, string>> = {
  // Issue #12: every office screen shows data in ≤ 1 s on a county of 500 branches / 20,000 members.
  'office screens/总览 office.branches, first rows (lights not yet computed)': '≤ 1000 ms',
  'office screens/总览 office.branches (lights computed)': '≤ 1000 ms',
  'office screens/统计 office.structure, all branches': '≤ 1000 ms',
  'office screens/drill-down members.list': '≤ 1000 ms',
  'office screens/drill-down compliance.year': '≤ 1000 ms',
  'office screens/drill-down dues.year': '≤ 1000 ms',
  'office screens/drill-down dev.list': '≤ 1000 ms',
  'office screens/drill-down ledger.render roster': '≤ 1000 ms',
  'office screens/报表 office.report office-summary': '≤ 1000 ms',
  'office screens/报表 office.report office-activity': '≤ 1000 ms',
  'office screens/统计 office.statuses, all branches, today (lights cached)': '≤ 1000 ms',
  'office screens/统计 office.statuses as of 2026-06-30, first time': '≤ 1000 ms',
  'office screens/统计 office.statuses as of 2026-03-31, first time': '≤ 1000 ms',
  // Issue #13: county-scale import and export (targets stated for 500 branches × 40 members).
  'county/office imports all first bundles': '≤ 60 s at 500 branches',
  'county/  import speed as a share of raw': '≥ 40 %',
  'county/  growth 4× ÷ 1×': '80–120 %',
  'county/  growth 4× ÷ 1× by CPU time': '80–120 %',
  'county/  office file ÷ records without bookkeeping': '≤ 130 %',
  'county/全部导出: reply to every branch': '≤ 30 s at 500 branches',
  'county/branch incremental export after one edit': '≤ 50 ms',
  'county/office incremental export to the branch after it': '≤ 50 ms',
  'county/zhibu CLI start (--help)': '≤ 500 ms',
  'county/zhibu serve host peak RSS, office open and a roster listed': '≤ 300 MB at 500 branches',
};

export const SCALE_NOTES = [
  'Issue #13: a county of 500 branches × 40 members imported, replied to and re-exported; office file ≤ 1.3 × its records',
  'Issue #12: an office of 500 branches / 20,000 members; every office screen shows data in ≤ 1 s',
  'DOMAIN.md: a branch usually has ≤50 members',
  'README.md: a 乡镇/县党委 gathers several hundred branches (几百个支部)',
];
