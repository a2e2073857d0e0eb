import type { OfficeBranchRow } from '../../../electron/api/index.js';
import { bundleLight, devLight, duesLight, orgLifeLight, STALE_BUNDLE_DAYS, termLight, type Light } from './lights.js';

/** The 总览's filters: each picks the branches one supervision question is about. */
export const FILTERS = [
  { value: 'all', label: '全部支部' },
  { value: 'attention', label: '需关注' },
  { value: 'orgLife', label: '组织生活逾期' },
  { value: 'dues', label: '党费欠交' },
  { value: 'dev', label: '发展党员超时限' },
  { value: 'term', label: '换届临近' },
  { value: 'bundle', label: `超过${STALE_BUNDLE_DAYS}天未报送` },
] as const;
export type Filter = (typeof FILTERS)[number]['value'];

const red = (l: Light) => l === 'red';

/** `bundle`: nothing received for more than 30 days, or never. */
export function matches(r: OfficeBranchRow, f: Filter): boolean {
  const s = r.status;
  switch (f) {
    case 'all':
      return true;
    case 'attention':
      return [orgLifeLight(s), duesLight(s), devLight(s), termLight(s), bundleLight(r)].some(red);
    case 'orgLife':
      return (s?.orgLife.overdueYear ?? 0) > 0;
    case 'dues':
      return (s?.dues.warning ?? 0) + (s?.dues.serious ?? 0) > 0;
    case 'dev':
      return (s?.development.breaches ?? 0) > 0;
    case 'term':
      return termLight(s) === 'red' || termLight(s) === 'yellow';
    case 'bundle':
      return bundleLight(r) !== 'green';
  }
}

/** The search box: part of the branch's name or code. */
export function found(r: OfficeBranchRow, search: string): boolean {
  const q = search.trim();
  return !q || r.name.includes(q) || r.code.includes(q);
}
