import { App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { showFailureOnForm } from './formRules.js';
import { useConfirmDiscard } from './useConfirmDiscard.js';

/** Initial values may leave out fields at any depth (nested forms such as 转入's `member`). */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

interface FormModalProps<V> {
  title: string;
  /** Field names of this form, so refusals from the main process land on the right field. */
  fields: readonly string[];
  initialValues: DeepPartial<V>;
  /** Resolving `false` means the user backed out (e.g. declined a confirmation): stay open. */
  onSave: (values: V) => Promise<void | false>;
  okText?: string;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}

/** A dialog with one form and a 保存 button; the parent mounts it only while it is open. */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { title, fields, initialValues, onSave, onClose, width, okText = '保存', children } = props;
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const confirmDiscard = useConfirmDiscard(form, initialValues);
  const close = () => confirmDiscard(onClose);

  const save = async (values: V) => {
    setSaving(true);
    try {
      if ((await onSave(values)) === false) {
        setSaving(false);
        return;
      }
      void message.success('已保存');
      onClose();
    } catch (err) {
      const rest = showFailureOnForm(form, err, fields);
      if (rest) void message.error(rest);
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      maskClosable={false}
      width={width}
    >
      <Form<V>
        form={form}
        layout="vertical"
        size="large"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        scrollToFirstError
      >
        {children}
        {/* Lets Enter in a text box save, as people expect. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
