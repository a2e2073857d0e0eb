import { Alert, Col, Descriptions, Form, Input, Row } from 'antd';
import dayjs from 'dayjs';
import {
  approvalInput,
  DEV_STEP_LABELS,
  GENDER_LABELS,
  OFFICE_STEP_FORMS,
  type Input as ApiInput,
  type PendingApproval,
} from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';

type Values = Pick<ApiInput<'approvals.record'>, 'date' | 'ref' | 'note'>;

const shape = approvalInput.shape;
const FIELDS = ['date', 'ref', 'note', 'step'];

interface ApprovalModalProps {
  item: PendingApproval;
  onClose: () => void;
  onSaved: () => void;
}

/** The office enters its 备案/预审/审批: the date, the document number and its opinion. */
export function ApprovalModal({ item, onClose, onSaved }: ApprovalModalProps) {
  const words = OFFICE_STEP_FORMS[item.step];
  const save = async (values: Values) => {
    await call('approvals.record', { ...values, personId: item.personId, step: item.step });
    onSaved();
  };

  return (
    <FormModal<Values>
      title={`${DEV_STEP_LABELS[item.step]}：${item.name}`}
      width={640}
      fields={FIELDS}
      initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
      okText="登记"
      onSave={save}
      onClose={onClose}
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="支部">{item.branchName}</Descriptions.Item>
        <Descriptions.Item label="姓名">
          {item.name}（{GENDER_LABELS[item.gender]}）
        </Descriptions.Item>
        <Descriptions.Item label="上一步完成">{item.since}</Descriptions.Item>
        {item.notBefore && <Descriptions.Item label="预备期满">{item.notBefore}</Descriptions.Item>}
      </Descriptions>
      {item.check && (
        <Alert
          type={item.check.level === 'flag' ? 'error' : 'warning'}
          showIcon
          title={item.check.message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="date" label={words.date} required rules={[contractRule(shape.date)]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="ref" label={words.ref} rules={[contractRule(shape.ref)]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="note"
            label="意见"
            rules={[contractRule(shape.note)]}
            extra="登记后随下一次导出的数据包发给该支部，记入其发展党员全程纪实"
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
