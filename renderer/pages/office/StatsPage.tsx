import { Alert, Button, Card, Col, Row, Select, Space, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Breakdown, BranchStructure, OfficeStatuses, StructureStats } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { downloadBase64 } from '../../components/download.js';
import { EChart } from '../../components/EChart.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { breakdownChart } from './charts.js';
import { ActivityTable, DuesTable } from './statusTables.js';
import { useOfficeBranches } from './useOfficeBranches.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TOTALS: { key: keyof BranchStructure; title: string }[] = [
  { key: 'total', title: '党员总数' },
  { key: 'formal', title: '正式党员' },
  { key: 'probationary', title: '预备党员' },
  { key: 'female', title: '女党员' },
  { key: 'minority', title: '少数民族' },
  { key: 'age35', title: '35岁及以下' },
  { key: 'age61', title: '61岁及以上' },
  { key: 'college', title: '大专及以上' },
  { key: 'mobile', title: '流动党员' },
  { key: 'newMembers', title: '本年发展' },
  { key: 'confirmed', title: '本年转正' },
  { key: 'applicants', title: '入党申请人' },
  { key: 'activists', title: '积极分子' },
  { key: 'candidates', title: '发展对象' },
];

const structureColumns: TableColumnsType<BranchStructure> = [
  { title: '支部', dataIndex: 'name', width: 230, fixed: 'left' },
  ...TOTALS.map((t) => ({
    title: t.title,
    dataIndex: t.key,
    width: 86,
    align: 'right' as const,
    sorter: (a: BranchStructure, b: BranchStructure) => (a[t.key] as number) - (b[t.key] as number),
  })),
];

function BreakdownCard({ b }: { b: Breakdown }) {
  const total = b.items.reduce((n, i) => n + i.count, 0);
  return (
    <Card size="small" title={`按${b.title}`}>
      <EChart option={breakdownChart(b)} label={`党员按${b.title}统计图`} />
      <Table
        size="small"
        rowKey="label"
        pagination={false}
        dataSource={b.items}
        columns={[
          { title: b.title, dataIndex: 'label' },
          { title: '人数', dataIndex: 'count', align: 'right', width: 80 },
          {
            title: '占比',
            key: 'share',
            align: 'right',
            width: 80,
            render: (_: unknown, i) => (total ? `${((i.count / total) * 100).toFixed(1)}%` : '—'),
          },
        ]}
      />
    </Card>
  );
}

/** 党内统计-style figures over every branch or a chosen few, as of a day; every table to Excel. */
export function StatsPage() {
  const today = new Date().toISOString().slice(0, 10);
  const [asOf, setAsOf] = useState<string>(today);
  const [chosen, setChosen] = useState<string[]>([]);
  const [stats, setStats] = useState<StructureStats | null>(null);
  const [loaded, setLoaded] = useState<{ for: unknown; statuses: OfficeStatuses } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const branches = useOfficeBranches();
  const input = useMemo(
    () => ({ asOf, year: Number(asOf.slice(0, 4)), branches: chosen.length ? chosen : null }),
    [asOf, chosen],
  );

  useEffect(() => {
    let current = true;
    call('office.structure', input).then(
      (s) => {
        if (!current) return;
        setStats(s);
        setError(null);
      },
      (err: unknown) => current && setError(failureMessage(err)),
    );
    // 三会一课 and 党费 as of the day: each branch's own rules run on that day (slower the first time).
    call('office.statuses', input).then(
      (s) => current && setLoaded({ for: input, statuses: s }),
      (err: unknown) => current && setError(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [input]);

  // Figures of another day or choice of branches are not shown while this one's are computed.
  const statuses = loaded?.for === input ? loaded.statuses : null;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await call('office.statsExport', input);
      downloadBase64(f.fileName, f.base64, XLSX);
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <span>截至</span>
        <div style={{ width: 170 }}>
          <IsoDatePicker value={asOf} onChange={(v) => v && setAsOf(v)} />
        </div>
        <Select
          mode="multiple"
          allowClear
          maxTagCount={3}
          placeholder="全部支部"
          style={{ minWidth: 320 }}
          value={chosen}
          onChange={setChosen}
          optionFilterProp="label"
          options={(branches.data?.rows ?? []).map((r) => ({ value: r.code, label: r.name }))}
        />
        <Button onClick={() => void exportXlsx()} loading={exporting}>
          导出 Excel
        </Button>
      </Space>
      {error && <Alert type="error" message={error} />}
      {!stats ? (
        <Spin size="large" />
      ) : (
        <Tabs
          items={[
            {
              key: 'structure',
              label: '党员队伍结构',
              children: (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <Card size="small">
                    <Typography.Text type="secondary">
                      {stats.branches} 个支部，截至 {stats.asOf}
                    </Typography.Text>
                    <Row gutter={[16, 8]} style={{ marginTop: 8 }}>
                      {TOTALS.map((t) => (
                        <Col key={t.key} xs={12} sm={8} md={6} lg={4} xl={3}>
                          <Statistic title={t.title} value={stats.total[t.key] as number} />
                        </Col>
                      ))}
                    </Row>
                  </Card>
                  <Row gutter={[16, 16]}>
                    {stats.breakdowns.map((b) => (
                      <Col key={b.key} xs={24} lg={12}>
                        <BreakdownCard b={b} />
                      </Col>
                    ))}
                  </Row>
                </Space>
              ),
            },
            {
              key: 'branches',
              label: '各支部',
              children: (
                <Table<BranchStructure>
                  size="small"
                  rowKey="code"
                  columns={structureColumns}
                  dataSource={stats.perBranch}
                  scroll={{ x: 1500 }}
                  pagination={{ defaultPageSize: 50, showSizeChanger: true }}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                      {TOTALS.map((t, i) => (
                        <Table.Summary.Cell key={t.key} index={i + 1} align="right">
                          {stats.total[t.key]}
                        </Table.Summary.Cell>
                      ))}
                    </Table.Summary.Row>
                  )}
                />
              ),
            },
            {
              key: 'activity',
              label: '三会一课落实',
              children: statuses ? <ActivityTable rows={statuses.rows} asOf={statuses.asOf} /> : <Spin size="large" />,
            },
            {
              key: 'dues',
              label: '党费收缴',
              children: statuses ? <DuesTable rows={statuses.rows} asOf={statuses.asOf} /> : <Spin size="large" />,
            },
          ]}
        />
      )}
    </Space>
  );
}
