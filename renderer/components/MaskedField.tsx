import { App, Button } from 'antd';
import { useState } from 'react';
import { failureMessage, call } from '../api.js';

/**
 * A masked 身份证号 or phone with a 显示 link: the full value comes from the main process one
 * member at a time, and each look is written to 操作记录.
 */
export function MaskedField({
  memberId,
  field,
  masked,
}: {
  memberId: string;
  field: 'idNumber' | 'phone';
  masked: string;
}) {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  if (!masked) return <>—</>;
  if (full !== null) return <>{full}</>;
  const reveal = () => {
    call('members.reveal', { id: memberId, field })
      .then(setFull)
      .catch((err: unknown) => void message.error(failureMessage(err)));
  };
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {masked}
      <Button
        type="link"
        size="small"
        aria-label={field === 'idNumber' ? '显示完整身份证号' : '显示完整电话'}
        onClick={(e) => {
          e.stopPropagation();
          reveal();
        }}
      >
        显示
      </Button>
    </span>
  );
}
