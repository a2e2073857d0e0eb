import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface IsoDatePickerProps {
  /** Set by Form.Item so its <label for> reaches the input. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Dates after today are refused by the main process for every date the branch records. */
  allowFuture?: boolean;
  disabled?: boolean;
  /** 'month' gives 'YYYY-MM' (e.g. 党费交至). */
  picker?: 'date' | 'month';
}

const FORMATS = { date: 'YYYY-MM-DD', month: 'YYYY-MM' } as const;
// Short enough for a half-row box at 125 % zoom with a wide system font (微软雅黑): the format
// is what the hint must show whole.
const PLACEHOLDERS = { date: '选择或输入 2021-07-01', month: '选择或输入 2026-06' } as const;

/** A zh-CN date picker whose value is the contract's 'YYYY-MM-DD' string (or null). */
export function IsoDatePicker({
  id,
  value,
  onChange,
  allowFuture = false,
  disabled,
  picker = 'date',
}: IsoDatePickerProps) {
  const format = FORMATS[picker];
  // A future date typed in is kept and named, never cleared silently (disabledDate would).
  const future = !allowFuture && value ? dayjs(value).isAfter(dayjs(), picker === 'month' ? 'month' : 'day') : false;
  // Once the form names the problem itself (a refusal on save), one message is enough.
  const { errors } = Form.Item.useStatus();
  return (
    <>
      <DatePicker
        id={id}
        picker={picker}
        disabled={disabled}
        value={value ? dayjs(value) : null}
        onChange={(d: Dayjs | null) => onChange?.(d ? d.format(format) : null)}
        format={format}
        onKeyDown={(e) => {
          // Enter confirms a typed date; it must not also submit the whole form.
          if (e.key === 'Enter') e.preventDefault();
        }}
        placeholder={PLACEHOLDERS[picker]}
        status={future ? 'error' : undefined}
        style={{ width: '100%' }}
      />
      {future && errors.length === 0 && (
        <div role="alert" style={{ color: '#cf1322' }}>
          {picker === 'month' ? '月份不能晚于本月' : '日期不能晚于今天'}，请改正
        </div>
      )}
    </>
  );
}
