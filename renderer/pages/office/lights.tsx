import { Badge, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatYuan, type BranchStatus, type OfficeBranchRow } from '../../../electron/api/index.js';

export type Light = 'red' | 'yellow' | 'green' | 'none';

const BADGE: Record<Light, 'error' | 'warning' | 'success' | 'default'> = {
  red: 'error',
  yellow: 'warning',
  green: 'success',
  none: 'default',
};

/** How serious each area is, worst first when sorting. */
export const LIGHT_RANK: Record<Light, number> = { red: 3, yellow: 2, green: 1, none: 0 };

/** A bundle older than this many days counts as 未按时报送. */
export const STALE_BUNDLE_DAYS = 30;

export function orgLifeLight(s: BranchStatus | null): Light {
  if (!s) return 'none';
  return s.orgLife.overdueQuarter > 0 ? 'red' : s.orgLife.overdueYear > 0 ? 'yellow' : 'green';
}

export function duesLight(s: BranchStatus | null): Light {
  if (!s) return 'none';
  return s.dues.serious > 0 ? 'red' : s.dues.warning > 0 ? 'yellow' : 'green';
}

export function devLight(s: BranchStatus | null): Light {
  if (!s) return 'none';
  return s.development.breaches > 0 ? 'red' : s.development.upcoming > 0 ? 'yellow' : 'green';
}

export function termLight(s: BranchStatus | null): Light {
  if (!s) return 'none';
  const t = s.term.status;
  return t === 'overdue' ? 'red' : t === 'due-soon' ? 'yellow' : t === 'ok' ? 'green' : 'none';
}

export function bundleLight(r: OfficeBranchRow): Light {
  if (r.daysSinceBundle === null) return 'red';
  return r.daysSinceBundle > STALE_BUNDLE_DAYS ? 'yellow' : 'green';
}

export function LightText({ light, children }: { light: Light; children: ReactNode }) {
  return (
    <Space size={6} align="start">
      <Badge status={BADGE[light]} />
      <Typography.Text style={{ fontSize: 13 }}>{children}</Typography.Text>
    </Space>
  );
}

export function orgLifeText(s: BranchStatus): string {
  const o = s.orgLife;
  if (o.overdueYear === 0) return '按期完成';
  return `逾期：本季度 ${o.overdueQuarter} · 本年 ${o.overdueYear}`;
}

export function duesText(s: BranchStatus): string {
  const d = s.dues;
  const parts = [];
  if (d.serious) parts.push(`欠6月+ ${d.serious}人`);
  if (d.warning) parts.push(`欠3月+ ${d.warning}人`);
  if (parts.length === 0) parts.push('无欠交');
  if (d.unremitted > 0) parts.push(`未上缴 ${formatYuan(d.unremitted)}元`);
  return parts.join(' · ');
}

export function devText(s: BranchStatus): string {
  const d = s.development;
  const parts = [];
  if (d.breaches) parts.push(`超时限 ${d.breaches} 项`);
  if (d.upcoming) parts.push(`30天内到期 ${d.upcoming} 项`);
  if (parts.length === 0) parts.push('按时限办理');
  return parts.join(' · ');
}

export function termText(s: BranchStatus): string {
  const t = s.term;
  if (!t.dueOn) return '未填换届时间';
  if (t.status === 'overdue') return `已超期（${t.dueOn} 届满）`;
  if (t.status === 'due-soon') return `${t.dueOn} 届满`;
  return `${t.dueOn} 届满`;
}
