import { Alert, Col, Form, Input, Row } from 'antd';
import { z } from 'zod';
import { duesOps, type DuesPayment, type Input as OpInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useDuesStore } from '../../stores/dues.js';
import { ITEM, useDefaultHandler, yuan } from './common.js';
import { spanLabel, todayIso } from './months.js';

type CorrectValues = Omit<OpInput<'dues.correct'>, 'paymentId'>;

const shape: Record<string, z.ZodType> = duesOps['dues.correct'].input.shape;
const FIELDS = ['amount', 'paidOn', 'handler', 'note'];
const rule = (field: string) => (shape[field] ? [contractRule(shape[field])] : []);

/** 更正: a signed amount entered as a new record against the original, which is never changed. */
export function CorrectModal({ payment: p, onClose }: { payment: DuesPayment; onClose: () => void }) {
  const correct = useDuesStore((s) => s.correct);
  const handler = useDefaultHandler();

  const save = async (values: CorrectValues) => {
    await correct({ ...values, paymentId: p.id });
  };

  return (
    <FormModal<CorrectValues>
      title={`更正交纳记录：${p.memberName}`}
      width={680}
      fields={FIELDS}
      initialValues={{ amount: '', paidOn: todayIso(), handler, note: '' }}
      onSave={save}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="原记录不会被修改或删除"
        description={`将新增一条更正记录，与原记录一起留存备查。原记录：${spanLabel(p.fromMonth, p.toMonth)}，${yuan(p.amount)}，${p.paidOn} 交纳，经手人${p.handler}。`}
      />
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            style={ITEM}
            name="amount"
            label="更正金额（增减）"
            required
            rules={rule('amount')}
            tooltip="多记了填负数，如 -9.30；少记了填正数"
          >
            <Input suffix="元" maxLength={12} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item style={ITEM} name="paidOn" label="更正日期" required rules={rule('paidOn')}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item style={ITEM} name="handler" label="经手人" required rules={rule('handler')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item style={ITEM} name="note" label="更正原因" required rules={rule('note')}>
            <Input maxLength={200} placeholder="如：票据金额登记错误" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
