import { Alert, Card, Col, Descriptions, Empty, Row, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ORG_TYPE_LABELS } from '../../../electron/api/index.js';
import { HealthBanner } from '../../components/HealthBanner.js';
import { stack } from '../../components/stack.js';
import { termStatusText } from '../../components/termStatus.js';
import { useOverview } from '../../components/useOverview.js';
import { FirstSteps, firstStepsDone } from './FirstSteps.js';
import { PoliticalBirthdays } from './PoliticalBirthdays.js';
import { buildReminders } from './reminders.js';
import { useHomeReminders } from './useHomeReminders.js';

const dash = (v: string | null) => v || '—';

export function HomePage() {
  const overview = useOverview();
  const home = useHomeReminders();
  if (!overview) return <Spin size="large" />;
  const { org, term } = overview;
  const termText = termStatusText(term);
  const steps = home.reminders?.firstSteps;
  // An empty branch owes no meetings yet (buildReminders leaves them out), but its office's notices still show.
  const reminders = buildReminders(overview, home.reminders, home.compliance);

  return (
    <div style={stack(24)}>
      <HealthBanner />
      <Row gutter={[24, 24]}>
        {org.mode === 'branch' && steps && !firstStepsDone(steps) && (
          <Col xs={24}>
            <FirstSteps steps={steps} />
          </Col>
        )}
        <Col xs={24} lg={14}>
          <Card
            title={org.mode === 'branch' ? '本支部' : '本组织'}
            extra={<Link to="/branch">查看和修改</Link>}
            style={{ height: '100%' }}
          >
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {org.name}
            </Typography.Title>
            <Descriptions column={1} styles={{ label: { width: 150 } }}>
              <Descriptions.Item label="组织代码">{org.code}</Descriptions.Item>
              <Descriptions.Item label="所属上级党组织">{dash(org.parentName)}</Descriptions.Item>
              <Descriptions.Item label="组织类别">{ORG_TYPE_LABELS[org.orgType]}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="支委会换届" style={{ height: '100%' }}>
            <Alert
              type={termText.tone}
              showIcon
              title={termText.text}
              action={term.status === 'unknown' ? <Link to="/branch?edit=profile">去填写</Link> : undefined}
              style={{ marginBottom: 16, fontSize: 16 }}
            />
            <Descriptions column={1} styles={{ label: { width: 130 } }}>
              <Descriptions.Item label="本届选举时间">{dash(term.startedOn)}</Descriptions.Item>
              <Descriptions.Item label="每届任期">{term.years} 年</Descriptions.Item>
              <Descriptions.Item label="届满时间">{dash(term.dueOn)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title="提醒" style={{ height: '100%' }}>
            {home.error && (
              <Alert type="error" showIcon title={`部分提醒没有读出来：${home.error}`} style={{ marginBottom: 12 }} />
            )}
            {reminders.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={steps?.members === 0 ? '导入花名册后，这里会提醒待办的事项' : '目前没有需要处理的事项'}
              />
            ) : (
              <ul aria-label="提醒" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
                {reminders.map((r) => (
                  <li key={r.key}>
                    <Alert
                      type={r.tone}
                      showIcon
                      title={r.text}
                      action={<Link to={r.action.to}>{r.action.label}</Link>}
                      style={{ fontSize: 16 }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <PoliticalBirthdays home={home.reminders} failed={home.error !== null} />
        </Col>
      </Row>
    </div>
  );
}
