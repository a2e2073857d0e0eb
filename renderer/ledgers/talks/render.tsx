// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { Talk } from '../../../electron/api/talks.js';
import { FormTable, type FormRow } from '../components/FormTable.js';
import { EmptyYear, RecordPage, renderYearDocument } from '../components/RecordPage.js';
import { formatChineseDate } from '../format.js';
import { textPieces } from '../text.js';
import type { LedgerDocument, TalksLedgerData } from '../types.js';

export const TALKS_LEDGER_TITLE = '谈心谈话记录表';

/** `张建国（党支部书记）`: a person with the post or standing they talked in. */
export function withPost(name: string, post: string): string {
  return post.trim() ? `${name}（${post.trim()}）` : name;
}

/** A talk is signed by both sides. */
export const TALK_SIGNERS = ['谈话人签字', '谈话对象签字'] as const;

function talkRows(t: Talk): FormRow[] {
  return [
    {
      fields: [
        { label: '谈话人（职务）', value: withPost(t.talker, t.talkerPost) },
        { label: '谈话对象（职务/身份）', value: withPost(t.talkee, t.talkeePost) },
      ],
    },
    {
      fields: [
        { label: '时间', value: formatChineseDate(t.heldOn) },
        { label: '地点', value: t.place },
      ],
    },
    { fields: [{ label: '谈话类型', value: t.talkType }] },
    { fields: [{ label: '主题/提纲', value: t.topic }] },
    { section: '主要内容', pieces: textPieces(t.content), emptyText: '无', minHeightMm: 80 },
    { section: '对方反映的问题和意见建议', pieces: textPieces(t.feedback), emptyText: '无', minHeightMm: 30 },
    { section: '约定事项/落实情况', pieces: textPieces(t.followUp), emptyText: '无', minHeightMm: 30 },
  ];
}

/** One talk per form, each on a new page (LEDGERS.md 7), signed by both sides. */
function TalkForm({ org, talk, first, serial }: { org: string; talk: Talk; first: boolean; serial: number }) {
  return (
    <RecordPage
      org={org}
      title={TALKS_LEDGER_TITLE}
      newPage={!first}
      serial={`第${serial}份`}
      lateRecordedOn={talk.late ? talk.recordedOn : null}
    >
      <FormTable rows={talkRows(talk)} signers={TALK_SIGNERS} />
    </RecordPage>
  );
}

export function renderTalksLedger(data: TalksLedgerData): LedgerDocument {
  return renderYearDocument({
    id: 'talks',
    org: data.orgName,
    title: TALKS_LEDGER_TITLE,
    year: data.year,
    orientation: 'portrait',
    children:
      data.talks.length === 0 ? (
        <EmptyYear org={data.orgName} title={`${data.year}年度${TALKS_LEDGER_TITLE}`} />
      ) : (
        data.talks.map((t, i) => <TalkForm key={t.id} org={data.orgName} talk={t} first={i === 0} serial={i + 1} />)
      ),
  });
}
