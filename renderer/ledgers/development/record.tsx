// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { DevDetail } from '../../../electron/api/development.js';
import { STAGE_TITLES } from '../../../electron/api/devSteps.js';
import { renderDocument } from '../components/Document.js';
import { EmptyYear } from '../components/RecordPage.js';
import { SignatureBlock, type SignatureBlockProps } from '../components/SignatureBlock.js';
import { TitleBlock } from '../components/TitleBlock.js';
import { formatMonth, safeFileName } from '../format.js';
import type { LedgerDocument } from '../types.js';
import { genderOf, stageNotes, stageStarted } from './facts.js';
import { stageRows, type RecordField, type RecordRow } from './recordStages.js';
import type { DevelopmentRecordLedgerData } from './types.js';

export const DEVELOPMENT_RECORD_TITLE = '发展党员全程纪实表';

const STAGE_NUMBERS = ['一', '二', '三', '四', '五'] as const;

/** `第三阶段 发展对象的确定和考察`: printed on the stage's page, which may be filed alone. */
export const stageHeading = (index: number): string =>
  `第${STAGE_NUMBERS[index] ?? ''}阶段\u3000${STAGE_TITLES[index] ?? ''}`;

/** Each stage's page is attested by the person, the 组织委员 and the 书记 (LEDGERS.md 9c). */
export const RECORD_SIGNATURES: SignatureBlockProps = { signers: ['本人', '组织委员', '书记'], date: true };

function Field({ field, wide }: { field: RecordField; wide: boolean }) {
  const filled = field.value !== '';
  return (
    <>
      <th scope="row">{field.label}</th>
      <td colSpan={wide ? 3 : undefined} className={filled ? undefined : 'hand'}>
        {filled ? field.value : (field.blank ?? '')}
      </td>
    </>
  );
}

/**
 * Millimetres of a portrait page the stage's lines and its 说明 box share: the page (259 mm
 * within the margins) less the title, the person's line, the stage heading, the box's label
 * and the signatures, with room to spare so a stage never spills onto a second page.
 */
const FORM_BODY_MM = 176;
const ROW_MM = 13;
const LINE_MM = 5.6;
/** Characters a value cell holds per line at 10.5pt: across the form, or beside another field. */
const WIDE_CHARS = 30;
const NARROW_CHARS = 14;

