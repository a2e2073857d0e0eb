// @jsxRuntime automatic — the CLI runs this file through tsx from any folder, where no tsconfig sets the JSX mode.

/** Ideographic spaces survive HTML whitespace collapsing and leave room to write the date by hand. */
const HAND_DATE = '\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';

export interface SignatureBlockProps {
  /** Who signs, e.g. 填表人, 审核人（书记）; each gets room to sign after the colon. */
  signers: readonly string[];
  /** Print （盖章） for the branch seal. */
  seal?: boolean;
  /** Print a hand-dated 年 月 日. */
  date?: boolean;
}

/** LEDGERS.md: registers end with 填表人 / 审核人（书记） / （盖章） / 年 月 日. */
export const REGISTER_SIGNATURES: SignatureBlockProps = {
  signers: ['填表人', '审核人（书记）'],
  seal: true,
  date: true,
};

/** The 民主评议 result is attested by those who counted and watched the count, and the secretary. */
export const APPRAISAL_SIGNATURES: SignatureBlockProps = {
  signers: ['计票人', '监票人', '书记'],
  seal: true,
  date: true,
};

/** Signatures on the left; seal and date stacked on the right, where the round seal is pressed. */
export function SignatureBlock({ signers, seal, date }: SignatureBlockProps) {
  return (
    // Three signers and the seal do not fit on one line of a portrait page: the seal goes below.
    <footer className={signers.length > 2 ? 'signatures many' : 'signatures'}>
      <div className="signers">
        {signers.map((s) => (
          <span key={s}>
            {s}：<span className="blank" />
          </span>
        ))}
      </div>
      {(seal || date) && (
        <div className="seal-date">
          {seal && <div>（盖章）</div>}
          {date && <div>{HAND_DATE}</div>}
        </div>
      )}
    </footer>
  );
}
