import { Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import type { z } from 'zod';
import { LEAVE_KIND_LABELS, LEAVE_KINDS, memberEventInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { LetterFields } from '../members/LetterFields.js';
import type { EventKind } from './memberActions.js';

/** Each event's own schema, so every field is checked by the rule the main process applies. */
const SHAPES = Object.fromEntries(
  memberEventInput.options.map((o) => [o.shape.kind.value, o.shape as Record<string, z.ZodType>]),
) as Record<EventKind, Record<string, z.ZodType>>;

const DATE_LABELS: Record<EventKind, string> = {
  confirm: '转正日期',
  extend_probation: '支部大会决定日期',
  transfer_out: '转出日期',
  leave: '出党日期',
  death: '去世日期',
  suspend: '停止党籍日期',
  restore: '恢复党籍日期',
  mobile_start: '外出日期',
  mobile_end: '返回日期',
  lost_start: '失联日期',
  lost_end: '恢复联系日期',
  hardship_start: '认定日期',
  hardship_end: '解除日期',
};

const MOBILE_FIELDS = [
  { name: 'destination', label: '外出地点', required: true, extra: '如：浙江省宁波市' },
  { name: 'reason', label: '外出原因/从事职业' },
  { name: 'org', label: '流入地党组织', extra: '已在外地参加组织生活的，填该党组织' },
  { name: 'card', label: '流动党员活动证号' },
  { name: 'contact', label: '外出期间联系方式' },
  { name: 'dues', label: '党费交纳方式', extra: '如：回村交纳、微信转账' },
];

/** Form field names of an event, so refusals land on them. */
export function eventFieldNames(kind: EventKind): string[] {
  return Object.keys(SHAPES[kind]).filter((f) => f !== 'kind' && f !== 'id');
}

/** The fields one event asks for; `probationary` decides whether 取消预备党员资格 is offered. */
export function EventFields({ kind, probationary }: { kind: EventKind; probationary: boolean }) {
  const shape = SHAPES[kind];
  const rule = (field: string) => (shape[field] ? [contractRule(shape[field])] : []);
  if (kind === 'transfer_out') return <LetterFields direction="out" dateLabel={DATE_LABELS[kind]} />;

  const leaveOptions = LEAVE_KINDS.filter((k) => probationary || k !== 'probation_cancelled').map((k) => ({
    value: k,
    label: LEAVE_KIND_LABELS[k],
  }));
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="date" label={DATE_LABELS[kind]} required rules={rule('date')}>
          <IsoDatePicker />
        </Form.Item>
      </Col>
      {kind === 'extend_probation' && (
        <Col span={12}>
          <Form.Item name="months" label="延长月数" required rules={rule('months')} extra="不少于 6 个月，不超过 1 年">
            <InputNumber min={6} max={12} precision={0} suffix="个月" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      {kind === 'leave' && (
        <Col span={24}>
          <Form.Item name="leaveKind" label="出党方式" required rules={rule('leaveKind')}>
            <Radio.Group aria-label="出党方式" options={leaveOptions} optionType="button" buttonStyle="solid" />
          </Form.Item>
        </Col>
      )}
      {kind === 'mobile_start' &&
        MOBILE_FIELDS.map((f) => (
          <Col span={12} key={f.name}>
            <Form.Item name={f.name} label={f.label} required={f.required} rules={rule(f.name)} extra={f.extra}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        ))}
      {kind !== 'mobile_start' && (
        <Col span={24}>
          <Form.Item name="note" label={kind === 'hardship_start' ? '困难情况' : '备注'} rules={rule('note')}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
