import { Divider } from 'antd';
import dayjs from 'dayjs';
import type { IncomingTransfer, Input, MemberDetail } from '../../../electron/api/index.js';
import { FormModal, type DeepPartial } from '../../components/FormModal.js';
import { useMembersStore } from '../../stores/members.js';
import { LETTER_FIELD_NAMES, LetterFields } from './LetterFields.js';
import { MEMBER_FIELD_NAMES, MemberFields } from './MemberFields.js';
import { NEW_MEMBER } from './MemberFormModal.js';

type TransferInValues = Input<'members.transferIn'>;

/** The contract reports the member's own fields as `member.<field>`. */
const FIELDS = [...MEMBER_FIELD_NAMES.map((f) => `member.${f}`), 'date', ...LETTER_FIELD_NAMES];

interface TransferInModalProps {
  /** A 转出 from another branch of the county, relayed by the office: the form starts filled in. */
  relay?: IncomingTransfer;
  onClose: () => void;
  onSaved?: (member: MemberDetail) => void;
}

function startValues(relay: IncomingTransfer | undefined): DeepPartial<TransferInValues> {
  if (!relay) return { member: NEW_MEMBER, counterpartOrg: '', validDays: 90 };
  return {
    member: relay.member,
    date: dayjs().format('YYYY-MM-DD'),
    counterpartOrg: relay.fromName,
    letterNo: relay.letterNo,
    issuedOn: relay.issuedOn,
    validDays: relay.validDays,
    duesPaidTo: relay.duesPaidTo,
    note: relay.note,
  };
}

/** 转入: a member arrives with a 介绍信; the letter is registered with them. */
export function TransferInModal({ relay, onClose, onSaved }: TransferInModalProps) {
  const transferIn = useMembersStore((s) => s.transferIn);

  const save = async (values: TransferInValues) => {
    onSaved?.(await transferIn(relay ? { ...values, relayId: relay.relayId } : values));
  };

  return (
    <FormModal<TransferInValues>
      title={relay ? `确认转入：${relay.member.name}（${relay.fromName}转来）` : '转入党员（凭组织关系介绍信）'}
      width={900}
      fields={FIELDS}
      initialValues={startValues(relay)}
      onSave={save}
      onClose={onClose}
    >
      <MemberFields prefix={['member']} />
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px', fontSize: 17 }}>
        组织关系介绍信
      </Divider>
      <LetterFields direction="in" dateLabel="转入日期" />
    </FormModal>
  );
}
