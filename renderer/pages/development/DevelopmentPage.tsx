import { Alert, Button, Segmented, Space, Spin, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  DEV_STAGE_LABELS,
  DEV_STAGES,
  DEV_STEP_LABELS,
  GENDER_LABELS,
  type DevCheck,
  type DevStage,
  type DevSummary,
} from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { useDevelopmentStore } from '../../stores/development.js';
import { Dashboard } from './Dashboard.js';
import { PersonFormModal } from './PersonFormModal.js';
import { StageTag } from './StageTag.js';
import { useReadOnly } from '../../stores/lens.js';

export { DevPersonPage } from './DevPersonPage.js';

function ChecksCell({ checks }: { checks: DevCheck[] }) {
  const flags = checks.filter((c) => c.level === 'flag');
  const warnings = checks.filter((c) => c.level === 'warning');
  const tip = (list: DevCheck[]) => list.map((c) => `${DEV_STEP_LABELS[c.step]}：${c.message}`).join('\n');
  return (
    <Space size={4} wrap>
      {flags.length > 0 && (
        <Tooltip title={<div style={{ whiteSpace: 'pre-line' }}>{tip(flags)}</div>}>
          <Tag color="red">{flags.length} 项问题</Tag>
        </Tooltip>
      )}
      {warnings.length > 0 && (
        <Tooltip title={<div style={{ whiteSpace: 'pre-line' }}>{tip(warnings)}</div>}>
          <Tag color="gold">{warnings.length} 项将到期</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

const COLUMNS: TableColumnsType<DevSummary> = [
  {
    title: '姓名',
    dataIndex: 'name',
    width: 110,
    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    render: (name: string, p) => <Link to={`/development/${p.id}`}>{name}</Link>,
  },
  { title: '性别', dataIndex: 'gender', width: 70, render: (g: DevSummary['gender']) => GENDER_LABELS[g] },
  {
    title: '阶段',
    dataIndex: 'stage',
    width: 130,
    sorter: (a, b) => DEV_STAGES.indexOf(a.stage) - DEV_STAGES.indexOf(b.stage),
    render: (s: DevStage) => <StageTag stage={s} />,
  },
  {
    title: '申请时间',
    dataIndex: 'appliedOn',
    width: 120,
    sorter: (a, b) => (a.appliedOn ?? '').localeCompare(b.appliedOn ?? ''),
    render: (d: string | null) => d ?? '—',
  },
  {
    title: '下一步',
    dataIndex: 'nextStep',
    width: 200,
    render: (s: DevSummary['nextStep'], p) => (s ? DEV_STEP_LABELS[s] : p.stage === 'member' ? '已全部完成' : '—'),
  },
  { title: '提醒', key: 'checks', render: (_: unknown, p) => <ChecksCell checks={p.checks} /> },
];

/** 发展党员: the dashboard, then everyone in the pipeline, filtered by stage. */
export function DevelopmentPage() {
  const { list, dashboard, loading, error, stage, setStage, load } = useDevelopmentStore();
  const [creating, setCreating] = useState(false);
  const readOnly = useReadOnly();
  const navigate = useNavigate();

  useEffect(() => {
    void load();
  }, [load]);

  const rows = list ? list.filter((p) => stage === '' || p.stage === stage) : [];
  const count = (s: DevStage) => list?.filter((p) => p.stage === s).length ?? 0;
  const stageOptions = [
    { value: '' as const, label: `全部（${list?.length ?? 0}）` },
    ...DEV_STAGES.map((s) => ({ value: s, label: `${DEV_STAGE_LABELS[s]}（${count(s)}）` })),
  ];

  return (
    <div style={stack(16)}>
      {error && (
        <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />
      )}
      {dashboard ? <Dashboard dashboard={dashboard} onStage={setStage} /> : !error && <Spin size="large" />}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        {readOnly ? (
          <span />
        ) : (
          <Button type="primary" size="large" onClick={() => setCreating(true)}>
            登记入党申请人
          </Button>
        )}
        <Segmented<'' | DevStage> aria-label="按阶段查看" options={stageOptions} value={stage} onChange={setStage} />
      </div>
      <div role="region" aria-label="发展党员名单">
        <Table<DevSummary>
          rowKey="id"
          size="middle"
          columns={COLUMNS}
          dataSource={rows}
          loading={loading && list === null}
          pagination={false}
          onRow={(p) => ({ onDoubleClick: () => void navigate(`/development/${p.id}`), style: { cursor: 'pointer' } })}
          locale={{
            emptyText:
              list === null
                ? '正在读取……'
                : stage
                  ? `没有${DEV_STAGE_LABELS[stage]}`
                  : '还没有登记入党申请人，请点上方“登记入党申请人”',
          }}
        />
      </div>
      {creating && (
        <PersonFormModal onClose={() => setCreating(false)} onSaved={(p) => void navigate(`/development/${p.id}`)} />
      )}
    </div>
  );
}
