import { Alert, Button, Card, Select, Space, Spin, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { stack } from '../../components/stack.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';
import { TalksTab } from '../talks/TalksTab.js';
import { ComplianceCalendar } from './ComplianceCalendar.js';
import { KindChooser } from './KindChooser.js';
import { MeetingList } from './MeetingList.js';
import { ParticipationTab } from './ParticipationTab.js';
import { PrintShortcuts } from './PrintShortcuts.js';
import { YearSummary } from './YearSummary.js';
import { useReadOnly } from '../../stores/lens.js';

const thisYear = new Date().getFullYear();
const YEAR_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }));
const TABS = ['calendar', 'participation', 'talks'] as const;
type Tab = (typeof TABS)[number];

/** 组织生活: the year's calendar and records, who took part, and 谈心谈话. */
export function OrgLifePage() {
  const { year, meetings, talks, compliance, loading, error, load } = useOrgLifeStore();
  const [choosing, setChoosing] = useState(false);
  const readOnly = useReadOnly();
  // `?tab=` keeps the tab when coming back from a record or a print preview.
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((t) => t === asked) ?? 'calendar';
  const setTab = (t: string) => setParams(t === 'calendar' ? {} : { tab: t }, { replace: true });

  useEffect(() => {
    void load();
  }, [load]);

  const thisMonth = year === thisYear && compliance ? Number(compliance.today.slice(5, 7)) - 1 : -1;
  const calendar = (
    <div style={stack(16)}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        {compliance ? (
          <div style={stack(12)}>
            <ComplianceCalendar rows={compliance.rows} meetings={meetings ?? []} thisMonth={thisMonth} />
            <YearSummary c={compliance} onTalks={() => setTab('talks')} />
          </div>
        ) : (
          <Spin />
        )}
      </Card>
      <section aria-label="本年会议和活动记录">
        <MeetingList meetings={meetings ?? []} loading={loading && meetings === null} />
      </section>
    </div>
  );

  return (
    <div style={stack(12)}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <Space wrap size={12}>
          <Select
            aria-label="年度"
            size="large"
            value={year}
            options={YEAR_OPTIONS}
            onChange={(y: number) => void load(y)}
            style={{ width: 120 }}
          />
          {!readOnly && (
            <Button type="primary" size="large" onClick={() => setChoosing(true)}>
              新增记录
            </Button>
          )}
        </Space>
        <PrintShortcuts year={year} />
      </div>
      {error && (
        <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="large"
        items={[
          { key: 'calendar', label: '日历和记录', children: calendar },
          { key: 'participation', label: '党员参加情况', children: <ParticipationTab year={year} /> },
          {
            key: 'talks',
            label: '谈心谈话',
            children: <TalksTab talks={talks ?? []} compliance={compliance} loading={loading && talks === null} />,
          },
        ]}
      />
      {choosing && <KindChooser onClose={() => setChoosing(false)} />}
    </div>
  );
}
