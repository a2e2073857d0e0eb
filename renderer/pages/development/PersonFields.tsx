import { Col, Form, Input, Row, Select } from 'antd';
import { devPersonInput, EDUCATIONS, OCCUPATIONS } from '../../../electron/api/index.js';
import type { ReactNode } from 'react';
import { contractRule } from '../../components/formRules.js';
import { GenderBirthEthnicityCols, IdNumberCol, listOptions } from '../../components/PersonCols.js';
import { useOrgStore } from '../../stores/org.js';

type PersonField = keyof typeof devPersonInput.shape;

/** The contract's field names as the form nests them, so refusals land on their field. */
export const PERSON_FIELD_NAMES = Object.keys(devPersonInput.shape).map((f) => `person.${f}`);

const list = listOptions;
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
  const groups = useOrgStore((s) => s.overview?.groups ?? []);
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name }));

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item {...item('name')} label="姓名" required>
          <Input maxLength={20} autoFocus />
        </Form.Item>
      </Col>
      <IdNumberCol prefix={PERSON} span={applied ? 8 : 16} />
      {applied}
      <GenderBirthEthnicityCols prefix={PERSON} />
      <Col span={8}>
        <Form.Item {...item('education')} label="学历">
          <Select allowClear options={list(EDUCATIONS)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('occupation')} label="人员类别">
          <Select allowClear options={list(OCCUPATIONS)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('groupId')} label="党小组">
          <Select allowClear options={groupOptions} placeholder={groups.length ? '请选择' : '还没有党小组'} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('workUnit')} label="工作单位及职务">
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('phone')} label="联系电话">
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('address')} label="现居住地">
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('note')} label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
