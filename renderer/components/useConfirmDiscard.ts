import { App, type FormInstance } from 'antd';

/** Empty in any form a control leaves it ('' after clearing, null, undefined) reads the same. */
function sameValue(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/**
 * Leaving a half-filled form (closing its dialog, 取消, 返回) asks first, so a stray click never
 * throws typing away. One place for every form: a dialog (FormModal) and a whole-page form alike.
 * "Half-filled" means the user changed a value the form opened with: a control that reports a
 * change on its own (or a value the form works out, such as an amount due) does not count.
 */
export function useConfirmDiscard(form: FormInstance, initialValues: object): (leave: () => void) => void {
  const { modal } = App.useApp();
  return (leave) => {
    const now = form.getFieldsValue(true) as Record<string, unknown>;
    const start = initialValues as Record<string, unknown>;
    const edited = form.isFieldsTouched() && Object.keys(now).some((k) => !sameValue(now[k], start[k]));
    if (!edited) return leave();
    modal.confirm({
      title: '放弃填写的内容？',
      content: '已填写的内容还没有保存，关闭后将不会保留。',
      okText: '放弃并关闭',
      cancelText: '继续填写',
      onOk: leave,
    });
  };
}
