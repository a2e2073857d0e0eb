import { InputNumber } from 'antd';

interface FenInputProps {
  id?: string;
  /** The contract's amount in 分. */
  value?: number | null;
  onChange?: (fen: number | null) => void;
  disabled?: boolean;
}

/** An amount kept in 分 by the contract, typed in 元 as people say it (0.50 元). */
export function FenInput({ id, value, onChange, disabled }: FenInputProps) {
  return (
    <InputNumber<number>
      id={id}
      value={value === null || value === undefined ? null : value / 100}
      onChange={(yuan) => onChange?.(yuan === null ? null : Math.round(yuan * 100))}
      min={0.2}
      max={1}
      step={0.1}
      precision={2}
      suffix="元"
      disabled={disabled}
      style={{ width: 160 }}
    />
  );
}
