// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { ORG_TYPE_LABELS } from '../../../electron/api/org.js';
import { DataTable } from '../components/DataTable.js';
import { KeyValueTable, type KeyValueCell } from '../components/KeyValueTable.js';
import { RegisterHeader } from '../components/RegisterHeader.js';
import { REGISTER_SIGNATURES, SignatureBlock } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatDate } from '../format.js';
import type { BranchCounts, BranchLedgerData } from '../types.js';
import { COMMITTEE_COLUMNS, GROUP_COLUMNS, type CommitteeRow, type GroupRow } from './columns.js';

export const BRANCH_LEDGER_TITLE = '党支部基本情况登记表';

/** Table keys of this ledger, under which column settings are saved. */
export const BRANCH_TABLES = {
  groups: { title: '党小组', columns: GROUP_COLUMNS },
  committee: { title: '支部委员会成员', columns: COMMITTEE_COLUMNS },
} as const;

/** 党员情况, in the order LEDGERS.md lists them. */
const COUNT_LABELS: readonly [keyof BranchCounts, string][] = [
  ['total', '党员总数'],
  ['formal', '正式党员'],
  ['probationary', '预备党员'],
  ['female', '女党员'],
  ['minority', '少数民族'],
  ['age35OrUnder', '35岁及以下'],
  ['age61OrOver', '61岁及以上'],
  ['collegeOrAbove', '大专及以上'],
  ['outgoing', '外出流动'],
  ['applicants', '入党申请人'],
  ['activists', '入党积极分子'],
  ['candidates', '发展对象'],
];

const COUNTS_PER_ROW = 4;

function basicRows(data: BranchLedgerData): KeyValueCell[][] {
  const { org, term } = data.overview;
  return [
    [{ label: '党组织名称（全称）', value: org.name, span: 2 }],
    [{ label: '隶属党组织', value: org.parentName, span: 2 }],
    [
      { label: '组织类别', value: ORG_TYPE_LABELS[org.orgType] },
      { label: '建立时间', value: formatDate(org.foundedOn) },
    ],
    [
      { label: '本届选举时间', value: formatDate(org.termStartedOn) },
      { label: '届满时间', value: formatDate(term.dueOn) },
    ],
    [
      { label: '联系人', value: org.contactName },
      { label: '联系电话', value: org.contactPhone },
    ],
  ];
}

function countRows(counts: BranchLedgerData['counts']): KeyValueCell[][] {
  const rows: KeyValueCell[][] = [];
  COUNT_LABELS.forEach(([key, label], i) => {
    if (i % COUNTS_PER_ROW === 0) rows.push([]);
    rows[rows.length - 1]?.push({ label, value: counts?.[key], center: true });
  });
  return rows;
}

export function BranchLedger({ data }: { data: BranchLedgerData }) {
  const { org, committee, groups } = data.overview;
  const committeeRows: CommitteeRow[] = committee.map((member) => ({
    member,
    facts: data.committeeFacts?.[member.id] ?? {},
  }));
  const groupRows: GroupRow[] = groups.map((group) => ({
    group,
    size: data.groupSizes?.[group.id],
    leaderUnknown: data.leaderUnknown?.includes(group.id) ?? false,
  }));
  return (
    <>
      <TitleBlock org={org.name} ledger={BRANCH_LEDGER_TITLE} />
      <RegisterHeader unit={org.name} date={formatDate(data.printedOn)} />

      <h2 className="section">一、基本情况</h2>
      <KeyValueTable pairs={2} labelPercent={24} rows={basicRows(data)} />

      <h2 className="section">
        二、党员情况<span className="note">（单位：名）</span>
      </h2>
      <KeyValueTable pairs={COUNTS_PER_ROW} labelPercent={16} rows={countRows(data.counts)} />

      <h2 className="section">三、{BRANCH_TABLES.groups.title}</h2>
      <DataTable columns={GROUP_COLUMNS} overrides={data.columns?.groups} rows={groupRows} rowKey={(r) => r.group.id} />

      <h2 className="section">四、{BRANCH_TABLES.committee.title}</h2>
      <DataTable
        columns={COMMITTEE_COLUMNS}
        overrides={data.columns?.committee}
        rows={committeeRows}
        rowKey={(r) => r.member.id}
        end={<SignatureBlock {...REGISTER_SIGNATURES} />}
      />
    </>
  );
}
