import { Button, Result, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ACTIVITY_LABELS, type MeetingDetail } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { useOrgStore } from '../../stores/org.js';
import { useSettingsStore } from '../../stores/settings.js';
import { blankMeeting, isActivityKind, valuesOf } from './meetingForm.js';
import { MeetingForm } from './MeetingForm.js';
import { useMeetingDetail } from './useMeetingDetail.js';

function useSettingsLoaded() {
  const load = useSettingsStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
}

/** 新增记录: `?kind=` was chosen first (and `groupId` when started from a group's row). */
export function NewMeetingPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const committee = useOrgStore((s) => s.overview?.committee ?? []);
  useSettingsLoaded();
  const kind = params.get('kind');
  // Read once: the form owns its values after the first render.
  const [initial] = useState(() => {
    if (!isActivityKind(kind)) return null;
    const secretary = committee.find((c) => c.position === 'secretary')?.name ?? '';
    // 党小组会 are chaired by the group leader, whom the user picks with the group.
    return blankMeeting(kind, dayjs().format('YYYY-MM-DD'), params.get('groupId'), kind === 'group' ? '' : secretary);
  });
  const back = () => void navigate('/org-life');
  if (!initial || !isActivityKind(kind))
    return (
      <Result status="warning" title="请先选择要登记的活动类型" extra={<Button onClick={back}>返回组织生活</Button>} />
    );
  return (
    <div style={stack(16)}>
      <MeetingForm
        title={`新增记录：${ACTIVITY_LABELS[kind]}`}
        initial={initial}
        onSaved={(d: MeetingDetail) => void navigate(`/meetings/${d.id}`, { replace: true })}
        onCancel={back}
      />
    </div>
  );
}

/** 修改记录: the saved record in the same form. */
export function EditMeetingPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { meeting, error, loading, reload } = useMeetingDetail(id);
  useSettingsLoaded();
  const back = () => void navigate(`/meetings/${id}`);
  if (error) return <Result status="warning" title={error} extra={<Button onClick={reload}>重试</Button>} />;
  if (loading || !meeting) return <Spin size="large" />;
  return (
    <div style={stack(16)}>
      <MeetingForm
        title={`修改记录：${meeting.title}`}
        initial={valuesOf(meeting)}
        saved={meeting}
        onSaved={() => void navigate(`/meetings/${id}`, { replace: true })}
        onCancel={back}
      />
    </div>
  );
}
