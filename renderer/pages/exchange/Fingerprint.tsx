import { Card, Typography } from 'antd';
import { Fragment } from 'react';

const MONO = 'ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", monospace';

/**
 * A key fingerprint in groups of four, large enough to read out over the phone. The text
 * content stays exactly `XXXX-XXXX-…` so it can be found and copied as one string.
 */
export function Fingerprint({ value, size = 28, label }: { value: string; size?: number; label: string }) {
  const groups = value.split('-');
  return (
    <div
      role="group"
      aria-label={label}
      style={{ fontFamily: MONO, fontSize: size, fontWeight: 600, letterSpacing: 2, lineHeight: 1.4 }}
    >
      {groups.map((g, i) => (
        <Fragment key={i}>
          {i > 0 && <span style={{ color: 'rgba(0,0,0,0.25)', margin: '0 0.15em' }}>-</span>}
          <span>{g}</span>
        </Fragment>
      ))}
    </div>
  );
}

/** Small inline form of a fingerprint, for tables. */
export function FingerprintText({ value }: { value: string }) {
  return <span style={{ fontFamily: MONO, whiteSpace: 'nowrap' }}>{value}</span>;
}

/** 本机密钥指纹: what the other side reads back over the phone when enrolling. */
export function OwnFingerprintCard({ fingerprint, code }: { fingerprint: string; code: string }) {
  return (
    <Card title="本机密钥指纹">
      <Fingerprint value={fingerprint} label="本机密钥指纹" />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 16 }}>
        登记时请与对方电话核对指纹：双方念出的字母和数字完全一致，才说明数据包确实来自对方、没有被调包。本机组织代码：
        {code}。
      </Typography.Paragraph>
    </Card>
  );
}
