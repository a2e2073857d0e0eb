// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.
export interface TitleBlockProps {
  /** The organisation's full name, e.g. 中共城关镇东风村支部委员会. */
  org: string;
  /** The ledger's name, e.g. 党员花名册. */
  ledger: string;
  /** Yearly ledgers print `YYYY年度` before their name. */
  year?: number;
  /** A line under the title, e.g. the roster's `截至 2026年11月23日`. */
  subtitle?: string;
}

/** Organisation on the first line, the ledger's name as the bold, centred title below it. */
export function TitleBlock({ org, ledger, year, subtitle }: TitleBlockProps) {
  return (
    <header className="ledger-title">
      <div className="org">{org}</div>
      <h1>{year === undefined ? ledger : `${year}年度${ledger}`}</h1>
      {subtitle !== undefined && <div className="subtitle">{subtitle}</div>}
    </header>
  );
}
