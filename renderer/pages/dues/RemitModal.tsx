import { Col, Form, Input, InputNumber, Row } from 'antd';
import { remittanceInput, type Input as OpInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDuesStore } from '../../stores/dues.js';
import { useOrgStore } from '../../stores/org.js';
import { ITEM, useDefaultHandler, yuanInput } from './common.js';
import { todayIso } from './months.js';
import { RecordFields } from './RecordFields.js';
import { collectedIn, nextPeriod, periodLabelOf } from './remitPlan.js';

type RemitValues = OpInput<'dues.remit'>;

const shape = remittanceInput.shape;
const FIELDS = Object.keys(shape);
const FILLED_HINT = '已按这几个月收缴的金额填好，可修改；一次自愿多交 1000 元及以上的，另应全额上缴';

/** When the months change, the label and the amounts collected in them follow. */
function PeriodFields() {
  const form = Form.useFormInstance<RemitValues>();
  const ledger = useDuesStore((s) => s.ledger);
  const follow = () => {
    const { fromMonth, toMonth } = form.getFieldsValue(['fromMonth', 'toMonth']) as Partial<RemitValues>;
    if (!fromMonth || !toMonth || toMonth < fromMonth) return;
    const c = collectedIn(ledger, fromMonth, toMonth);
    form.setFieldsValue({
      periodLabel: periodLabelOf(fromMonth, toMonth),
      amount: yuanInput(c.amount),
      membersCount: c.members,
    });
  };
  return (
    <>
      <Col span={8}>
        <Form.Item style={ITEM} name="fromMonth" label="起始月份" required rules={[contractRule(shape.fromMonth)]}>
          <IsoDatePicker picker="month" allowFuture onChange={follow} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="toMonth" label="截止月份" required rules={[contractRule(shape.toMonth)]}>
          <IsoDatePicker picker="month" allowFuture onChange={follow} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="periodLabel" label="所属期间" required rules={[contractRule(shape.periodLabel)]}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
    </>
  );
}

/** 登记上缴: what the branch handed to the upper level, and when. */
export function RemitModal({ onClose }: { onClose: () => void }) {
  const { ledger, remits, remit } = useDuesStore();
  const parentName = useOrgStore((s) => s.profile?.parentName ?? '');
  const handler = useDefaultHandler();
  const list = remits?.remittances ?? [];
  const period = nextPeriod(list);
  const collected = collectedIn(ledger, period.fromMonth, period.toMonth);
  const receiver = [...list].sort((a, b) => b.remittedOn.localeCompare(a.remittedOn))[0]?.receiver || parentName;

  const save = async (values: RemitValues) => {
    await remit(values);
  };

  return (
    <FormModal<RemitValues>
      title="登记上缴党费"
      width={760}
      fields={FIELDS}
      initialValues={{
        ...period,
        amount: yuanInput(collected.amount),
        membersCount: collected.members,
        remittedOn: todayIso(),
        method: 'transfer',
        handler,
        receiver,
      }}
      onSave={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <PeriodFields />
        <Col span={8}>
          <Form.Item
            style={ITEM}
            name="amount"
            label="上缴金额"
            required
            rules={[contractRule(shape.amount)]}
            tooltip={FILLED_HINT}
          >
            <Input suffix="元" inputMode="decimal" maxLength={12} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item style={ITEM} name="membersCount" label="交纳人数" rules={[contractRule(shape.membersCount)]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <RecordFields
          shape={shape}
          date={{ name: 'remittedOn', label: '上缴日期' }}
          methodLabel="上缴方式"
          receiptLabel="收据编号"
          noteSpan={24}
        >
          <Col span={16}>
            <Form.Item style={ITEM} name="receiver" label="接收单位" rules={[contractRule(shape.receiver)]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </RecordFields>
      </Row>
    </FormModal>
  );
}
