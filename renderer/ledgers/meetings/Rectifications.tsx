// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { MeetingDetail } from '../../../electron/api/meetings.js';
import type { ColumnOverride } from '../columns.js';
import { DataTable } from '../components/DataTable.js';
import { FormTable } from '../components/FormTable.js';
import { RecordPage } from '../components/RecordPage.js';
import { PORTRAIT_TEXT_WIDTH_MM } from '../components/Register.js';
import { SignatureBlock } from '../components/SignatureBlock.js';
import { formatChineseDate, formatChineseMonth } from '../format.js';
import { RECTIFICATION_COLUMNS } from './columns.js';

/** The 整改清单 that goes with a 组织生活会 (LEDGERS.md 5), on its own page for filing and follow-up. */
export function Rectifications({
  org,
  meeting: m,
  overrides,
}: {
  org: string;
  meeting: MeetingDetail;
  overrides?: readonly ColumnOverride[];
}) {
  return (
    <RecordPage org={org} title={`${formatChineseMonth(m.heldOn)} 组织生活会整改清单`} newPage>
      <FormTable
        rows={[
          {
            fields: [
              { label: '会议主题', value: m.title },
              { label: '会议日期', value: formatChineseDate(m.heldOn) },
            ],
          },
        ]}
      />
      <div className="sheet-gap" />
      <DataTable
        columns={RECTIFICATION_COLUMNS}
        overrides={overrides}
        rows={m.input.rectifications}
        rowKey={(_r, i) => String(i)}
        fitWidth={PORTRAIT_TEXT_WIDTH_MM}
        emptyText="未登记整改事项"
        end={<SignatureBlock signers={['填表人', '审核人（书记）']} date />}
      />
    </RecordPage>
  );
}
