import { Alert, App, Button, Segmented, Select, Space, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { OFFICE_REPORT_TITLES, OFFICE_REPORTS, type OfficeReportId } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { LedgerFrame } from '../print/LedgerFrame.js';

const thisYear = new Date().getFullYear();
const YEAR_OPTIONS = Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }));

function isReport(v: string | null): v is OfficeReportId {
  return (OFFICE_REPORTS as readonly (string | null)[]).includes(v);
}

/** The office's five summary reports over all branches: preview, print, PDF. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('report');
  const report: OfficeReportId = isReport(chosen) ? chosen : 'office-summary';
  const year = Number(params.get('year') ?? thisYear);
  const [preview, setPreview] = useState<{ key: string; html: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const { message } = App.useApp();
  const key = `${report}:${year}`;

  useEffect(() => {
    let current = true;
    call('office.report', { report, year }).then(
      (r) => {
        if (!current) return;
        setPreview({ key: `${report}:${year}`, html: r.html });
        setError(null);
      },
      (err: unknown) => current && setError(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [report, year]);

  const savePdf = async () => {
    setSaving(true);
    try {
      const pdf = await call('office.reportPdf', { report, year });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      void message.success(`已生成 ${pdf.fileName}`);
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const ready = preview?.key === key;
  const set = (next: { report?: OfficeReportId; year?: number }) =>
    setParams({ report: next.report ?? report, year: String(next.year ?? year) });
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Segmented
        value={report}
        onChange={(v) => set({ report: v })}
        options={OFFICE_REPORTS.map((r) => ({ value: r, label: OFFICE_REPORT_TITLES[r] }))}
      />
      <Space wrap size="middle">
        <Space>
          <label htmlFor="report-year">年度</label>
          <Select
            id="report-year"
            value={year}
            options={YEAR_OPTIONS}
            onChange={(y: number) => set({ year: y })}
            style={{ width: 120 }}
          />
        </Space>
        <Button type="primary" size="large" disabled={!ready} onClick={() => frame.current?.contentWindow?.print()}>
          打印
        </Button>
        <Button size="large" disabled={!ready} loading={saving} onClick={() => void savePdf()}>
          保存为 PDF
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message="报表没有生成" description={error} />}
      {!ready && !error && <Spin size="large" description="正在汇总各支部的数据……" />}
      {ready && <LedgerFrame html={preview.html} orientation="landscape" frameRef={frame} />}
    </div>
  );
}
