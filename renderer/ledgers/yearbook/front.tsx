// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import { renderDocument } from '../components/Document.js';
import { formatChineseDate } from '../format.js';

export const YEARBOOK_TITLE = '党支部工作手册';

/** One ledger in the 目录: its title and the handbook page it starts on. */
export interface YearbookEntry {
  title: string;
  page: number;
}

export interface YearbookFrontData {
  year: number;
  org: string;
  /** The 书记's name; blank prints a line to write it in. */
  secretary: string;
  printedOn: string;
  entries: YearbookEntry[];
}

/** Cover and 目录 take their own rules: a cover has no table, the 目录 a dotted leader. */
const FRONT_STYLES = `
.cover { text-align: center; padding-top: 48mm; }
.cover .year { font-size: 22pt; letter-spacing: 0.1em; margin: 0 0 10mm; }
.cover h1 { font-size: 34pt; font-weight: bold; letter-spacing: 0.25em; margin: 0 0 60mm; }
.cover dl { display: inline-grid; grid-template-columns: auto 90mm; gap: 7mm 4mm; font-size: 16pt; text-align: left; margin: 0; }
.cover dt { margin: 0; }
.cover dd { margin: 0; border-bottom: 0.75pt solid #000; padding: 0 2mm; }
.cover .printed { margin-top: 30mm; font-size: 13pt; }
.toc h1 { text-align: center; font-size: 20pt; letter-spacing: 1em; margin: 4mm 0 8mm; }
.toc ol { list-style: none; padding: 0; margin: 0; font-size: 13pt; }
.toc li { display: flex; align-items: baseline; margin: 0 0 4.5mm; }
.toc .no { width: 10mm; flex: none; }
.toc .dots { flex: 1; border-bottom: 1pt dotted #000; margin: 0 2mm; }
.toc .page { flex: none; min-width: 10mm; text-align: right; }
.toc .note { font-size: 10pt; margin-top: 8mm; }
`;

function Cover({ data }: { data: YearbookFrontData }) {
  return (
    <section className="cover">
      <div className="year">{data.year}年度</div>
      <h1>{YEARBOOK_TITLE}</h1>
      <dl>
        <dt>支部名称：</dt>
        <dd>{data.org}</dd>
        <dt>{'书\u3000\u3000记：'}</dt>
        <dd>{data.secretary || '\u00a0'}</dd>
      </dl>
      <div className="printed">{formatChineseDate(data.printedOn)}</div>
    </section>
  );
}

function Contents({ entries }: { entries: YearbookEntry[] }) {
  return (
    <section className="toc new-page">
      <h1>目录</h1>
      <ol>
        {entries.map((e, i) => (
          <li key={e.title}>
            <span className="no">{i + 1}.</span>
            <span className="title">{e.title}</span>
            <span className="dots" />
            <span className="page">{e.page}</span>
          </li>
        ))}
      </ol>
      <p className="note">页码为本手册的页码，印在每页右下角；各台账页脚的“第 页 共 页”为该台账自身的页码。</p>
    </section>
  );
}

/** The 工作手册's cover and 目录, printed without the ledgers' page header and footer. */
export function renderYearbookFront(data: YearbookFrontData): string {
  return renderDocument({
    title: `${data.org}${data.year}年度${YEARBOOK_TITLE}`,
    orientation: 'portrait',
    children: (
      <>
        <style dangerouslySetInnerHTML={{ __html: FRONT_STYLES }} />
        <Cover data={data} />
        <Contents entries={data.entries} />
      </>
    ),
  });
}
