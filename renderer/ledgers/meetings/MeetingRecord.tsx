// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { MeetingDetail } from '../../../electron/api/meetings.js';
import { THEME_ACTIVITIES, THEME_ACTIVITY_LABELS } from '../../../electron/api/meetingOptions.js';
import { FormTable, type FieldRow, type FormRow } from '../components/FormTable.js';
import { RecordPage } from '../components/RecordPage.js';
import { formatTimeRange } from '../format.js';
import { textPieces } from '../text.js';
import { serialOf } from './columns.js';
import {
  absencesText,
  formLabels,
  gradeSummary,
  kindsOf,
  kindText,
  numbered,
  quorumText,
  recordTitle,
  showsVotes,
  voteLines,
} from './labels.js';

/** 活动形式 of a 主题党日 as printed tick boxes: ☑ for what was done, ☐ for the rest. */
function Ticks({ done }: { done: readonly string[] }) {
  return (
    <span className="ticks">
      {THEME_ACTIVITIES.map((a) => (
        <span key={a} className="tick-item">
          <span className="tick">{done.includes(a) ? '☑' : '☐'}</span>
          {THEME_ACTIVITY_LABELS[a]}
        </span>
      ))}
    </span>
  );
}

const people = (n: number) => `${n}人`;

/** The label/value lines, kind by kind (LEDGERS.md 3–6). */
function fieldRows(m: MeetingDetail, groupLeader: string): FieldRow[] {
  const { input, counts } = m;
  const labels = formLabels(m.kind);
  const kinds = kindsOf(m);
  const committee = m.kind === 'committee';
  const rows: FieldRow[] = [
    { fields: [{ label: labels.subject, value: m.title }] },
    {
      fields: [
        { label: labels.type, value: kindText(m) },
        { label: '地点', value: input.place },
      ],
    },
    { fields: [{ label: '时间', value: formatTimeRange(m.heldOn, input.startTime, input.endTime) }] },
    {
      fields: [
        { label: '主持人', value: input.host },
        { label: '记录人', value: input.recorder },
      ],
    },
    {
      fields: [
        { label: committee ? '应到委员' : '应到人数', value: people(counts.expected), center: true },
        { label: committee ? '实到委员' : '实到人数', value: people(counts.present), center: true },
      ],
    },
  ];
  if (m.kind === 'congress')
    rows.push({
      fields: [
        { label: '有表决权应到', value: people(counts.votingExpected), center: true },
        { label: '有表决权实到', value: people(counts.votingPresent), center: true },
      ],
    });
  const quorum = quorumText(m);
  if (quorum) rows.push({ fields: [{ label: '是否超过半数', value: quorum }] });
  rows.push(
    { fields: [{ label: '请假/缺席人员及原因', value: absencesText(m) || '无' }] },
    { fields: [{ label: '列席人员', value: input.guests || '无' }] },
  );
  if (input.superiors) rows.push({ fields: [{ label: '上级参会/指导人员', value: input.superiors }] });
  if (kinds.includes('group'))
    rows.push({
      fields: [
        { label: '小组名称', value: m.groupName },
        { label: '组长', value: groupLeader },
      ],
    });
  if (kinds.includes('lecture'))
    rows.push(
      {
        fields: [
          { label: '授课人', value: input.lecturer },
          { label: '学时', value: input.lectureHours, center: true },
        ],
      },
      { fields: [{ label: '党课题目', value: input.lectureTitle }] },
    );
  if (kinds.includes('theme_day'))
    rows.push({ fields: [{ label: '活动形式', value: <Ticks done={input.activities} /> }] });
  return rows;
}

const lines = (texts: readonly string[]) => texts.map((text) => ({ text, opensParagraph: false }));

function formRows(m: MeetingDetail, groupLeader: string): FormRow[] {
  const labels = formLabels(m.kind);
  const rows: FormRow[] = [
    ...fieldRows(m, groupLeader),
    {
      section: '议程/议题',
      pieces: lines(textPieces(numbered(m.input.agenda).join('\n')).map((p) => p.text)),
      emptyText: '无',
    },
    { section: labels.minutes, pieces: textPieces(m.input.minutes), emptyText: '无', minHeightMm: 55 },
    { section: labels.decisions, pieces: textPieces(m.input.decisions), emptyText: '无' },
  ];
  if (showsVotes(m)) rows.push({ section: '表决情况', pieces: lines(voteLines(m)), emptyText: '本次会议无表决事项' });
  // The vote counts per member are on the 民主评议党员结果汇总表; the record states the outcome.
  if (m.kind === 'appraisal')
    rows.push({ section: '评议结果', pieces: lines(gradeSummary(m)), emptyText: '未登记评定等次' });
  return rows;
}

/** LEDGERS.md: a meeting record is signed by whoever chaired it and whoever wrote it. */
export const MEETING_SIGNERS = ['主持人签字', '记录人签字'] as const;

export interface MeetingRecordProps {
  org: string;
  meeting: MeetingDetail;
  serial: number;
  groupLeader: string;
}

/** One meeting's record form, on its own pages. */
export function MeetingRecord({ org, meeting: m, serial, groupLeader }: MeetingRecordProps) {
  return (
    <RecordPage
      org={org}
      title={recordTitle(m)}
      newPage
      serial={serialOf(serial)}
      lateRecordedOn={m.late ? m.recordedOn : null}
    >
      <FormTable rows={formRows(m, groupLeader)} signers={MEETING_SIGNERS} />
    </RecordPage>
  );
}
