// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { AttendanceLine, MeetingDetail } from '../../../electron/api/meetings.js';
import { applyColumnOverrides, type ColumnOverride, type ColumnSpec } from '../columns.js';
import { DataTable } from '../components/DataTable.js';
import { FormTable } from '../components/FormTable.js';
import { RecordPage } from '../components/RecordPage.js';
import { EMPTY, formatTimeRange } from '../format.js';
import { SIGN_IN_COLUMNS } from './columns.js';
import { formLabels, signInTitle } from './labels.js';

/** From this many people the sheet prints two lists side by side: a big branch fits one page. */
export const TWO_UP_FROM = 17;

interface Slot {
  line: AttendanceLine;
  index: number;
}

interface PairRow {
  left: Slot;
  right: Slot | undefined;
}

/** The columns twice over, the right half reading the second half of the list. */
function twoUp(columns: readonly ColumnSpec<AttendanceLine>[]): ColumnSpec<PairRow>[] {
  const side = (name: 'left' | 'right') =>
    columns.map((c): ColumnSpec<PairRow> => ({
      ...c,
      key: `${name}-${c.key}`,
      render: (p) => {
        const slot = p[name];
        return slot ? c.render(slot.line, slot.index) : EMPTY;
      },
    }));
  return [...side('left'), ...side('right')];
}

function pairs(lines: readonly AttendanceLine[]): PairRow[] {
  const half = Math.ceil(lines.length / 2);
  const slot = (i: number): Slot | undefined => {
    const line = lines[i];
    return line ? { line, index: i } : undefined;
  };
  return Array.from({ length: half }, (_, i) => ({ left: slot(i) as Slot, right: slot(i + half) }));
}

export interface SignInSheetProps {
  org: string;
  meeting: MeetingDetail;
  overrides?: readonly ColumnOverride[];
}

/** A meeting's 签到表: everyone expected, with room to sign; those away are marked with why. */
export function SignInSheet({ org, meeting: m, overrides }: SignInSheetProps) {
  const lines = m.attendanceLines;
  const labels = formLabels(m.kind);
  const info = (
    <FormTable
      rows={[
        { fields: [{ label: labels.subject, value: m.title }] },
        { fields: [{ label: '时间', value: formatTimeRange(m.heldOn, m.input.startTime, m.input.endTime) }] },
        {
          fields: [
            { label: '地点', value: m.input.place },
            { label: '应到/实到', value: `${m.counts.expected}人 / ${m.counts.present}人`, center: true },
          ],
        },
      ]}
    />
  );
  const table =
    lines.length >= TWO_UP_FROM ? (
      <DataTable
        columns={twoUp(applyColumnOverrides(SIGN_IN_COLUMNS, overrides))}
        rows={pairs(lines)}
        rowKey={(p) => p.left.line.memberId}
        className="sign-in two-up"
      />
    ) : (
      <DataTable
        columns={SIGN_IN_COLUMNS}
        overrides={overrides}
        rows={lines}
        rowKey={(a) => a.memberId}
        emptyText="未登记应到人员"
        className="sign-in"
      />
    );
  return (
    <RecordPage org={org} title={signInTitle(m)} newPage>
      {info}
      <div className="sheet-gap" />
      {table}
    </RecordPage>
  );
}
