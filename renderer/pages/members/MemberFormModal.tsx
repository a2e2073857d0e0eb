import type { Input, MemberDetail } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { useMembersStore } from '../../stores/members.js';
import { MEMBER_FIELD_NAMES, MemberFields } from './MemberFields.js';

type MemberValues = Input<'members.create'>;

/**
 * What a new member's form starts with: the commonest answers in a village branch. The name
 * starts as '' so an untouched box is reported as 请填写姓名, not as a wrong type.
 */
export const NEW_MEMBER: Partial<MemberValues> = { name: '', ethnicity: '汉族', kind: 'formal' };

interface MemberFormModalProps {
  /** The member being corrected; absent when adding one. */
  member?: MemberDetail;
  onClose: () => void;
  onSaved?: (member: MemberDetail) => void;
}

/** 新增党员 (建档) or 修改信息; lifecycle changes are events, never edits here. */
export function MemberFormModal({ member, onClose, onSaved }: MemberFormModalProps) {
  const createMember = useMembersStore((s) => s.create);
  const updateMember = useMembersStore((s) => s.update);

  const save = async (values: MemberValues) => {
    const saved = member ? await updateMember({ ...values, id: member.id }) : await createMember(values);
    onSaved?.(saved);
  };

  return (
    <FormModal<MemberValues>
      title={member ? `修改党员信息：${member.name}` : '新增党员'}
      width={900}
      fields={MEMBER_FIELD_NAMES}
      initialValues={member ? member.input : NEW_MEMBER}
      onSave={save}
      onClose={onClose}
    >
      <MemberFields />
    </FormModal>
  );
}
