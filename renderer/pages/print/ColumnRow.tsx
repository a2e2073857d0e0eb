import { Button, Input, Switch } from 'antd';
import { COLUMN_TITLE_MAX } from '../../../electron/api/index.js';
import type { DraftColumn } from './columnDraft.js';

interface ColumnRowProps {
  column: DraftColumn;
  position: number;
  first: boolean;
  last: boolean;
  /** The only column still shown: it cannot be hidden, or the table would print empty. */
  lastShown: boolean;
  onTitle: (title: string) => void;
  onShown: (shown: boolean) => void;
  onMove: (by: -1 | 1) => void;
}

/** One column of the 调整列 drawer: its heading, whether it prints, and its place. */
export function ColumnRow({ column: c, position, first, last, lastShown, onTitle, onShown, onMove }: ColumnRowProps) {
  const renamed = c.title.trim() !== '' && c.title.trim() !== c.defaultTitle;
  return (
    <div
      data-column={c.key}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '10px 12px',
        borderBottom: '1px solid #f0f0f0',
        background: c.hidden ? '#fafafa' : undefined,
      }}
    >
      <span style={{ width: 28, textAlign: 'right', fontSize: 16, color: '#8c8c8c' }}>{position}</span>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Input
          size="large"
          value={c.title}
          placeholder={c.defaultTitle}
          maxLength={COLUMN_TITLE_MAX}
          aria-label={`“${c.defaultTitle}”列的名称`}
          onChange={(e) => onTitle(e.target.value)}
          style={{ color: c.hidden ? '#8c8c8c' : undefined }}
        />
        {renamed && <div style={{ color: '#8c8c8c', fontSize: 14, marginTop: 2 }}>原名称：{c.defaultTitle}</div>}
      </div>
      <Switch
        checked={!c.hidden}
        checkedChildren="显示"
        unCheckedChildren="隐藏"
        disabled={lastShown}
        title={lastShown ? '至少要显示一列' : undefined}
        aria-label={`显示“${c.defaultTitle}”列`}
        onChange={onShown}
        style={{ minWidth: 64 }}
      />
      <Button size="large" disabled={first} aria-label={`上移“${c.defaultTitle}”`} onClick={() => onMove(-1)}>
        上移
      </Button>
      <Button size="large" disabled={last} aria-label={`下移“${c.defaultTitle}”`} onClick={() => onMove(1)}>
        下移
      </Button>
    </div>
  );
}
