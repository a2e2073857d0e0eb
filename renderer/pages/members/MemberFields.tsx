import { Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { DEGREES, MEMBER_KIND_LABELS, MEMBER_KINDS, memberFields } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { GenderBirthEthnicityCols, IdNumberCol, listOptions, PersonCol } from '../../components/PersonCols.js';

/** The contract's member field names, so server refusals land on their field. */
export const MEMBER_FIELD_NAMES = Object.keys(memberFields);

const list = listOptions;
const kindOptions = MEMBER_KINDS.map((k) => ({ value: k, label: MEMBER_KIND_LABELS[k] }));
const section = { margin: '4px 0 12px', fontSize: 17 } as const;

/**
 * Every roster field, grouped as on the paper form. `prefix` nests them (转入 sends them as
 * `member`). A valid ID number fills in 出生日期 and 性别, which must agree with it anyway.
 */
export function MemberFields({ prefix = [] }: { prefix?: string[] }) {
  const form = Form.useFormInstance();
  const name = (field: keyof typeof memberFields) => [...prefix, field];
  const item = (field: keyof typeof memberFields) => ({
    name: name(field),
    rules: [contractRule(memberFields[field])],
  });
  const kind = Form.useWatch<string | undefined>(name('kind'), form);

  return (
    <>
      <Divider titlePlacement="start" style={section}>
        基本信息
      </Divider>
      <Row gutter={16}>
        <PersonCol prefix={prefix} field="name" />
        <IdNumberCol prefix={prefix} span={16} />
        <GenderBirthEthnicityCols prefix={prefix} />
        <Col span={8}>
          <Form.Item {...item('nativePlace')} label="籍贯">
            <Input maxLength={40} placeholder="如：河南省太康县" />
          </Form.Item>
        </Col>
        <PersonCol prefix={prefix} field="education" />
        <Col span={8}>
          <Form.Item {...item('degree')} label="学位">
            <Select allowClear options={list(DEGREES)} />
          </Form.Item>
        </Col>
        <PersonCol prefix={prefix} field="occupation" />
        <PersonCol prefix={prefix} field="workUnit" span={16} />
      </Row>
      <Divider titlePlacement="start" style={section}>
        党籍信息
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item {...item('joinedOn')} label="入党日期" required extra="支部大会通过为预备党员之日">
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item {...item('kind')} label="党员类别" required>
            <Radio.Group
              aria-label="党员类别"
              options={kindOptions}
              optionType="button"
              buttonStyle="solid"
              onChange={(e) => {
                // A 预备党员 has no 转正日期; a stale one would only be refused on saving.
                if (e.target.value === 'probationary') form.setFieldValue(name('confirmedOn'), null);
              }}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            {...item('confirmedOn')}
            label="转正日期"
            extra={kind === 'probationary' ? '预备党员转正时再办理“转正”' : undefined}
          >
            <IsoDatePicker disabled={kind === 'probationary'} />
          </Form.Item>
        </Col>
        <PersonCol prefix={prefix} field="groupId" />
        <Col span={16}>
          <Form.Item {...item('partyPost')} label="党内职务">
            <Input maxLength={30} placeholder="如：支部书记、党小组长；没有可不填" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" style={section}>
        联系方式
      </Divider>
      <Row gutter={16}>
        <PersonCol prefix={prefix} field="phone" />
        <PersonCol prefix={prefix} field="address" span={16} />
        <Col span={24}>
          <Form.Item {...item('remarks')} label="备注">
            <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
