import { paymentInput, type Input as OpInput } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { useDuesStore } from '../../stores/dues.js';
import { useDefaultHandler, yuanInput } from './common.js';
import { PayFields, type PayValues } from './PayFields.js';
import { owingOf, spanAmount, suggestSpan } from './payPlan.js';
import { monthsFrom, quarterOf, thisMonth, todayIso } from './months.js';

const FIELDS = Object.keys(paymentInput.shape);

interface PayModalProps {
  /** The member clicked in the grid or the arrears list; absent from the 登记交纳 button. */
  memberId?: string;
  /** The month cell clicked in the grid; else the current month. */
  month?: string;
  /** From the arrears list: 补交 of the months owed (up to 6). */
  catchUp?: boolean;
  onClose: () => void;
}

/** 登记交纳: one payment of one member for 1–6 months. */
export function PayModal({ memberId, month, catchUp = false, onClose }: PayModalProps) {
  const { year, ledger, arrears, pay } = useDuesStore();
  const handler = useDefaultHandler();

  const row = ledger?.rows.find((r) => r.memberId === memberId);
  // What the user asked for: the month clicked, or this month; 补交 only from the arrears list.
  const asked = month ?? thisMonth();
  const span = catchUp
    ? suggestSpan(
        row,
        year,
        arrears?.find((a) => a.memberId === memberId),
      )
    : { mode: 'month' as const, from: asked, to: asked };
  const initial: Partial<PayValues> = {
    memberId,
    mode: span.mode,
    quarter: quarterOf(span.from, span.to) ?? undefined,
    fromMonth: span.from,
    toMonth: span.to,
    amount: memberId
      ? yuanInput(spanAmount(monthsFrom(span.from, span.to), owingOf(row, year), row?.monthly ?? null))
      : '',
    paidOn: todayIso(),
    handler,
    method: 'cash',
  };

  const save = async ({ mode, quarter: _quarter, ...values }: PayValues) => {
    const input: OpInput<'dues.pay'> = {
      ...values,
      kind: 'regular',
      toMonth: mode === 'month' ? values.fromMonth : values.toMonth,
    };
    await pay(input);
  };

  return (
    <FormModal<PayValues>
      title="登记交纳党费"
      width={760}
      fields={FIELDS}
      initialValues={initial}
      onSave={save}
      onClose={onClose}
    >
      <PayFields />
    </FormModal>
  );
}
