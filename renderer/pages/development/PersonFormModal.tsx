import { Col, Form } from 'antd';
import { developmentOps, type DevDetail, type DevPersonInput } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDevelopmentStore } from '../../stores/development.js';
import { PERSON_FIELD_NAMES, PersonFields } from './PersonFields.js';

interface PersonValues {
  person: DevPersonInput;
  appliedOn: string;
}

const appliedOnRule = contractRule(developmentOps['dev.create'].input.shape.appliedOn);

interface PersonFormModalProps {
  /** The person being corrected; absent when registering a new applicant. */
  person?: DevDetail;
  onClose: () => void;
  onSaved: (p: DevDetail) => void;
}

/** 登记入党申请人 (basic data + the day the application was handed in), or 修改基本信息. */
export function PersonFormModal({ person, onClose, onSaved }: PersonFormModalProps) {
  const createPerson = useDevelopmentStore((s) => s.create);
  const updatePerson = useDevelopmentStore((s) => s.update);

  const save = async (v: PersonValues) => {
    onSaved(person ? await updatePerson({ id: person.id, person: v.person }) : await createPerson(v));
  };

  return (
    <FormModal<PersonValues>
      title={person ? `修改基本信息：${person.name}` : '登记入党申请人'}
      width={860}
      fields={[...PERSON_FIELD_NAMES, 'appliedOn']}
      // The name starts as '' so an untouched box is reported as 请填写姓名, not as a wrong type.
      initialValues={person ? { person: person.input } : { person: { name: '', ethnicity: '汉族' } }}
      onSave={save}
      onClose={onClose}
    >
      <PersonFields
        applied={
          person ? undefined : (
            <Col span={8}>
              <Form.Item
                name="appliedOn"
                label="递交申请书日期"
                required
                rules={[appliedOnRule]}
                extra="递交时应年满 18 周岁"
              >
                <IsoDatePicker />
              </Form.Item>
            </Col>
          )
        }
      />
    </FormModal>
  );
}
