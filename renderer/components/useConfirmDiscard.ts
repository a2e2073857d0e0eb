import { App, type FormInstance } from 'antd';

/**
 * Leaving a half-filled form (closing its dialog, 取消, 返回) asks first, so a stray click never
 * throws typing away. One place for every form: a dialog (FormModal) and a whole-page form alike.
 */
export function useConfirmDiscard(form: FormInstance): (leave: () => void) => void {
  const { modal } = App.useApp();
  return (leave) => {
    if (!form.isFieldsTouched()) return leave();
    modal.confirm({
      title: '放弃填写的内容？',
      content: '已填写的内容还没有保存，关闭后将不会保留。',
      okText: '放弃并关闭',
      cancelText: '继续填写',
      onOk: leave,
    });
  };
}
