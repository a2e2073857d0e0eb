import { Loaded } from '../../components/Loaded.js';
import { Alert, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MEMBER_KIND_LABELS, MEMBER_STATUS_LABELS, type MemberDetail } from '../../../electron/api/index.js';
import { TransferLettersTable } from '../../components/TransferLettersTable.js';
import { useMembersStore } from '../../stores/members.js';
import { MemberFormModal } from '../members/MemberFormModal.js';
import { MemberTags } from '../members/rosterColumns.js';
import { DuesCard } from './DuesCard.js';
import { EventModal } from './EventModal.js';
import { memberActions, type MemberAction } from './memberActions.js';
import { MemberHistory } from './MemberHistory.js';
import { MemberInfo } from './MemberInfo.js';
import { useMemberDetail } from './useMemberDetail.js';
import { stack } from '../../components/stack.js';
import { useReadOnly } from '../../stores/lens.js';

type Dialog = null | 'edit' | MemberAction;

const ROW_LABEL = { display: 'inline-block', width: 40, color: 'rgba(0,0,0,0.6)' } as const;

export function MemberPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { member, error, loading, reload, show } = useMemberDetail(id);
  const reloadRoster = useMembersStore((s) => s.load);

  return (
    <Loaded
      value={member}
      loading={loading}
      error={error}
      onRetry={reload}
      back={{ label: '返回花名册', onClick: () => void navigate('/members') }}
    >
      {(m) => (
        <MemberView
          member={m}
          onBack={() => void navigate('/members')}
          onSaved={show}
          onLettersChanged={() => {
            reload();
            void reloadRoster();
          }}
        />
      )}
    </Loaded>
  );
}

interface MemberViewProps {
  member: MemberDetail;
  onBack: () => void;
  onSaved: (m: MemberDetail) => void;
  onLettersChanged: () => void;
}

function MemberView({ member: m, onBack, onSaved, onLettersChanged }: MemberViewProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const readOnly = useReadOnly();
  const actions = memberActions(m);
  const actionButton = (a: MemberAction) => (
    <Button key={a.kind} size="large" danger={a.irreversible} onClick={() => setDialog(a)}>
      {a.label}
    </Button>
  );

  return (
    <div style={stack(16)}>
      <Space wrap size="middle" align="center">
        <Button size="large" onClick={onBack}>
          返回花名册
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.name}
        </Typography.Title>
        <Tag color={m.kind === 'probationary' ? 'gold' : 'red'} style={{ fontSize: 15 }}>
          {MEMBER_KIND_LABELS[m.kind]}
        </Tag>
        {m.status === 'active' && <Tag style={{ fontSize: 15 }}>{MEMBER_STATUS_LABELS.active}</Tag>}
        <MemberTags m={m} />
        {!readOnly && (
          <Button type="primary" size="large" onClick={() => setDialog('edit')}>
            修改信息
          </Button>
        )}
      </Space>
      {!readOnly && (
        <Card title="办理事项" size="small">
          {actions.status.length + actions.flags.length === 0 ? (
            <Alert
              type="info"
              showIcon
              title={`${m.name}${MEMBER_STATUS_LABELS[m.status]}（${m.statusSince ?? ''}），记录留存备查，不再办理事项。`}
            />
          ) : (
            <div style={{ display: 'grid', gap: 12 }}>
              {actions.status.length > 0 && (
                <Space wrap>
                  <span style={ROW_LABEL}>党籍</span>
                  {actions.status.map(actionButton)}
                </Space>
              )}
              {actions.flags.length > 0 && (
                <Space wrap>
                  <span style={ROW_LABEL}>标记</span>
                  {actions.flags.map(actionButton)}
                </Space>
              )}
            </div>
          )}
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <MemberInfo m={m} />
        </Col>
        <Col xs={24} xl={9}>
          <div style={stack(16)}>
            <DuesCard m={m} />
            <MemberHistory events={m.events} />
          </div>
        </Col>
      </Row>
      {m.transfers.length > 0 && (
        <Card title="组织关系介绍信" size="small">
          <TransferLettersTable letters={m.transfers} showMember={false} onChanged={onLettersChanged} />
        </Card>
      )}
      {dialog === 'edit' && <MemberFormModal member={m} onClose={() => setDialog(null)} onSaved={onSaved} />}
      {dialog !== null && dialog !== 'edit' && (
        <EventModal member={m} action={dialog} onClose={() => setDialog(null)} onSaved={onSaved} />
      )}
    </div>
  );
}
