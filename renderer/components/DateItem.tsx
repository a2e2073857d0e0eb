import { Form } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { contractRule } from './formRules.js';
import { IsoDatePicker } from './IsoDatePicker.js';

interface DateItemProps {
  name: string;
  label: string;
  /** The contract's field, so the form checks what the main process will. */
  rule: z.ZodType;
  /** The message for an empty box, when the date is required. */
  requiredMessage?: string;
  extra?: ReactNode;
}

/** A labelled date field of a form: the picker, the contract's check, and the hint below. */
export function DateItem({ name, label, rule, requiredMessage, extra }: DateItemProps) {
  const rules = requiredMessage
    ? [{ required: true, message: requiredMessage }, contractRule(rule)]
    : [contractRule(rule)];
  return (
    <Form.Item name={name} label={label} required={requiredMessage !== undefined} rules={rules} extra={extra}>
      <IsoDatePicker />
    </Form.Item>
  );
}
