import { Alert, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useCallback, useEffect } from 'react';
import { paymentInput, type PaymentMethod } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDuesStore } from '../../stores/dues.js';
import { ITEM, memberOptions, yuanInput } from './common.js';
import { MemberDuesLine } from './MemberDuesLine.js';
import { RecordFields } from './RecordFields.js';
import { quarterMonths, quarterOf, quarterOptions } from './months.js';
import { spanProblem, type PayMode } from './payPlan.js';
import { useOwing } from './useOwing.js';

export interface PayValues {
  memberId: string;
  mode: PayMode;
  /** `2026-Q1`, only while paying 按季度. */
  quarter?: string;
  fromMonth: string;
  toMonth: string;
  amount: string;
  paidOn: string;
  handler: string;
  receiptNo: string;
  method: PaymentMethod;
  note: string;
}

const shape = paymentInput.shape;
const MODE_OPTIONS = [
  { value: 'month', label: '按月' },
  { value: 'quarter', label: '按季度' },
  { value: 'range', label: '预交或补交' },
];

/** The span check belongs to 截止月份 only where that field is shown. */
const spanRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, to: unknown) => {
    const from = getFieldValue('fromMonth');
    if (getFieldValue('mode') === 'month' || typeof from !== 'string' || typeof to !== 'string')
      return Promise.resolve();
    const problem = spanProblem(from, to);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
});

/** The fields of the pay dialog; choosing the member or the months fills in the amount due. */
export function PayFields() {
  const form = Form.useFormInstance<PayValues>();
  const { year, ledger } = useDuesStore();
  const owing = useOwing(ledger);
  const mode = Form.useWatch('mode', form);
  const memberId = Form.useWatch('memberId', form);

  const recompute = useCallback(async () => {
    const v = form.getFieldsValue(['memberId', 'mode', 'fromMonth', 'toMonth']) as Partial<PayValues>;
    const to = v.mode === 'month' ? v.fromMonth : v.toMonth;
    if (!v.memberId || !v.fromMonth || !to || spanProblem(v.fromMonth, to)) return;
    const fen = await owing(v.memberId, v.fromMonth, to);
    // The user may have chosen other months while another year was being read.
    const now = form.getFieldsValue(['memberId', 'fromMonth', 'toMonth', 'mode']) as Partial<PayValues>;
    if (now.memberId === v.memberId && now.fromMonth === v.fromMonth && now.toMonth === v.toMonth)
      form.setFieldValue('amount', yuanInput(fen));
  }, [form, owing]);

  useEffect(() => {
    // The first amount was worked out without other years; correct it once they are read.
    void recompute();
  }, [recompute]);

  // Choosing who pays keeps the months and the way of paying the user chose (never 补交 by itself).
  const chooseMember = () => void recompute();

  const chooseMode = (next: PayMode) => {
    const { fromMonth: from, toMonth: to } = form.getFieldsValue(['fromMonth', 'toMonth']) as Partial<PayValues>;
    if (!from) return;
    if (next === 'month') form.setFieldsValue({ toMonth: from });
    if (next === 'quarter') {
      const q =
        quarterOf(from, to ?? from) ?? `${from.slice(0, 4)}-Q${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1}`;
      const span = quarterMonths(q);
      form.setFieldsValue({ quarter: q, fromMonth: span.from, toMonth: span.to });
    }
    void recompute();
  };

  const chooseQuarter = (q: string) => {
    const span = quarterMonths(q);
    form.setFieldsValue({ fromMonth: span.from, toMonth: span.to });
    void recompute();
  };

  const chooseFrom = (from: string | null) => {
    const to = form.getFieldValue('toMonth') as string | undefined;
    if (from && (mode === 'month' || !to || to < from)) form.setFieldsValue({ toMonth: from });
    void form.validateFields(['toMonth']).catch(() => undefined);
    void recompute();
  };

  const chooseTo = () => {
    void recompute();
  };

  return (
    <Row gutter={16}>
      <Col span={10}>
        <Form.Item style={ITEM} name="memberId" label="党员" required rules={[contractRule(shape.memberId)]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={memberOptions(ledger)}
            onChange={chooseMember}
            placeholder="输入姓名查找"
          />
        </Form.Item>
      </Col>
      <Col span={14}>
        <Form.Item style={ITEM} name="mode" label="交纳类型">
          <Radio.Group
            aria-label="交纳类型"
            optionType="button"
            buttonStyle="solid"
            options={MODE_OPTIONS}
            onChange={(e) => chooseMode(e.target.value as PayMode)}
          />
        </Form.Item>
      </Col>
      {memberId && (
        <Col span={24} style={{ marginTop: -2, marginBottom: 12 }}>
          <MemberDuesLine memberId={memberId} />
        </Col>
      )}
      {mode === 'quarter' && (
        <Col span={8}>
          <Form.Item
            style={ITEM}
            name="quarter"
            label="季度"
            required
            rules={[{ required: true, message: '请选择季度' }]}
          >
            <Select options={quarterOptions(year)} onChange={chooseQuarter} />
          </Form.Item>
        </Col>
      )}
      <Col span={8}>
        <Form.Item
          style={ITEM}
          name="fromMonth"
          label={mode === 'month' ? '月份' : '起始月份'}
          required
          rules={[contractRule(shape.fromMonth)]}
        >
          <IsoDatePicker picker="month" allowFuture disabled={mode === 'quarter'} onChange={chooseFrom} />
        </Form.Item>
      </Col>
      {/* Kept mounted while paying 按月 so 截止月份 follows 月份 into the saved values. */}
      <Col span={8} style={mode === 'month' ? { display: 'none' } : undefined}>
        <Form.Item
          style={ITEM}
          name="toMonth"
          label="截止月份"
          required
          rules={[contractRule(shape.toMonth), spanRule]}
        >
          <IsoDatePicker picker="month" allowFuture disabled={mode === 'quarter'} onChange={chooseTo} />
        </Form.Item>
      </Col>
      {mode === 'range' && (
        <Col span={8}>
          <Alert type="info" title="一次最多 6 个月" style={{ marginTop: 34 }} />
        </Col>
      )}
      <Col span={8}>
        <Form.Item
          style={ITEM}
          name="amount"
          label="金额"
          required
          rules={[contractRule(shape.amount)]}
          tooltip="已按所选月份的应交金额填好；只交一部分的，改为实交金额"
        >
          <Input suffix="元" inputMode="decimal" maxLength={12} />
        </Form.Item>
      </Col>
      <RecordFields shape={shape} date={{ name: 'paidOn', label: '交纳日期' }} />
    </Row>
  );
}
