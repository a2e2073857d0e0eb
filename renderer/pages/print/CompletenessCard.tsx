import { Alert, App, Button, Card, List, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CompletenessGap, CompletenessReport } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [0, 1, 2].map((i) => ({ value: THIS_YEAR - i, label: `${THIS_YEAR - i}年` }));

function GapList({ gaps }: { gaps: CompletenessGap[] }) {
  return (
    <List
      size="small"
      dataSource={gaps}
      renderItem={(g) => (
        <List.Item>
          <Space>
            <Tag color="orange">{g.area}</Tag>
            {g.message}
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * 台账完整性检查 and the year's 党支部工作手册: printing checks the year first and, when something
 * is missing, lists it and lets the secretary print anyway (an inspector sees the same gaps).
 */
export function CompletenessCard() {
  const { message } = App.useApp();
  const [year, setYear] = useState(THIS_YEAR);
  const [report, setReport] = useState<CompletenessReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [confirming, setConfirming] = useState<CompletenessReport | null>(null);
  const [printing, setPrinting] = useState(false);

  const check = async (): Promise<CompletenessReport | null> => {
    setLoading(true);
    setError(null);
    try {
      const r = await call('ledger.completeness', { year });
      setReport(r);
      return r;
    } catch (err) {
      setError(failureMessage(err));
      return null;
    } finally {
      setLoading(false);
    }
  };

  const printYearbook = async () => {
    setConfirming(null);
    setPrinting(true);
    setError(null);
    try {
      const pdf = await call('ledger.yearbook', { year });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      void message.success(`已生成 ${pdf.fileName}`);
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setPrinting(false);
    }
  };

  const askToPrint = async () => {
    const r = await check();
    if (!r) return;
    if (r.gaps.length === 0) await printYearbook();
    else setConfirming(r);
  };

  return (
    <Card
      title="台账完整性检查和年度工作手册"
      role="region"
      aria-label="台账完整性检查"
      extra={
        <Space wrap>
          <Select aria-label="检查年度" value={year} options={YEARS} onChange={setYear} style={{ width: 110 }} />
          <Button loading={loading && !confirming} onClick={() => void check()}>
            检查
          </Button>
          <Button type="primary" loading={printing} disabled={loading} onClick={() => void askToPrint()}>
            打印工作手册
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {printing && <Alert type="info" showIcon title={`正在生成${year}年度党支部工作手册，台账较多时需要一两分钟…`} />}
      {!report &&
        !error &&
        !printing &&
        '“打印工作手册”把本年全部台账连同封面和目录合成一个 PDF；打印前先检查本年还缺少哪些内容（组织生活会、党费月份、会议记录等）。'}
      {report && report.year === year && report.gaps.length === 0 && (
        <Alert type="success" showIcon title={`${report.year}年台账没有发现缺项`} />
      )}
      {report && report.gaps.length > 0 && <GapList gaps={report.gaps} />}
      <Modal
        open={confirming !== null}
        title={`${confirming?.year ?? year}年台账还缺少以下内容`}
        okText="仍然打印"
        cancelText="先去补齐"
        onOk={() => void printYearbook()}
        onCancel={() => setConfirming(null)}
      >
        <p>检查的人会看到这些缺项。可以先补齐再打印，也可以现在就打印。</p>
        {confirming && <GapList gaps={confirming.gaps} />}
      </Modal>
    </Card>
  );
}
