import { App, Col, Form, Input, Radio, Row } from 'antd';
import {
  contract,
  formatYuan,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  type Input as OpInput,
} from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { FormModal } from '../../components/FormModal.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDuesStore } from '../../stores/dues.js';
import { useDefaultHandler } from './common.js';
import { thisMonth, todayIso } from './months.js';

type Values = OpInput<'dues.payMonth'>;
const shape = contract['dues.payMonth'].input.shape;
const FIELDS = Object.keys(shape);
const methodOptions = PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }));

/** 本月按核定收齐: one step for the month everyone paid the assessed amount. */
export function CollectMonthModal({ onClose }: { onClose: () => void }) {
  const load = useDuesStore((s) => s.load);
  const handler = useDefaultHandler();
  const { message, modal } = App.useApp();

  const save = async (values: Values) => {
    const r = await call('dues.payMonth', values);
    await load();
    const m = `${r.month.slice(0, 4)}年${Number(r.month.slice(5, 7))}月`;
    void message.success(
      r.payments > 0 ? `已登记 ${m} ${r.payments} 人，共 ${formatYuan(r.amount)} 元` : `${m}所有已核定的党员都已交足`,
    );
    if (r.unassessed.length > 0)
      modal.info({
        title: '以下党员未核定党费基数，没有登记',
        content: `${r.unassessed.join('、')}：请在“年度核定”中核定后再登记交纳。`,
      });
  };

  return (
    <FormModal<Values>
      title="本月按核定收齐"
      width={640}
      fields={FIELDS}
      initialValues={{ month: thisMonth(), paidOn: todayIso(), handler, method: 'cash' }}
      okText="登记收齐"
      onSave={save}
      onClose={onClose}
    >
      <p>为所选月份还没有交足的每一名党员各登记一笔当月党费（金额为核定的月交额减去已交），已交足的不重复登记。</p>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="month" label="月份" required rules={[contractRule(shape.month)]}>
            <IsoDatePicker picker="month" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="paidOn" label="交纳日期" required rules={[contractRule(shape.paidOn)]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="handler" label="经手人" required rules={[contractRule(shape.handler)]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="method" label="交纳方式">
            <Radio.Group options={methodOptions} optionType="button" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
