import { Alert, Col, Form, Input, Row, Select, Tag } from 'antd';
import { parseYuan, paymentInput, type PaymentMethod } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { useDuesStore } from '../../stores/dues.js';
import { ITEM, memberOptions, useDefaultHandler } from './common.js';
import { todayIso } from './months.js';
import { RecordFields } from './RecordFields.js';

interface VoluntaryValues {
  memberId: string;
  amount: string;
  paidOn: string;
  handler: string;
  receiptNo: string;
  method: PaymentMethod;
  note: string;
}

const shape = paymentInput.shape;
const FIELDS = ['memberId', 'amount', 'paidOn', 'handler', 'receiptNo', 'method', 'note'];
/** 1000 元: a single voluntary payment this large goes upward in full (DOMAIN.md, Dues). */
const FULL_REMIT_FEN = 100_000;

function FullRemitHint() {
  const amount = Form.useWatch<string | undefined>('amount');
  const fen = amount ? parseYuan(amount) : null;
  if (fen === null || fen < FULL_REMIT_FEN) return null;
  return (
    <Tag color="red" style={{ fontSize: 14, marginTop: 34 }}>
      全额上缴
    </Tag>
  );
}

/** 自愿多交: paid beyond what is due; it does not count against any month. */
export function VoluntaryModal({ onClose }: { onClose: () => void }) {
  const { ledger, pay } = useDuesStore();
  const handler = useDefaultHandler();

  const save = async (v: VoluntaryValues) => {
    // A voluntary payment belongs to the month it is made in.
    const month = v.paidOn.slice(0, 7);
    await pay({ ...v, kind: 'voluntary', fromMonth: month, toMonth: month });
  };

  return (
    <FormModal<VoluntaryValues>
      title="登记自愿多交党费"
      width={780}
      fields={FIELDS}
      initialValues={{ paidOn: todayIso(), handler, method: 'cash' }}
      onSave={save}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="自愿多交不抵应交党费；一次自愿多交 1000 元及以上的，全额上缴上级党组织。"
      />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item style={ITEM} name="memberId" label="党员" required rules={[contractRule(shape.memberId)]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={memberOptions(ledger)}
              placeholder="输入姓名查找"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item style={ITEM} name="amount" label="金额" required rules={[contractRule(shape.amount)]}>
            <Input suffix="元" inputMode="decimal" maxLength={12} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <FullRemitHint />
        </Col>
        <RecordFields shape={shape} date={{ name: 'paidOn', label: '交纳日期' }} noteSpan={16} />
      </Row>
    </FormModal>
  );
}
