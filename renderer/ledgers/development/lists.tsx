// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { DevDetail } from '../../../electron/api/development.js';
import type { ColumnSpec } from '../columns.js';
import { EmptyYear, renderYearDocument } from '../components/RecordPage.js';
import { Register } from '../components/Register.js';
import { formatChineseDate } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { ACTIVIST_COLUMNS, CANDIDATE_COLUMNS } from './listColumns.js';
import type { DevelopmentListsLedgerData } from './types.js';

export const DEVELOPMENT_LISTS_TITLE = '入党积极分子和发展对象名册';
export const ACTIVIST_LIST_TITLE = '入党积极分子花名册';
export const CANDIDATE_LIST_TITLE = '发展对象名册';

/** Table keys of this ledger, under which column settings are saved. */
export const DEVELOPMENT_LISTS_TABLES = {
  activists: { title: ACTIVIST_LIST_TITLE, columns: ACTIVIST_COLUMNS },
  candidates: { title: CANDIDATE_LIST_TITLE, columns: CANDIDATE_COLUMNS },
} as const;

interface ListProps {
  data: DevelopmentListsLedgerData;
  title: string;
  columns: readonly ColumnSpec<DevDetail>[];
  people: DevDetail[];
  tableKey: keyof typeof DEVELOPMENT_LISTS_TABLES;
  newPage: boolean;
}

/** One list under its own title, starting a page so each can be filed or handed up alone. */
function List({ data, title, columns, people, tableKey, newPage }: ListProps) {
  return (
    <section className={newPage ? 'dev-list new-page' : 'dev-list'}>
      <Register
        org={data.orgName}
        title={title}
        year={data.year}
        subtitle={`截至 ${formatChineseDate(data.asOf)}`}
        printedOn={data.printedOn}
        table={{
          columns,
          overrides: data.columns?.[tableKey],
          rows: people,
          rowKey: (d) => d.id,
          className: 'dev-list-table',
        }}
      />
    </section>
  );
}

/** Both lists in one landscape document: the 积极分子 first, the 发展对象 from a new page. */
export function renderDevelopmentLists(data: DevelopmentListsLedgerData): LedgerDocument {
  const empty = data.activists.length === 0 && data.candidates.length === 0;
  return renderYearDocument({
    id: 'development-lists',
    org: data.orgName,
    title: DEVELOPMENT_LISTS_TITLE,
    year: data.year,
    orientation: 'landscape',
    children: empty ? (
      <EmptyYear org={data.orgName} title={`${data.year}年度${DEVELOPMENT_LISTS_TITLE}`} />
    ) : (
      <>
        <List
          data={data}
          title={ACTIVIST_LIST_TITLE}
          columns={ACTIVIST_COLUMNS}
          people={data.activists}
          tableKey="activists"
          newPage={false}
        />
        <List
          data={data}
          title={CANDIDATE_LIST_TITLE}
          columns={CANDIDATE_COLUMNS}
          people={data.candidates}
          tableKey="candidates"
          newPage
        />
      </>
    ),
  });
}
