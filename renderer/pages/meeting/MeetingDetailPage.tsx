import { Loaded } from '../../components/Loaded.js';
import { Alert, App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  ACTIVITY_SHORT,
  LEDGER_CATALOGUE,
  type ActivityKind,
  type LedgerInfo,
  type MeetingDetail,
} from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';
import { useSettingsStore } from '../../stores/settings.js';
import { AttachmentsCard } from './AttachmentsCard.js';
import { MeetingView } from './MeetingView.js';
import { useMeetingDetail } from './useMeetingDetail.js';
import { useReadOnly } from '../../stores/lens.js';

/** 民主评议 prints as its own results table; every other record is a page of 三会一课记录. */
function printedIn(kind: ActivityKind): LedgerInfo {
  const id = kind === 'appraisal' ? 'appraisal' : 'meetings';
  return LEDGER_CATALOGUE.find((l) => l.id === id) ?? { id, title: '台账', orientation: 'portrait', yearly: true };
}

export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { meeting, error, loading, reload } = useMeetingDetail(id);
  const back = () => void navigate('/org-life');

  return (
    <Loaded
      value={meeting}
      loading={loading}
      error={error}
      onRetry={reload}
      back={{ label: '返回组织生活', onClick: back }}
    >
      {(m) => <MeetingPage m={m} onBack={back} onChanged={reload} />}
    </Loaded>
  );
}

function MeetingPage({ m, onBack, onChanged }: { m: MeetingDetail; onBack: () => void; onChanged: () => void }) {
  const readOnly = useReadOnly();
  const navigate = useNavigate();
  const removeMeeting = useOrgLifeStore((s) => s.removeMeeting);
  const attachmentsEnabled = useSettingsStore((s) => s.settings?.attachmentsEnabled ?? false);
  const loadSettings = useSettingsStore((s) => s.load);
  const { message } = App.useApp();
  const year = m.heldOn.slice(0, 4);
  const ledger = printedIn(m.kind);

  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  const remove = async () => {
    try {
      await removeMeeting(m.id);
      void message.success('已删除');
      onBack();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  return (
    <div style={stack(16)}>
      <Space wrap size="middle" align="center">
        <Button size="large" onClick={onBack}>
          返回组织生活
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Tag color="red" style={{ fontSize: 15 }}>
          {ACTIVITY_SHORT[m.kind]}
        </Tag>
        {m.alsoCountsAs.map((k) => (
          <Tag key={k} style={{ fontSize: 15 }}>
            同时计为{ACTIVITY_SHORT[k]}
          </Tag>
        ))}
        {m.late && (
          <Tag color="orange" style={{ fontSize: 15 }}>
            补录
          </Tag>
        )}
        {!readOnly && (
          <Button type="primary" size="large" onClick={() => void navigate(`/meetings/${m.id}/edit`)}>
            修改
          </Button>
        )}
        {!readOnly && (
          <Popconfirm
            title="删除这条记录？"
            description="删除后不再列出、不再计入组织生活，系统会保留删除痕迹备查。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={remove}
          >
            <Button size="large" danger>
              删除
            </Button>
          </Popconfirm>
        )}
        <Button size="large" onClick={() => void navigate(`/print/${ledger.id}?year=${year}`)}>
          打印{year}年{ledger.title}
        </Button>
      </Space>
      {m.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      {m.late && (
        <Alert
          type="info"
          showIcon
          title={`本记录于 ${m.recordedOn} 登记，距会议日期 ${m.heldOn} 较久，台账和上报中如实标注为“补录”。`}
        />
      )}
      <MeetingView m={m} />
      {(attachmentsEnabled || m.attachments.length > 0) && (
        <AttachmentsCard
          meetingId={m.id}
          attachments={m.attachments}
          enabled={attachmentsEnabled}
          onChanged={onChanged}
        />
      )}
    </div>
  );
}
