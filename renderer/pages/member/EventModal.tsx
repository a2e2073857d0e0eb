import { Alert, App } from 'antd';
import dayjs from 'dayjs';
import {
  LEAVE_KIND_LABELS,
  MEMBER_EVENT_LABELS,
  type Input,
  type LeaveKind,
  type MemberDetail,
} from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { useMembersStore } from '../../stores/members.js';
import { EventFields, eventFieldNames } from './EventFields.js';
import type { MemberAction } from './memberActions.js';
import { usePaidThrough } from './usePaidThrough.js';

/** The form's values: the event without the two parts the page supplies. */
type EventValues = Record<string, unknown>;

/**
 * Today as the date; required texts start as '' so an untouched box says 请填写…. A 转出
 * letter's 党费交至 starts as the last month the member has paid up to, if known.
 */
function startValues(kind: MemberAction['kind'], duesPaidTo: string): EventValues {
  const date = dayjs().format('YYYY-MM-DD');
  if (kind === 'transfer_out') return { date, issuedOn: date, counterpartOrg: '', validDays: 90, duesPaidTo };
  if (kind === 'mobile_start') return { date, destination: '' };
  return { date };
}

interface EventModalProps {
  member: MemberDetail;
  action: MemberAction;
  onClose: () => void;
  onSaved: (member: MemberDetail) => void;
}

/** One lifecycle or flag event, recorded as a dated line in the member's history. */
export function EventModal({ member, action, onClose, onSaved }: EventModalProps) {
  const recordEvent = useMembersStore((s) => s.event);
  const { modal } = App.useApp();
  const label = MEMBER_EVENT_LABELS[action.kind];
  const paidThrough = usePaidThrough(member.id, action.kind === 'transfer_out');

  const save = async (values: EventValues) => {
    if (action.irreversible) {
      const how = typeof values.leaveKind === 'string' ? `（${LEAVE_KIND_LABELS[values.leaveKind as LeaveKind]}）` : '';
      const confirmed = await modal.confirm({
        title: `确认登记 ${member.name} ${label}${how}？`,
        content: `登记后，${member.name}将不再列入在册党员（记录仍保留，可在花名册“已离开”中查到和打印）。请核对无误后再确认。`,
        okText: `确认${label}`,
        okButtonProps: { danger: true },
        cancelText: '再看看',
      });
      if (!confirmed) return false;
    }
    // The form holds exactly this event's fields; the contract checks them again.
    const input = { ...values, kind: action.kind, id: member.id } as Input<'members.event'>;
    onSaved(await recordEvent(input));
  };

  const probationNote =
    (action.kind === 'confirm' || action.kind === 'extend_probation') && member.probationEndsOn
      ? `${member.name}于 ${member.joinedOn} 入党，预备期到 ${member.probationEndsOn} 届满。`
      : null;
  // The form takes its start values once: it opens when the 党费 standing is known.
  if (paidThrough === undefined) return null;
  return (
    <FormModal<EventValues>
      title={`${label}：${member.name}`}
      width={action.kind === 'transfer_out' ? 900 : 680}
      fields={eventFieldNames(action.kind)}
      initialValues={startValues(action.kind, paidThrough)}
      onSave={save}
      onClose={onClose}
      okText={action.irreversible ? '下一步' : '保存'}
    >
      {probationNote && <Alert type="info" showIcon title={probationNote} style={{ marginBottom: 16 }} />}
      <EventFields kind={action.kind} probationary={member.kind === 'probationary'} />
    </FormModal>
  );
}
