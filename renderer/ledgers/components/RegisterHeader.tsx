// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
import type { ReactNode } from 'react';

/**
 * The line under a register's title. Each part is printed only when given (LEDGERS.md: "only
 * the parts that apply"); an empty string prints the label with room to write by hand.
 */
export interface RegisterHeaderProps {
  unit?: string;
  filler?: string;
  reviewer?: string;
  phone?: string;
  /** Already formatted, e.g. 2026.03.01. */
  date?: string;
  /** Money registers (党费) add 单位：元. */
  yuan?: boolean;
}

function Part({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <span>
      {label}：<span className={value === '' ? 'fill' : undefined}>{value}</span>
    </span>
  );
}

export function RegisterHeader({ unit, filler, reviewer, phone, date, yuan }: RegisterHeaderProps) {
  return (
    <div className="register-header">
      {unit !== undefined && <Part label="填报单位（盖章）" value={unit} />}
      {filler !== undefined && <Part label="填报人" value={filler} />}
      {reviewer !== undefined && <Part label="审核人" value={reviewer} />}
      {phone !== undefined && <Part label="联系电话" value={phone} />}
      {date !== undefined && <Part label="填报日期" value={date} />}
      {yuan && <span>单位：元</span>}
    </div>
  );
}
