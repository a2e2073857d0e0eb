import { Col, Form, Input, Radio, Row } from 'antd';
import { contract, POSITION_LABELS, POSITIONS } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';

export const COMMITTEE_FIELDS = ['position', 'name', 'duty', 'startedOn'] as const;

const shape = contract['committee.save'].input.shape;
const positionOptions = POSITIONS.map((p) => ({ value: p, label: POSITION_LABELS[p] }));

export function CommitteeFields() {
  return (
    <>
      <Form.Item name="position" label="党内职务" required rules={[contractRule(shape.position)]}>
        <Radio.Group aria-label="党内职务" optionType="button" buttonStyle="solid" options={positionOptions} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label="姓名" required rules={[contractRule(shape.name)]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="startedOn" label="任职时间" rules={[contractRule(shape.startedOn)]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="duty" label="分工" rules={[contractRule(shape.duty)]} extra="如：主持支部全面工作">
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
