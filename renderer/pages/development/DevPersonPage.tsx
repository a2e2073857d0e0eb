import { Loaded } from '../../components/Loaded.js';
import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  DEV_STEP_LABELS,
  GENDER_LABELS,
  type DevDetail,
  type DevEvent,
  type DevStep,
} from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { DevEventModal } from './DevEventModal.js';
import { PersonFormModal } from './PersonFormModal.js';
import { StageTag } from './StageTag.js';
import { StageTimeline } from './StageTimeline.js';
import { StepModal } from './StepModal.js';
import { useDevDetail } from './useDevDetail.js';
import { useEnrolledOffice } from './useEnrolledOffice.js';
import { useReadOnly } from '../../stores/lens.js';

type Dialog = null | 'edit' | { step: DevStep } | { event: DevEvent };

/** One person's 全程纪实: where they stand, what is late, every step and what comes next. */
export function DevPersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { person, error, loading, reload, show } = useDevDetail(id);
  const back = () => void navigate('/development');

  return (
    <Loaded
      value={person}
      loading={loading}
      error={error}
      onRetry={reload}
      back={{ label: '返回发展党员', onClick: back }}
    >
      {(p) => <PersonView person={p} onBack={back} onSaved={show} />}
    </Loaded>
  );
}

const eventOf = (p: DevDetail, e: DevEvent) => p.steps.find((s) => s.step === e);

function PersonView({
  person: p,
  onBack,
  onSaved,
}: {
  person: DevDetail;
  onBack: () => void;
  onSaved: (p: DevDetail) => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const withOffice = useEnrolledOffice();
  const readOnly = useReadOnly();
  const close = () => setDialog(null);
  const cancelled = eventOf(p, 'cancel');
  const extended = eventOf(p, 'extend_probation');
  const canExtend = !readOnly && p.stage === 'probationary' && !extended;
  const canCancel = !readOnly && p.stage !== 'member' && p.stage !== 'cancelled';

  return (
    <div style={stack(16)}>
      <Space wrap size="middle" align="center">
        <Button size="large" onClick={onBack}>
          返回发展党员
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        <StageTag stage={p.stage} large />
        {!readOnly && (
          <Button size="large" onClick={() => setDialog('edit')}>
            修改基本信息
          </Button>
        )}
        <Button size="large" href={`#/print/development-record?person=${p.id}`}>
          打印全程纪实表
        </Button>
        {canExtend && (
          <Button size="large" onClick={() => setDialog({ event: 'extend_probation' })}>
            延长预备期
          </Button>
        )}
        {canCancel && (
          <Button size="large" danger onClick={() => setDialog({ event: 'cancel' })}>
            取消资格
          </Button>
        )}
      </Space>
      {p.checks.length > 0 && (
        <div role="region" aria-label="提醒和问题" style={stack(8)}>
          {p.checks.map((c) => (
            <Alert
              key={`${c.step}-${c.message}`}
              type={c.level === 'flag' ? 'error' : 'warning'}
              showIcon
              title={`${DEV_STEP_LABELS[c.step]}：${c.message}`}
            />
          ))}
        </div>
      )}
      {extended && (
        <Alert
          type="info"
          showIcon
          title={`${extended.date} 决定延长预备期 ${extended.details.months ?? ''} 个月：${extended.details.reason ?? ''}`}
        />
      )}
      {cancelled && (
        <Alert type="info" showIcon title={`${cancelled.date} 决定取消资格：${cancelled.details.reason ?? ''}`} />
      )}
      {p.memberId && (
        <Alert
          type="success"
          showIcon
          title={p.stage === 'member' ? '已编入党员花名册（已转正）' : '已编入党员花名册（预备党员）'}
          action={<Link to={`/members/${p.memberId}`}>查看花名册中的记录</Link>}
        />
      )}
      <Descriptions size="small" bordered column={3}>
        <Descriptions.Item label="性别">{GENDER_LABELS[p.gender]}</Descriptions.Item>
        <Descriptions.Item label="出生日期">{p.birthDate}</Descriptions.Item>
        <Descriptions.Item label="公民身份号码">{p.input.idNumber}</Descriptions.Item>
        <Descriptions.Item label="申请时间">{p.appliedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{p.input.phone || '—'}</Descriptions.Item>
        {p.probationEndsOn ? (
          <Descriptions.Item label="预备期至">
            {p.probationEndsOn}
            {extended && `（已延长 ${extended.details.months ?? ''} 个月）`}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label="工作单位">{p.input.workUnit || '—'}</Descriptions.Item>
        )}
      </Descriptions>
      <StageTimeline person={p} onRecord={(step) => setDialog({ step })} withOffice={withOffice} />
      {dialog === 'edit' && <PersonFormModal person={p} onClose={close} onSaved={onSaved} />}
      {dialog !== null && dialog !== 'edit' && 'step' in dialog && (
        <StepModal person={p} step={dialog.step} onClose={close} onSaved={onSaved} />
      )}
      {dialog !== null && dialog !== 'edit' && 'event' in dialog && (
        <DevEventModal person={p} event={dialog.event} onClose={close} onSaved={onSaved} />
      )}
    </div>
  );
}
