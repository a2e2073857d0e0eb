import { Button, Form } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { contract, type TransferLetter } from '../../electron/api/index.js';
import { call } from '../api.js';
import { FormModal } from './FormModal.js';
import { contractRule } from './formRules.js';
import { IsoDatePicker } from './IsoDatePicker.js';

const shape = contract['transfers.receipt'].input.shape;

/** 登记回执 for an out-letter: the sending branch's responsibility ends with it. */
export function ReceiptButton({ letter, onSaved }: { letter: TransferLetter; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>登记回执</Button>
      {open && (
        <FormModal<{ receiptOn: string }>
          title={`登记回执：${letter.memberName}`}
          fields={['receiptOn']}
          initialValues={{ receiptOn: dayjs().format('YYYY-MM-DD') }}
          onSave={async ({ receiptOn }) => {
            await call('transfers.receipt', { id: letter.id, receiptOn });
            onSaved();
          }}
          onClose={() => setOpen(false)}
        >
          <p style={{ marginTop: 0 }}>
            {letter.issuedOn} 开往“{letter.counterpartOrg}”的介绍信
            {letter.letterNo ? `（编号 ${letter.letterNo}）` : ''}
            ，回执已寄回。
          </p>
          <Form.Item name="receiptOn" label="回执收到日期" required rules={[contractRule(shape.receiptOn)]}>
            <IsoDatePicker />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
