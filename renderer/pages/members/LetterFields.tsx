import { Col, Form, Input, InputNumber, Row } from 'antd';
import { contract } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { CountyBranchPicker } from './CountyBranchPicker.js';

/** The 介绍信 fields, the same for letters received (转入) and issued (转出). */
export const LETTER_FIELD_NAMES = [
  'letterNo',
  'counterpartOrg',
  'issuedOn',
  'validDays',
  'duesPaidTo',
  'handler',
  'note',
];

const shape = contract['members.transferIn'].input.shape;
const rule = (field: keyof typeof shape) => [contractRule(shape[field])];

/** What 对方党组织 means depends on the direction; the label stays the contract's word. */
const COUNTERPART_HINTS = {
  in: '原所在党组织，即开具介绍信的党组织',
  out: '转往的党组织，即介绍信抬头写的接收党组织',
};

/** `dateLabel` names the day of the move itself (转入日期 / 转出日期), asked first. */
export function LetterFields({ direction, dateLabel }: { direction: 'in' | 'out'; dateLabel: string }) {
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="date" label={dateLabel} required rules={[contractRule(shape.date)]}>
          <IsoDatePicker />
        </Form.Item>
      </Col>
      {direction === 'out' && (
        <Col span={16}>
          <CountyBranchPicker />
          <Form.Item name="counterpartCode" hidden>
            <Input />
          </Form.Item>
        </Col>
      )}
      <Col span={16}>
        <Form.Item
          name="counterpartOrg"
          label="对方党组织"
          required
          rules={rule('counterpartOrg')}
          extra={COUNTERPART_HINTS[direction]}
        >
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="letterNo" label="介绍信编号" rules={rule('letterNo')}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="issuedOn" label="介绍信开具日期" required rules={rule('issuedOn')}>
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="validDays" label="有效期（天）" rules={rule('validDays')}>
          <InputNumber min={1} max={180} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item
          name="duesPaidTo"
          label="党费交至"
          rules={rule('duesPaidTo')}
          // The contract's "not given" is '', a cleared picker gives null.
          normalize={(v: string | null) => v ?? ''}
        >
          <IsoDatePicker picker="month" allowFuture />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="handler" label="经办人" rules={rule('handler')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="note" label="备注" rules={rule('note')}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
