import { Button, Card, Descriptions, Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ORG_TYPE_LABELS, type Input, type OrgOverview } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { OrgProfileFields, PROFILE_FIELDS } from '../../components/OrgProfileFields.js';
import { termStatusText, type TermTone } from '../../components/termStatus.js';
import { useOrgStore } from '../../stores/org.js';
import { useReadOnly } from '../../stores/lens.js';

const TAG_COLORS: Record<TermTone, string> = { success: 'green', warning: 'orange', error: 'red', info: 'default' };
const dash = (v: string | null) => v || '—';

/** The organisation's own record; `?edit=profile` opens the form (the home page links there). */
export function ProfileSection({ overview }: { overview: OrgOverview }) {
  const { org, term } = overview;
  const updateProfile = useOrgStore((s) => s.updateProfile);
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === 'profile';
  const termText = termStatusText(term);

  const readOnly = useReadOnly();
  return (
    <Card
      title="基本信息"
      extra={
        readOnly ? null : (
          <Button type="primary" onClick={() => setParams({ edit: 'profile' })}>
            修改基本信息
          </Button>
        )
      }
    >
      <Descriptions bordered column={2} styles={{ label: { width: 170 } }}>
        <Descriptions.Item label="党组织名称（全称）" span={2}>
          {org.name}
        </Descriptions.Item>
        <Descriptions.Item label="组织代码">{org.code}</Descriptions.Item>
        <Descriptions.Item label="组织类别">{ORG_TYPE_LABELS[org.orgType]}</Descriptions.Item>
        <Descriptions.Item label="所属上级党组织">{dash(org.parentName)}</Descriptions.Item>
        <Descriptions.Item label="建立时间">{dash(org.foundedOn)}</Descriptions.Item>
        <Descriptions.Item label="联系人">{dash(org.contactName)}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{dash(org.contactPhone)}</Descriptions.Item>
        <Descriptions.Item label="本届选举时间">{dash(term.startedOn)}</Descriptions.Item>
        <Descriptions.Item label="每届任期">{term.years} 年（村、社区党组织 5 年，其他 3 年）</Descriptions.Item>
        <Descriptions.Item label="届满时间（换届）" span={2}>
          {term.dueOn && <span style={{ marginRight: 16 }}>{term.dueOn}</span>}
          <Tag color={TAG_COLORS[termText.tone]} style={{ fontSize: 15, padding: '2px 8px' }}>
            {termText.text}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      {editing && (
        <FormModal<Input<'org.update'>>
          title="修改基本信息"
          width={820}
          fields={PROFILE_FIELDS}
          initialValues={org}
          onSave={updateProfile}
          onClose={() => setParams({})}
        >
          <OrgProfileFields mode={org.mode} />
        </FormModal>
      )}
    </Card>
  );
}
