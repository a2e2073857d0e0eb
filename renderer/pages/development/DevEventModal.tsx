import { Alert, App, Col, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import {
  DEV_STAGE_LABELS,
  DEV_STEP_LABELS,
  devEventInput,
  type DevDetail,
  type DevEvent,
  type Input as ApiInput,
} from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDevelopmentStore } from '../../stores/development.js';

type EventValues = Pick<ApiInput<'dev.event'>, 'date' | 'months' | 'reason'>;

const shape = devEventInput.shape;
/** 延长预备期 is at least 6 months and at most a year (党章 art. 7). */
const monthOptions = [6, 7, 8, 9, 10, 11, 12].map((m) => ({ value: m, label: `${m} 个月` }));

interface DevEventModalProps {
  person: DevDetail;
  event: DevEvent;
  onClose: () => void;
  onSaved: (p: DevDetail) => void;
}

/** 延长预备期 (once) or 取消资格, which is confirmed by name before it is recorded. */
export function DevEventModal({ person, event, onClose, onSaved }: DevEventModalProps) {
  const recordEvent = useDevelopmentStore((s) => s.event);
  const { modal } = App.useApp();
  const label = DEV_STEP_LABELS[event];
  const cancel = event === 'cancel';
  const stage = DEV_STAGE_LABELS[person.stage];

  const save = async (values: EventValues) => {
    if (cancel) {
      const confirmed = await modal.confirm({
        title: `确认取消 ${person.name} 的${stage}资格？`,
        content: `取消后不能再为${person.name}登记发展步骤${person.memberId ? '，并将其移出党员花名册' : ''}（记录仍保留备查）。请核对无误后再确认。`,
        okText: '确认取消资格',
        okButtonProps: { danger: true },
        cancelText: '再看看',
      });
      if (!confirmed) return false;
    }
    onSaved(await recordEvent({ ...values, personId: person.id, event }));
  };

  return (
    <FormModal<EventValues>
      title={`${label}：${person.name}`}
      width={640}
      fields={['date', 'months', 'reason']}
      initialValues={{ date: dayjs().format('YYYY-MM-DD'), reason: '', ...(cancel ? {} : { months: 6 }) }}
      onSave={save}
      onClose={onClose}
      okText={cancel ? '下一步' : '保存'}
    >
      {!cancel && person.probationEndsOn && (
        <Alert
          type="info"
          showIcon
          title={`${person.name}的预备期原定到 ${person.probationEndsOn} 届满；预备期只能延长一次，6 至 12 个月。`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="date"
            label={cancel ? '决定日期' : '延长决定日期'}
            required
            rules={[contractRule(shape.date)]}
          >
            <IsoDatePicker />
          </Form.Item>
        </Col>
        {!cancel && (
          <Col span={12}>
            <Form.Item name="months" label="延长时间" required rules={[{ required: true, message: '请选择延长时间' }]}>
              <Select options={monthOptions} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="reason" label="原因" required rules={[contractRule(shape.reason)]}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
