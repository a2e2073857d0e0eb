import { Col, Form, Input, Radio, Select } from 'antd';
import type { ReactNode } from 'react';
import {
  EDUCATIONS,
  ETHNICITIES,
  GENDER_LABELS,
  GENDERS,
  idBirthDate,
  idGender,
  idNumberProblem,
  memberFields,
  normalizeIdNumber,
  OCCUPATIONS,
} from '../../electron/api/index.js';
import { useOrgStore } from '../stores/org.js';
import { contractRule } from './formRules.js';
import { IsoDatePicker } from './IsoDatePicker.js';

/**
 * The identity fields the roster and the 发展党员 register share (the same contract fields,
 * so the same checks). `prefix` is where the form nests them, e.g. `['person']`.
 */
type Field = keyof typeof memberFields;

export const listOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const genderOptions = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));

function item(prefix: readonly string[], field: Field) {
  return { name: [...prefix, field], rules: [contractRule(memberFields[field])] };
}

/** 公民身份号码: a valid number fills in 出生日期 and 性别, which must agree with it anyway. */
export function IdNumberCol({ prefix, span }: { prefix: readonly string[]; span: number }) {
  const form = Form.useFormInstance();
  const typed = (raw: string) => {
    const id = normalizeIdNumber(raw);
    if (idNumberProblem(id) !== null) return;
    form.setFieldValue([...prefix, 'birthDate'], idBirthDate(id));
    form.setFieldValue([...prefix, 'gender'], idGender(id));
    void form.validateFields([
      [...prefix, 'birthDate'],
      [...prefix, 'gender'],
    ]);
  };
  return (
    <Col span={span}>
      <Form.Item {...item(prefix, 'idNumber')} label="公民身份号码" required extra="填好后自动带出出生日期和性别">
        <Input maxLength={20} onChange={(e) => typed(e.target.value)} />
      </Form.Item>
    </Col>
  );
}

/** 性别, 出生日期 and 民族, one third of a row each. */
export function GenderBirthEthnicityCols({ prefix }: { prefix: readonly string[] }) {
  return (
    <>
      <Col span={8}>
        <Form.Item {...item(prefix, 'gender')} label="性别" required>
          <Radio.Group aria-label="性别" options={genderOptions} optionType="button" buttonStyle="solid" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item(prefix, 'birthDate')} label="出生日期" required>
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item(prefix, 'ethnicity')} label="民族" required>
          <Select showSearch={{ optionFilterProp: 'label' }} options={listOptions(ETHNICITIES)} />
        </Form.Item>
      </Col>
    </>
  );
}

type SharedField = 'name' | 'education' | 'occupation' | 'workUnit' | 'phone' | 'address' | 'groupId';

const LABELS: Record<SharedField, string> = {
  name: '姓名',
  education: '学历',
  occupation: '人员类别',
  workUnit: '工作单位及职务',
  phone: '联系电话',
  address: '现居住地',
  groupId: '党小组',
};

function GroupSelect(props: object) {
  const groups = useOrgStore((s) => s.overview?.groups ?? []);
  return (
    <Select
      {...props}
      allowClear
      options={groups.map((g) => ({ value: g.id, label: g.name }))}
      placeholder={groups.length ? '请选择' : '还没有党小组'}
    />
  );
}

function control(field: SharedField): ReactNode {
  switch (field) {
    case 'name':
      return <Input maxLength={20} autoFocus />;
    case 'education':
      return <Select allowClear options={listOptions(EDUCATIONS)} />;
    case 'occupation':
      return <Select allowClear options={listOptions(OCCUPATIONS)} />;
    case 'workUnit':
    case 'address':
      return <Input maxLength={80} />;
    case 'phone':
      return <Input maxLength={20} />;
    case 'groupId':
      return <GroupSelect />;
  }
}

/** One more field both forms share, with the same label, control and contract check. */
export function PersonCol({
  prefix,
  field,
  span = 8,
}: {
  prefix: readonly string[];
  field: SharedField;
  span?: number;
}) {
  return (
    <Col span={span}>
      <Form.Item {...item(prefix, field)} label={LABELS[field]} required={field === 'name'}>
        {control(field)}
      </Form.Item>
    </Col>
  );
}
