import { Col, Form, Input, Radio, Row } from 'antd';
import { ORG_TYPE_LABELS, ORG_TYPES, profileInput, type Mode } from '../../electron/api/index.js';
import { contractRule } from './formRules.js';
import { IsoDatePicker } from './IsoDatePicker.js';

/** Form field names, as the contract names them (server issues are matched on these). */
export const PROFILE_FIELDS = [
  'name',
  'code',
  'parentName',
  'orgType',
  'foundedOn',
  'termStartedOn',
  'contactName',
  'contactPhone',
] as const;

const shape = profileInput.shape;
const orgTypeOptions = ORG_TYPES.map((t) => ({ value: t, label: ORG_TYPE_LABELS[t] }));

const NAME_EXAMPLES: Record<Mode, string> = {
  branch: '如：中共××县××镇××村支部委员会',
  office: '如：中共××县××镇委员会',
};

/** The organisation's profile fields, shared by first-run setup and the 支部基本情况 page. */
export function OrgProfileFields({ mode }: { mode: Mode }) {
  return (
    <Row gutter={24}>
      <Col span={24}>
        <Form.Item
          name="name"
          label="党组织名称（全称）"
          required
          rules={[contractRule(shape.name)]}
          extra={NAME_EXAMPLES[mode]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="code"
          label="组织代码"
          required
          rules={[contractRule(shape.code)]}
          extra="党员信息系统中的组织代码，只含数字和字母"
        >
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="parentName" label="所属上级党组织" rules={[contractRule(shape.parentName)]}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="orgType"
          label="组织类别"
          required
          rules={[contractRule(shape.orgType)]}
          extra="村、社区党组织每届任期 5 年，其他 3 年"
        >
          <Radio.Group aria-label="组织类别" optionType="button" buttonStyle="solid" options={orgTypeOptions} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="foundedOn" label="建立时间" rules={[contractRule(shape.foundedOn)]}>
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="termStartedOn"
          label="本届选举时间"
          rules={[contractRule(shape.termStartedOn)]}
          extra="用来计算换届时间"
        >
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="contactName" label="联系人" rules={[contractRule(shape.contactName)]}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="contactPhone" label="联系电话" rules={[contractRule(shape.contactPhone)]}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
    </Row>
  );
}
