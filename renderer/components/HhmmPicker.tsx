import { TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface HhmmPickerProps {
  id?: string;
  /** The contract's 'HH:mm', or '' when not given. */
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** A zh-CN time picker whose value is the contract's 'HH:mm' string ('' = not given). */
export function HhmmPicker({ id, value, onChange, placeholder }: HhmmPickerProps) {
  return (
    <TimePicker
      id={id}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      showNow={false}
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(t: Dayjs | null) => onChange?.(t ? t.format('HH:mm') : '')}
      onKeyDown={(e) => {
        // Enter confirms a typed time; it must not also submit the whole form.
        if (e.key === 'Enter') e.preventDefault();
      }}
      placeholder={placeholder ?? '如 09:30'}
      style={{ width: '100%' }}
    />
  );
}
