import { Alert, Button, Card, Input, Progress, Segmented, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { OfficeBranchRow } from '../../../electron/api/index.js';
import { HealthBanner } from '../../components/HealthBanner.js';
import {
  bundleLight,
  devLight,
  devText,
  duesLight,
  duesText,
  LIGHT_RANK,
  LightText,
  orgLifeLight,
  orgLifeText,
  STALE_BUNDLE_DAYS,
  termLight,
  termText,
  type Light,
} from './lights.js';
import { useBranchLens } from './useBranchLens.js';
import { FILTERS, found, matches, type Filter } from './overviewFilter.js';
import { useOfficeBranches } from './useOfficeBranches.js';

const byLight = (f: (r: OfficeBranchRow) => Light) => (a: OfficeBranchRow, b: OfficeBranchRow) =>
  LIGHT_RANK[f(a)] - LIGHT_RANK[f(b)];

function columns(open: (r: OfficeBranchRow) => void): TableColumnsType<OfficeBranchRow> {
  const pending = <Typography.Text type="secondary">计算中…</Typography.Text>;
  return [
    {
      title: '支部',
      dataIndex: 'name',
      width: 230,
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={() => open(r)}>{name}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
            {r.revoked ? '（已停用）' : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '最近数据包',
      key: 'bundle',
      width: 110,
      sorter: (a, b) => (a.daysSinceBundle ?? 1e9) - (b.daysSinceBundle ?? 1e9),
      render: (_: unknown, r) => (
        <Tooltip title={r.lastBundleOn ? `最近一次导入：${r.lastBundleOn}，共 ${r.bundles} 个数据包` : undefined}>
          <span>
            <LightText light={bundleLight(r)}>
              {r.daysSinceBundle === null ? '尚未报送' : r.daysSinceBundle === 0 ? '今天' : `${r.daysSinceBundle} 天前`}
            </LightText>
          </span>
        </Tooltip>
      ),
    },
    { title: '党员', dataIndex: 'members', width: 70, align: 'right', sorter: (a, b) => a.members - b.members },
    {
      title: '组织生活',
      key: 'orgLife',
      width: 180,
      sorter: byLight((r) => orgLifeLight(r.status)),
      render: (_: unknown, r) =>
        r.status ? <LightText light={orgLifeLight(r.status)}>{orgLifeText(r.status)}</LightText> : pending,
    },
    {
      title: '党费',
      key: 'dues',
      width: 200,
      sorter: byLight((r) => duesLight(r.status)),
      render: (_: unknown, r) =>
        r.status ? <LightText light={duesLight(r.status)}>{duesText(r.status)}</LightText> : pending,
    },
    {
      title: '发展党员',
      key: 'dev',
      width: 190,
      sorter: byLight((r) => devLight(r.status)),
      render: (_: unknown, r) =>
        r.status ? <LightText light={devLight(r.status)}>{devText(r.status)}</LightText> : pending,
    },
    {
      title: '换届',
      key: 'term',
      width: 160,
      sorter: byLight((r) => termLight(r.status)),
      render: (_: unknown, r) =>
        r.status ? <LightText light={termLight(r.status)}>{termText(r.status)}</LightText> : pending,
    },
    {
      title: '操作',
      key: 'open',
      width: 80,
      render: (_: unknown, r) => (
        <Button size="small" disabled={r.bundles === 0} onClick={() => open(r)}>
          查看
        </Button>
      ),
    },
  ];
}

/** The office's home: every branch, its last bundle, and a light for each area of supervision. */
export function OverviewPage() {
  const { data, error, progress, reload } = useOfficeBranches();
  const { open } = useBranchLens();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const shown = useMemo(() => {
    return rows.filter((r) => matches(r, filter) && found(r, search));
  }, [rows, filter, search]);
  const count = (f: Filter) => rows.filter((r) => matches(r, f)).length;
  const cols = useMemo(() => columns((r) => open(r.code, r.name)), [open]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <HealthBanner />
      {error && (
        <Alert
          type="error"
          message={error}
          action={
            <Button size="small" onClick={reload}>
              重试
            </Button>
          }
        />
      )}
      <Card size="small">
        <Space size={40} wrap>
          <Statistic title="支部" value={rows.length} />
          <Statistic title="党员" value={rows.reduce((n, r) => n + r.members, 0)} />
          <Statistic title="组织生活有逾期" value={count('orgLife')} suffix="个支部" />
          <Statistic title="党费有欠交" value={count('dues')} suffix="个支部" />
          <Statistic title="发展党员超时限" value={count('dev')} suffix="个支部" />
          <Statistic title="换届临近或超期" value={count('term')} suffix="个支部" />
          <Statistic title={`超过${STALE_BUNDLE_DAYS}天未报送`} value={count('bundle')} suffix="个支部" />
        </Space>
      </Card>
      {progress && (
        <Alert
          type="info"
          message={
            <Space>
              正在按各支部的规则计算今天的状态
              <Progress
                percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
                size="small"
                style={{ width: 200 }}
              />
            </Space>
          }
        />
      )}
      <Space wrap>
        <Segmented
          options={FILTERS.map((f) => ({ value: f.value, label: f.label }))}
          value={filter}
          onChange={(v) => setFilter(v)}
        />
        <Input.Search
          allowClear
          placeholder="支部名称或代码"
          style={{ width: 220 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </Space>
      <Table<OfficeBranchRow>
        rowKey="code"
        size="middle"
        loading={!data && !error}
        columns={cols}
        dataSource={shown}
        scroll={{ x: 1200 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (n) => `共 ${n} 个支部` }}
        locale={{ emptyText: data ? '没有符合条件的支部' : '正在读取……' }}
      />
    </Space>
  );
}
