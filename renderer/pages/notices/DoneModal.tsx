import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { noticeDoneInput, type Input as OpInput } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';

type DoneValues = Omit<OpInput<'notices.markDone'>, 'id'>;

interface DoneModalProps {
  title: string;
  onDone: (values: DoneValues) => Promise<void>;
  onClose: () => void;
}

/** 标记为已办: the day it was done (today unless changed) and, if wished, a word on how. */
export function DoneModal({ title, onDone, onClose }: DoneModalProps) {
  return (
    <FormModal<DoneValues>
      title={`标记为已办：${title}`}
      okText="确认已办"
      fields={['doneOn', 'note']}
      initialValues={{ doneOn: dayjs().format('YYYY-MM-DD'), note: '' }}
      onSave={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="doneOn"
        label="办结日期"
        required
        rules={[{ required: true, message: '请选择办结日期' }, contractRule(noticeDoneInput.shape.doneOn)]}
      >
        <IsoDatePicker />
      </Form.Item>
      <Form.Item name="note" label="办理情况（可不填）" rules={[contractRule(noticeDoneInput.shape.note)]}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={500}
          showCount
          placeholder="如：已于 11 月 25 日召开支部党员大会传达学习，23 名党员参加"
        />
      </Form.Item>
    </FormModal>
  );
}
