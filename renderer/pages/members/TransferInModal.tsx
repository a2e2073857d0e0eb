import { Divider } from 'antd';
import type { Input, MemberDetail } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { useMembersStore } from '../../stores/members.js';
import { LETTER_FIELD_NAMES, LetterFields } from './LetterFields.js';
import { MEMBER_FIELD_NAMES, MemberFields } from './MemberFields.js';
import { NEW_MEMBER } from './MemberFormModal.js';

type TransferInValues = Input<'members.transferIn'>;

/** The contract reports the member's own fields as `member.<field>`. */
const FIELDS = [...MEMBER_FIELD_NAMES.map((f) => `member.${f}`), 'date', ...LETTER_FIELD_NAMES];

interface TransferInModalProps {
  onClose: () => void;
  onSaved?: (member: MemberDetail) => void;
}

/** 转入: a member arrives with a 介绍信; the letter is registered with them. */
export function TransferInModal({ onClose, onSaved }: TransferInModalProps) {
  const transferIn = useMembersStore((s) => s.transferIn);

  const save = async (values: TransferInValues) => {
    onSaved?.(await transferIn(values));
  };

  return (
    <FormModal<TransferInValues>
      title="转入党员（凭组织关系介绍信）"
      width={900}
      fields={FIELDS}
      initialValues={{ member: NEW_MEMBER, counterpartOrg: '', validDays: 90 }}
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
