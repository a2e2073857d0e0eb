import { useState, type Ref } from 'react';

/** A4 at the 96 dpi browsers lay out with: 210 × 297 mm. */
const A4 = { short: 794, long: 1123 };
/** Room around the sheet: the ledger's own screen style draws it with a margin and shadow. */
const DESK = 48;
const DESK_GREY = '#e6e6e6';

interface LedgerFrameProps {
  html: string;
  orientation: 'portrait' | 'landscape';
  frameRef: Ref<HTMLIFrameElement>;
}

/**
 * The ledger as a sheet of paper on a grey desk, like a print preview. Sandboxed without
 * scripts; same-origin only so the page can measure it and call print() on it. Grown to the
 * document's height so the page scrolls once, not twice.
 */
export function LedgerFrame({ html, orientation, frameRef }: LedgerFrameProps) {
  const width = (orientation === 'portrait' ? A4.short : A4.long) + DESK;
  const pageHeight = (orientation === 'portrait' ? A4.long : A4.short) + DESK;
  const [height, setHeight] = useState(pageHeight);

  return (
    <div style={{ background: DESK_GREY, overflow: 'auto', borderRadius: 6, border: '1px solid #d0d0d0' }}>
      <iframe
        ref={frameRef}
        title="打印预览"
        srcDoc={html}
        sandbox="allow-same-origin allow-modals"
        onLoad={(e) => {
          const doc = e.currentTarget.contentDocument;
          setHeight(Math.max(pageHeight, doc?.documentElement.scrollHeight ?? 0));
        }}
        style={{
          display: 'block',
          margin: '0 auto',
          width,
          height,
          border: 'none',
        }}
      />
    </div>
  );
}
