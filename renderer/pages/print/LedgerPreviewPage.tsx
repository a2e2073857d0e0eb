import { Alert, App, Button, Result, Select, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { LEDGER_CATALOGUE, type LedgerInfo } from '../../../electron/api/index.js';
import { ApiFailure, call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { useReadOnly } from '../../stores/lens.js';
import { ColumnsDrawer } from './ColumnsDrawer.js';
import { LedgerFrame } from './LedgerFrame.js';
import { useLedgerColumns } from './useLedgerColumns.js';
import { useLedgerPreview } from './useLedgerPreview.js';

const thisYear = new Date().getFullYear();
const YEAR_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }));

export function LedgerPreviewPage() {
  const { ledgerId } = useParams();
  const info = LEDGER_CATALOGUE.find((l) => l.id === ledgerId);
  if (!info) return <Result status="warning" title="没有找到这份台账" extra={<Link to="/print">返回台账列表</Link>} />;
  // Keyed by ledger: moving to another ledger starts afresh (drawer closed, its columns reloaded).
  return <LedgerPreview key={info.id} info={info} />;
}

function LedgerPreview({ info }: { info: LedgerInfo }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = info.yearly ? Number(params.get('year') ?? thisYear) : undefined;
  // One person's 全程纪实表, when opened from their page.
  const person = params.get('person') ?? undefined;
  const preview = useLedgerPreview(info.id, year, person);
  const frame = useRef<HTMLIFrameElement>(null);
  const [savingPdf, setSavingPdf] = useState(false);
  const [pdfProblem, setPdfProblem] = useState<string | null>(null);
  const [columns, setColumns] = useLedgerColumns(info.id);
  const [columnsOpen, setColumnsOpen] = useState(false);
  // Each opening mounts a fresh drawer, whose draft starts from what is saved.
  const [columnsSession, setColumnsSession] = useState(0);
  const { message } = App.useApp();
  const readOnly = useReadOnly();

  const savePdf = async () => {
    setSavingPdf(true);
    setPdfProblem(null);
    try {
      const pdf = await call('ledger.pdf', person ? { ledger: info.id, year, person } : { ledger: info.id, year });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      void message.success(`已生成 ${pdf.fileName}`);
    } catch (err) {
      if (err instanceof ApiFailure && err.code === 'PRINT_UNAVAILABLE') setPdfProblem(err.message);
      else void message.error(failureMessage(err));
    } finally {
      setSavingPdf(false);
    }
  };

  const ready = !preview.loading && preview.ledger !== null;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Space wrap size="middle">
        <Button onClick={() => void navigate('/print')}>返回台账列表</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {info.title}
        </Typography.Title>
        {info.yearly && (
          <Space>
            <label htmlFor="ledger-year">年度</label>
            <Select
              id="ledger-year"
              value={year}
              options={YEAR_OPTIONS}
              onChange={(y: number) => setParams({ year: String(y) })}
              style={{ width: 120 }}
            />
          </Space>
        )}
        <Button type="primary" size="large" disabled={!ready} onClick={() => frame.current?.contentWindow?.print()}>
          打印
        </Button>
        <Button size="large" disabled={!ready} loading={savingPdf} onClick={() => void savePdf()}>
          保存为 PDF
        </Button>
        {/* Free-form records (谈心谈话, 全程纪实表) have no table to arrange. */}
        {!readOnly && columns && columns.tables.length > 0 && (
          <Button
            size="large"
            onClick={() => {
              setColumnsSession((n) => n + 1);
              setColumnsOpen(true);
            }}
          >
            调整列
          </Button>
        )}
      </Space>
      {columns && (
        <ColumnsDrawer
          key={columnsSession}
          open={columnsOpen}
          ledgerTitle={info.title}
          columns={columns}
          onClose={() => setColumnsOpen(false)}
          onSaved={(next) => {
            setColumns(next);
            preview.retry();
          }}
        />
      )}
      {pdfProblem && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setPdfProblem(null) }}
          title="现在无法保存为 PDF"
          description={
            <>
              <div>{pdfProblem}</div>
              <div>也可以点“打印”，在打印对话框中把打印机选为“另存为 PDF”。</div>
            </>
          }
        />
      )}
      {preview.loading && <Spin size="large" description="正在生成预览……" />}
      {preview.error && (
        <Alert
          type="error"
          showIcon
          title="预览没有生成"
          description={preview.error}
          action={<Button onClick={preview.retry}>重试</Button>}
        />
      )}
      {ready && preview.ledger && (
        <LedgerFrame html={preview.ledger.html} orientation={info.orientation} frameRef={frame} />
      )}
    </div>
  );
}