function linesOf(text: string, perLine: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** How tall a row prints: one line of a field fits the standard height, more lines grow it. */
function rowMm(row: RecordRow): number {
  const perLine = row.length === 1 ? WIDE_CHARS : NARROW_CHARS;
  const lines = Math.max(...row.map((f) => linesOf(f.value || (f.blank ?? ''), perLine)));
  return Math.max(ROW_MM, lines * LINE_MM + 3);
}

/** The 说明 box takes what the stage's lines leave of the page, so every page is a full form. */
function notesMm(rows: readonly RecordRow[], notes: readonly string[]): number {
  const left = FORM_BODY_MM - rows.reduce((mm, r) => mm + rowMm(r), 0);
  const needed = notes.reduce((n, t) => n + linesOf(t, WIDE_CHARS + 12), 0) * LINE_MM + 4;
  return Math.round(Math.max(40, needed, left));
}

function Row({ row }: { row: RecordRow }) {
  return (
    <tr style={{ height: `${rowMm(row)}mm` }}>
      {row.map((f) => (
        <Field key={f.label} field={f} wide={row.length === 1} />
      ))}
    </tr>
  );
}

/**
 * 需要特别说明的情况: what the app knows (rules broken, notes, 延长/取消); 无 once the stage has
 * begun with nothing to tell, and a blank box while it has not, to be written in by hand.
 */
function Notes({ notes, started, heightMm }: { notes: string[]; started: boolean; heightMm: number }) {
  const text =
    notes.length > 0 ? notes.map((n, i) => (notes.length > 1 ? `${i + 1}. ${n}` : n)) : [started ? '无' : ''];
  return (
    <>
      <tr className="section-head">
        <td colSpan={4}>需要特别说明的情况：</td>
      </tr>
      <tr className="section-text first">
        <td colSpan={4} className="last dev-notes" style={{ height: `${heightMm}mm` }}>
          {text.join('\n')}
        </td>
      </tr>
    </>
  );
}

interface StagePageProps {
  org: string;
  person: DevDetail;
  groupName: string;
  stage: number;
  newPage: boolean;
}

/** One stage of one person on one page, headed with who and which stage it is. */
function StagePage({ org, person, groupName, stage, newPage }: StagePageProps) {
  const rows = stageRows(person, groupName)[stage] ?? [];
  const n = stage + 1;
  const notes = stageNotes(person, n);
  return (
    <section className={['record', 'dev-stage', newPage ? 'new-page' : ''].filter(Boolean).join(' ')}>
      <TitleBlock org={org} ledger={DEVELOPMENT_RECORD_TITLE} />
      <div className="dev-person">
        <span>姓名：{person.name}</span>
        <span>性别：{genderOf(person)}</span>
        <span>出生年月：{formatMonth(person.birthDate)}</span>
        <span>民族：{person.input.ethnicity}</span>
        <span>文化程度：{person.input.education || '\u3000\u3000'}</span>
      </div>
      <table className="form-table dev-record">
        <colgroup>
          <col style={{ width: '23%' }} />
          <col style={{ width: '28%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '33%' }} />
        </colgroup>
        <tbody>
          <tr className="stage-head">
            <th colSpan={4} scope="colgroup">
              {stageHeading(stage)}
            </th>
          </tr>
          {rows.map((r, i) => (
            <Row key={i} row={r} />
          ))}
          <Notes notes={notes} started={stageStarted(person, n)} heightMm={notesMm(rows, notes)} />
        </tbody>
      </table>
      <SignatureBlock {...RECORD_SIGNATURES} />
    </section>
  );
}

/** Five pages per person, one per stage, a page break before each so pages file separately. */
function PersonRecord({
  data,
  person,
  first,
}: {
  data: DevelopmentRecordLedgerData;
  person: DevDetail;
  first: boolean;
}) {
  const groupName = person.input.groupId ? (data.groupNames[person.input.groupId] ?? '') : '';
  return (
    <>
      {STAGE_TITLES.map((_t, stage) => (
        <StagePage
          key={stage}
          org={data.orgName}
          person={person}
          groupName={groupName}
          stage={stage}
          newPage={!first || stage > 0}
        />
      ))}
    </>
  );
}

/**
 * 发展党员全程纪实表 (LEDGERS.md 9c), portrait: one person's record, or everyone's one after the
 * other. One person's file is named after them, as it goes into their 档案.
 */
export function renderDevelopmentRecord(data: DevelopmentRecordLedgerData): LedgerDocument {
  const one = data.single ? data.people[0] : undefined;
  const heading = one ? `${DEVELOPMENT_RECORD_TITLE}（${one.name}）` : `${data.year}年度${DEVELOPMENT_RECORD_TITLE}`;
  const children =
    data.people.length === 0 ? (
      <EmptyYear org={data.orgName} title={`${data.year}年度${DEVELOPMENT_RECORD_TITLE}`} />
    ) : (
      data.people.map((p, i) => <PersonRecord key={p.id} data={data} person={p} first={i === 0} />)
    );
  return {
    id: 'development-record',
    title: DEVELOPMENT_RECORD_TITLE,
    fileName: safeFileName(`${data.orgName}-${heading}`, 'pdf'),
    orientation: 'portrait',
    headerLeft: data.orgName,
    headerRight: one ? one.name : `${data.year}年度`,
    // The HTML title becomes the PDF's Title: name the branch too, as the file name does.
    html: renderDocument({ title: `${data.orgName}${heading}`, orientation: 'portrait', children }),
  };
}
