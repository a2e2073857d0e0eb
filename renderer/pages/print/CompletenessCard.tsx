import { Alert, Button, Card, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CompletenessReport } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [0, 1, 2].map((i) => ({ value: THIS_YEAR - i, label: `${THIS_YEAR - i}年` }));

/** 台账完整性检查: what the year still lacks, before its ledgers are printed. */
export function CompletenessCard() {
  const [year, setYear] = useState(THIS_YEAR);
  const [report, setReport] = useState<CompletenessReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const check = async () => {
    setLoading(true);
    setError(null);
    try {
      setReport(await call('ledger.completeness', { year }));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card
      title="台账完整性检查"
      role="region"
      aria-label="台账完整性检查"
      extra={
        <Space>
          <Select aria-label="检查年度" value={year} options={YEARS} onChange={setYear} style={{ width: 110 }} />
          <Button type="primary" loading={loading} onClick={() => void check()}>
            检查
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!report && !error && '打印全年台账前，先检查本年还缺少哪些内容（组织生活会、党费月份、会议记录等）。'}
      {report && report.year === year && report.gaps.length === 0 && (
        <Alert type="success" showIcon title={`${report.year}年台账没有发现缺项`} />
      )}
      {report && report.gaps.length > 0 && (
        <List
          size="small"
          dataSource={report.gaps}
          renderItem={(g) => (
            <List.Item>
              <Space>
                <Tag color="orange">{g.area}</Tag>
                {g.message}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
