import { App, Button, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatYuan, type DuesLedgerRow, type DuesYear } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { stack } from '../../components/stack.js';
import { useFillHeight } from '../../components/useFillHeight.js';
import { yuan } from './common.js';
import { CollectMonthModal } from './CollectMonthModal.js';
import { GRID_WIDTH, gridColumns } from './gridColumns.js';
import { useReadOnly } from '../../stores/lens.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Table header, the total row and the page's bottom padding. */
const BELOW_TABLE = 40 + 40 + 24;
/**
 * A month's total is wider than a member's amount: without grouping, a little smaller and
 * reaching into the cell's padding, it stays on one line in the narrow month column.
 */
const MONTH_TOTAL = { display: 'block', margin: '0 -5px', whiteSpace: 'nowrap', fontSize: 13 } as const;
const TOTAL_CELL = { fontSize: 14 } as const;

interface YearGridProps {
  ledger: DuesYear | null;
  loading: boolean;
  onPay: (memberId?: string, month?: string) => void;
}

/** 合计: what was paid each month and in the year, and what is still owed. */
function TotalRow({ ledger }: { ledger: DuesYear }) {
  const sum = (pick: (r: DuesLedgerRow) => number) => formatYuan(ledger.rows.reduce((s, r) => s + pick(r), 0));
  return (
    <Table.Summary.Row style={{ background: '#fafafa' }}>
      <Table.Summary.Cell index={0} colSpan={2}>
        <strong>合计</strong>
      </Table.Summary.Cell>
      {ledger.monthTotals.map((t, i) => (
        <Table.Summary.Cell key={i} index={i + 2} align="right">
          <span style={MONTH_TOTAL}>{formatYuan(t.paid, false)}</span>
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={14} align="right">
        <span style={TOTAL_CELL}>{sum((r) => r.paidTotal)}</span>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={15} align="right">
        <span style={TOTAL_CELL}>{sum((r) => r.owed)}</span>
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );
}

/** 收缴登记: one line per member, what each paid in each month of the year. */
export function YearGrid({ ledger, loading, onPay }: YearGridProps) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [collecting, setCollecting] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const height = useFillHeight(box, BELOW_TABLE);
  const year = ledger?.year ?? new Date().getFullYear();

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await call('dues.export', { year });
      downloadBase64(file.fileName, file.base64, XLSX);
      void message.success(`已导出 ${file.fileName}`);
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const readOnly = useReadOnly('dues');
  const pay = readOnly ? null : (r: DuesLedgerRow, month?: string) => onPay(r.memberId, month);
  return (
    <div style={stack(12)}>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}
      >
        <Space wrap size={12}>
          {!readOnly && (
            <>
              <Button type="primary" size="large" onClick={() => onPay()}>
                登记交纳
              </Button>
              <Button size="large" onClick={() => setCollecting(true)}>
                本月按核定收齐
              </Button>
            </>
          )}
          <Button size="large" loading={exporting} onClick={() => void exportExcel()}>
            导出 Excel
          </Button>
          <Button size="large" onClick={() => void navigate(`/print/dues?year=${year}`)}>
            打印
          </Button>
          <Button size="large" onClick={() => void navigate(`/print/dues-notice?year=${year}`)}>
            打印收缴公示
          </Button>
        </Space>
        {ledger && (
          <Typography.Text>
            全年应交 {yuan(ledger.due)}，已收缴 {yuan(ledger.collected)}
            ，自愿多交 {yuan(ledger.voluntary)}
            {ledger.fullRemitDue > 0 ? `（其中应全额上缴 ${yuan(ledger.fullRemitDue)}）` : ''}，已上缴{' '}
            {yuan(ledger.remitted)}
          </Typography.Text>
        )}
      </div>
      <Typography.Text type="secondary" style={{ marginTop: -8 }}>
        {readOnly ? '' : '点姓名登记交纳。'}红色“未交”为已过月份没有交足，“—”为当月不在本支部
      </Typography.Text>
      <div ref={box} role="region" aria-label="党费收缴登记">
        <Table<DuesLedgerRow>
          rowKey="memberId"
          size="small"
          bordered
          columns={gridColumns(year, pay)}
          dataSource={ledger?.rows ?? []}
          loading={loading && ledger === null}
          pagination={false}
          scroll={{ x: GRID_WIDTH, y: height }}
          onRow={(r) => (pay ? { onClick: () => pay(r), style: { cursor: 'pointer' } } : {})}
          locale={{ emptyText: '这一年没有需要交纳党费的党员' }}
          summary={() =>
            ledger && ledger.rows.length > 0 ? (
              <Table.Summary fixed="bottom">
                <TotalRow ledger={ledger} />
              </Table.Summary>
            ) : null
          }
        />
      </div>
      {collecting && <CollectMonthModal onClose={() => setCollecting(false)} />}
    </div>
  );
}
