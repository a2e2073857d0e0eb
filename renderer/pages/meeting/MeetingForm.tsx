import { App, Button, Form, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { meetingInput, type MeetingDetail } from '../../../electron/api/index.js';
import { ApiFailure } from '../../api.js';
import { namePath, showFailureOnForm } from '../../components/formRules.js';
import { stack } from '../../components/stack.js';
import { useConfirmDiscard } from '../../components/useConfirmDiscard.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';
import { AttendanceSection } from './AttendanceSection.js';
import { BasicSection } from './BasicSection.js';
import { ContentSection } from './ContentSection.js';
import { liveCounts } from './counts.js';
import { CountsLine } from './CountsLine.js';
import { GradesSection } from './GradesSection.js';
import { mergeAttendance, mergeGrades, partsOf, toInput, type MeetingValues } from './meetingForm.js';
import { RectificationsSection } from './RectificationsSection.js';
import { useEligible } from './useEligible.js';
import { VotesSection } from './VotesSection.js';

const TOP_FIELDS = new Set<string>(Object.keys(meetingInput.shape).filter((k) => k !== 'id'));

/** A grade's index may not match its row (不参评 rows are not sent): told in a message instead. */
function shownOnForm(field: string): boolean {
  const [head = '', index] = field.split('.');
  return TOP_FIELDS.has(head) && !(head === 'grades' && index !== undefined);
}

/**
 * Moves refusals to where they read best: a vote total under its motion (the wide box), and a
 * member no longer expected that day onto their row.
 */
function relocated(err: unknown): unknown {
  if (!(err instanceof ApiFailure)) return err;
  const issues = err.issues.map((i) => ({
    ...i,
    field: i.field
      .replace(/^votes\.(\d+)\.yes$/, 'votes.$1.motion')
      .replace(/^attendance\.(\d+)\.memberId$/, 'attendance.$1.status'),
  }));
  return new ApiFailure({ code: err.code, message: err.message, issues });
}

/** The header line of both the new and the correcting form. */
function FormHeader({ title, onBack }: { title: string; onBack: () => void }) {
  return (
    <Space size="middle">
      <Button size="large" onClick={onBack}>
        返回
      </Button>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
    </Space>
  );
}

interface MeetingFormProps {
  title: string;
  initial: MeetingValues;
  /** The saved record being corrected. */
  saved?: MeetingDetail;
  onSaved: (detail: MeetingDetail) => void;
  onCancel: () => void;
}

/** The whole record on one page, in sections, with the live counts and 保存 always in view. */
export function MeetingForm({ title, initial, saved, onSaved, onCancel }: MeetingFormProps) {
  const [form] = Form.useForm<MeetingValues>();
  const confirmDiscard = useConfirmDiscard(form, initial);
  const leave = () => confirmDiscard(onCancel);
  const [saving, setSaving] = useState(false);
  const saveMeeting = useOrgLifeStore((s) => s.saveMeeting);
  const { message } = App.useApp();

  // `preserve` watches the whole store: a list's rows become fields only once rendered, and
  // memberId is never a field, so watching fields alone would see empty lists.
  const kind = Form.useWatch('kind', { form, preserve: true }) ?? initial.kind;
  const alsoCountsAs = Form.useWatch('alsoCountsAs', { form, preserve: true }) ?? initial.alsoCountsAs;
  // Undefined only before the form has mounted; null is a cleared box.
  const heldOn = Form.useWatch('heldOn', { form, preserve: true });
  const groupId = Form.useWatch('groupId', { form, preserve: true });
  const attendance = Form.useWatch('attendance', { form, preserve: true }) ?? initial.attendance;
  const parts = partsOf(kind, alsoCountsAs);
  const eligible = useEligible(
    kind,
    heldOn === undefined ? initial.heldOn : heldOn,
    parts.group ? (groupId === undefined ? initial.groupId : groupId) : null,
  );
  const members = useMemo(() => new Map((eligible.members ?? []).map((m) => [m.memberId, m])), [eligible.members]);

  // A new 应到 list (another day, kind or group) keeps every mark already made.
  useEffect(() => {
    if (!eligible.members) return;
    const values = form.getFieldsValue(true) as MeetingValues;
    form.setFieldValue('attendance', mergeAttendance(values.attendance, eligible.members));
    if (values.kind === 'appraisal')
      form.setFieldValue('grades', mergeGrades(values.grades, eligible.members, saved !== undefined));
  }, [eligible.members, form, saved]);

  const counts = liveCounts(
    kind,
    attendance.map((a) => ({ status: a.status, voting: members.get(a.memberId)?.voting ?? false })),
    alsoCountsAs,
  );

  const save = async () => {
    setSaving(true);
    try {
      const detail = await saveMeeting(toInput(form.getFieldsValue(true) as MeetingValues, saved?.id));
      void message.success('已保存');
      onSaved(detail);
    } catch (thrown) {
      const err = relocated(thrown);
      const rest = showFailureOnForm(form, err, shownOnForm);
      if (rest) void message.error(rest, 6);
      const first = err instanceof ApiFailure ? err.issues.find((i) => shownOnForm(i.field)) : undefined;
      if (first) form.scrollToField(namePath(first.field), { block: 'center' });
      setSaving(false);
    }
  };

  return (
    <>
      <FormHeader title={title} onBack={leave} />
      <Form<MeetingValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={() => void save()}
        scrollToFirstError={{ block: 'center' }}
        style={stack(16)}
      >
        <BasicSection parts={parts} recordedOn={saved?.recordedOn ?? null} />
        <AttendanceSection kind={kind} eligible={eligible} />
        <ContentSection parts={parts} />
        {parts.votes && <VotesSection votingPresent={counts.votingPresent} />}
        {parts.grades && <GradesSection members={members} />}
        {parts.rectifications && <RectificationsSection />}
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 10,
            display: 'flex',
            flexWrap: 'wrap',
            gap: 12,
            alignItems: 'center',
            justifyContent: 'space-between',
            padding: '12px 16px',
            background: '#fff',
            borderTop: '2px solid #f0f0f0',
            boxShadow: '0 -4px 12px rgba(0,0,0,0.06)',
          }}
        >
          <CountsLine kind={kind} counts={counts} />
          <Space>
            <Button size="large" onClick={leave}>
              取消
            </Button>
            <Button type="primary" size="large" htmlType="submit" loading={saving}>
              保存
            </Button>
          </Space>
        </div>
      </Form>
    </>
  );
}
