import { Spin } from 'antd';
import { useOverview } from '../../components/useOverview.js';
import { CommitteeSection } from './CommitteeSection.js';
import { GroupsSection } from './GroupsSection.js';
import { ProfileSection } from './ProfileSection.js';

/** 支部基本情况: the organisation, its 支委会 and 党小组 on one page. */
export function BranchPage() {
  const overview = useOverview();
  if (!overview) return <Spin size="large" />;
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <section aria-label="基本信息">
        <ProfileSection overview={overview} />
      </section>
      <section aria-label="支委会">
        <CommitteeSection overview={overview} />
      </section>
      <section aria-label="党小组">
        <GroupsSection overview={overview} />
      </section>
    </div>
  );
}
