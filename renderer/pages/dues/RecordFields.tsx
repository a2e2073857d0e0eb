import { Col, Form, Input, Radio } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { contractRule } from '../../components/formRules.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { ITEM, METHOD_OPTIONS } from './common.js';

interface RecordFieldsProps {
  /** The contract's fields, so each box checks exactly what the main process will. */
  shape: Record<'handler' | 'receiptNo' | 'note', z.ZodType> & Record<string, z.ZodType>;
  date: { name: string; label: string };
  methodLabel?: string;
  receiptLabel?: string;
  /** Placed before 备注 (e.g. 接收单位 of a 上缴). */
  children?: ReactNode;
  noteSpan?: number;
}

/**
 * How money changed hands — 日期, 方式, 经手人, 票据号, 备注 — laid out the same in every
 * 党费 dialog (交纳, 自愿多交, 上缴).
 */
export function RecordFields({
  shape,
  date,
  methodLabel = '方式',
  receiptLabel = '票据号',
  children,
  noteSpan = 8,
}: RecordFieldsProps) {
  return (
    <>
      <Col span={8}>
        <Form.Item
          style={ITEM}
          name={date.name}
          label={date.label}
          required
          rules={[contractRule(shape[date.name] as z.ZodType)]}
        >
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="method" label={methodLabel}>
          <Radio.Group aria-label={methodLabel} options={METHOD_OPTIONS} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="handler" label="经手人" required rules={[contractRule(shape.handler)]}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item style={ITEM} name="receiptNo" label={receiptLabel} rules={[contractRule(shape.receiptNo)]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      {children}
      <Col span={noteSpan}>
        <Form.Item style={ITEM} name="note" label="备注" rules={[contractRule(shape.note)]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </>
  );
}
