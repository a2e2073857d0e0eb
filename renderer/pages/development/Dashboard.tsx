import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { DEV_STAGE_LABELS, DEV_STEP_LABELS, type DevDashboard, type DevStage } from '../../../electron/api/index.js';

/** The five stages a person passes through; 已取消资格 is only counted in the list filter. */
const COUNTED: readonly DevStage[] = ['applicant', 'activist', 'candidate', 'probationary', 'member'];

/** Darker than antd's text colours, so the lines read well on an old monitor. */
const FLAG_RED = '#cf1322';
const WARNING_AMBER = '#ad6800';

type Item = DevDashboard['flags'][number];

function CheckList({ items, danger, label }: { items: Item[]; danger: boolean; label: string }) {
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
      {items.map((c) => (
        <li key={`${c.personId}-${c.step}-${c.message}`}>
          <Link to={`/development/${c.personId}`} style={{ fontWeight: 600 }}>
            {c.name}
          </Link>
          <Typography.Text style={{ marginLeft: 12, color: danger ? FLAG_RED : WARNING_AMBER }}>
            {DEV_STEP_LABELS[c.step]}：{c.message}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

interface DashboardProps {
  dashboard: DevDashboard;
  /** Picking a stage's number filters the list below to that stage. */
  onStage: (stage: DevStage) => void;
}

/** How many people are at each stage, what falls due within 30 days and what is already wrong. */
export function Dashboard({ dashboard: d, onStage }: DashboardProps) {
  return (
    <>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 12 }}>
        {COUNTED.map((stage) => (
          <button
            key={stage}
            type="button"
            className="choice-card"
            aria-label={`${DEV_STAGE_LABELS[stage]} ${d.counts[stage]} 人`}
            onClick={() => onStage(stage)}
            style={{ padding: '10px 16px', textAlign: 'center' }}
          >
            <div style={{ fontSize: 34, fontWeight: 600, lineHeight: 1.2, color: '#a8121a' }}>{d.counts[stage]}</div>
            <div style={{ fontSize: 16, color: 'rgba(0,0,0,0.7)' }}>{DEV_STAGE_LABELS[stage]}</div>
          </button>
        ))}
      </div>
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" title={`30 天内到期（${d.upcoming.length}）`} style={{ height: '100%' }}>
            {d.upcoming.length ? (
              <CheckList items={d.upcoming} danger={false} label="30 天内到期" />
            ) : (
              <Typography.Text type="secondary">30 天内没有到期的事项</Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card
            size="small"
            title={<span style={{ color: d.flags.length ? FLAG_RED : undefined }}>{`问题（${d.flags.length}）`}</span>}
            style={{ height: '100%' }}
          >
            {d.flags.length ? (
              <CheckList items={d.flags} danger label="问题" />
            ) : (
              <Typography.Text type="secondary">没有超期或不合规定的步骤</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
