import { Col, Form, Input, Row } from 'antd';
import { devPersonInput } from '../../../electron/api/index.js';
import type { ReactNode } from 'react';
import { contractRule } from '../../components/formRules.js';
import { GenderBirthEthnicityCols, IdNumberCol, PersonCol } from '../../components/PersonCols.js';

type PersonField = keyof typeof devPersonInput.shape;

/** The contract's field names as the form nests them, so refusals land on their field. */
export const PERSON_FIELD_NAMES = Object.keys(devPersonInput.shape).map((f) => `person.${f}`);

const PERSON = ['person'];

/**
 * A person's basic data, checked like the roster (they join it as 预备党员 one day). A valid ID
 * number fills in 出生日期 and 性别, which must agree with it anyway. `applied` is the
 * 递交申请书日期 input when registering, kept on the first line so the dialog fits the screen.
 */
export function PersonFields({ applied }: { applied?: ReactNode }) {
  const item = (field: PersonField) => ({
    name: ['person', field],
    rules: [contractRule(devPersonInput.shape[field])],
  });

  return (
    <Row gutter={16}>
      <PersonCol prefix={PERSON} field="name" />
      <IdNumberCol prefix={PERSON} span={applied ? 8 : 16} />
      {applied}
      <GenderBirthEthnicityCols prefix={PERSON} />
      <PersonCol prefix={PERSON} field="education" />
      <PersonCol prefix={PERSON} field="occupation" />
      <PersonCol prefix={PERSON} field="groupId" />
      <PersonCol prefix={PERSON} field="workUnit" span={16} />
      <PersonCol prefix={PERSON} field="phone" />
      <PersonCol prefix={PERSON} field="address" span={16} />
      <Col span={8}>
        <Form.Item {...item('note')} label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
