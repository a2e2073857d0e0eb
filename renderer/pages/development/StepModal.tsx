import { Col, Form, Input, InputNumber, Radio, Row, type FormRule } from 'antd';
import dayjs from 'dayjs';
import {
  DEV_STEP_LABELS,
  RECOMMEND_METHODS,
  stepInput,
  type DevDetail,
  type DevStep,
  type Input as ApiInput,
} from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDevelopmentStore } from '../../stores/development.js';
import { CongressPicker, FormalMemberPicker, GroupPicker } from './pickers.js';
import { STEP_FORMS, stepFieldNames, type StepField } from './stepForms.js';

type StepValues = Omit<ApiInput<'dev.record'>, 'personId' | 'step'>;

const shape = stepInput.shape;
const rule = (field: keyof typeof shape) => contractRule(shape[field]);
/** A required input left empty is caught here, before the main process would refuse it. */
const needed = (message: string): FormRule => ({ required: true, message });
/** Steps with three dates or numbers, shown side by side in one row. */
const DATES_IN_ROW: ReadonlySet<DevStep> = new Set(['training', 'committee_review']);
const methodOptions = RECOMMEND_METHODS.map((m) => ({ value: m, label: m }));

/** Two 正式党员 for 入党介绍人; one or two 培养联系人. */
function helpersRule(step: DevStep): FormRule {
  const sponsors = step === 'sponsors';
  return {
    validator: (_r, ids: string[] | undefined) => {
      const n = ids?.length ?? 0;
      if (sponsors && n !== 2) return Promise.reject(new Error('请选择 2 名入党介绍人'));
      if (!sponsors && n === 0) return Promise.reject(new Error('请选择 1–2 名培养联系人'));
      return Promise.resolve();
    },
  };
}

function FieldInput({
  step,
  field,
  label,
  required,
}: {
  step: DevStep;
  field: StepField;
  label: string;
  required: boolean;
}) {
  const missing = `请填写${label}`;
  const text = (name: 'responsible' | 'ref' | 'formNumber', max: number) => (
    <Col span={12}>
      <Form.Item
        name={name}
        label={label}
        required={required}
        rules={[rule(name), ...(required ? [needed(missing)] : [])]}
      >
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );
  const count = (name: 'yes' | 'no' | 'abstain', words: string) => (
    <Col span={8}>
      <Form.Item
        name={name}
        label={words}
        required
        rules={[rule(name), needed('请填写表决结果（赞成、反对、弃权票数）')]}
      >
        <InputNumber min={0} max={999} precision={0} style={{ width: '100%' }} suffix="票" />
      </Form.Item>
    </Col>
  );
  const date = (name: 'endDate' | 'publicityFrom' | 'publicityTo', words: string, message: string) => (
    <Col span={8}>
      <Form.Item name={name} label={words} required rules={[rule(name), needed(message)]}>
        <IsoDatePicker />
      </Form.Item>
    </Col>
  );

  switch (field) {
    case 'responsible':
      return text('responsible', 40);
    case 'ref':
      return text('ref', 60);
    case 'formNumber':
      return text('formNumber', 40);
    case 'conclusion':
      return (
        <Col span={24}>
          <Form.Item
            name="conclusion"
            label={label}
            required={required}
            rules={[rule('conclusion'), ...(required ? [needed(missing)] : [])]}
          >
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      );
    case 'method':
      return (
        <Col span={24}>
          <Form.Item name="method" label={label} required rules={[rule('method'), needed(`请选择${label}`)]}>
            <Radio.Group aria-label={label} options={methodOptions} optionType="button" buttonStyle="solid" />
          </Form.Item>
        </Col>
      );
    case 'memberIds':
      return (
        <Col span={24}>
          <Form.Item
            name="memberIds"
            label={label}
            required
            rules={[helpersRule(step)]}
            extra={step === 'sponsors' ? '须为 2 名正式党员' : '1–2 名正式党员'}
          >
            <FormalMemberPicker max={2} />
          </Form.Item>
        </Col>
      );
    case 'endDate':
      return date('endDate', label, missing);
    case 'hours':
      return (
        <Col span={8}>
          <Form.Item name="hours" label={label} rules={[rule('hours')]} extra="集中培训应不少于 3 天或 24 学时">
            <InputNumber min={0} max={500} style={{ width: '100%' }} suffix="学时" />
          </Form.Item>
        </Col>
      );
    case 'publicity':
      return (
        <>
          {date('publicityFrom', '公示开始日期', '请填写公示起止日期')}
          {date('publicityTo', '公示结束日期', '请填写公示起止日期')}
        </>
      );
    case 'meetingId':
      return (
        <Col span={12}>
          <Form.Item name="meetingId" label={label}>
            <CongressPicker />
          </Form.Item>
        </Col>
      );
    case 'groupId':
      return (
        <Col span={12}>
          <Form.Item
            name="groupId"
            label={label}
            rules={[rule('groupId')]}
            extra="本支部未设党小组时可不选，只编入支部"
          >
            <GroupPicker />
          </Form.Item>
        </Col>
      );
    case 'votes':
      return (
        <>
          {count('yes', '赞成票')}
          {count('no', '反对票')}
          {count('abstain', '弃权票')}
        </>
      );
  }
}

interface StepModalProps {
  person: DevDetail;
  step: DevStep;
  onClose: () => void;
  onSaved: (p: DevDetail) => void;
}

/** Records one step: its date and exactly the inputs that step needs. */
export function StepModal({ person, step, onClose, onSaved }: StepModalProps) {
  const recordStep = useDevelopmentStore((s) => s.record);
  const form = STEP_FORMS[step];

  const save = async (values: StepValues) => {
    onSaved(await recordStep({ ...values, personId: person.id, step }));
  };

  return (
    <FormModal<StepValues>
      title={`${DEV_STEP_LABELS[step]}：${person.name}`}
      width={720}
      fields={stepFieldNames(step)}
      initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
      onSave={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={DATES_IN_ROW.has(step) ? 8 : 12}>
          <Form.Item name="date" label={form.date} required rules={[rule('date')]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        {form.fields.map((f) => (
          <FieldInput key={f.field} step={step} field={f.field} label={f.label} required={f.required === true} />
        ))}
        <Col span={24}>
          <Form.Item name="note" label="说明" rules={[rule('note')]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
