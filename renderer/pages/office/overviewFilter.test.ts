import { describe, expect, it } from 'vitest';
import type { OfficeBranchRow } from '../../../electron/api/index.js';
import { found, matches } from './overviewFilter.js';

function branch(code: string, daysSinceBundle: number | null): OfficeBranchRow {
  return {
    code,
    name: `中共${code}村支部委员会`,
    revoked: false,
    lastBundleOn: daysSinceBundle === null ? null : '2026-10-01',
    daysSinceBundle,
    bundles: daysSinceBundle === null ? 0 : 1,
    members: 20,
    status: null,
  };
}

describe('总览 filters', () => {
  const rows = [branch('A01', 0), branch('A02', 30), branch('A03', 31), branch('A04', 200), branch('A05', null)];

  it('超过30天未报送: the last bundle is more than 30 days old, or none has come', () => {
    expect(rows.filter((r) => matches(r, 'bundle')).map((r) => r.code)).toEqual(['A03', 'A04', 'A05']);
    expect(rows.filter((r) => matches(r, 'all'))).toHaveLength(5);
  });

  it('a branch with nothing received at all needs attention; a late one is only yellow', () => {
    expect(rows.filter((r) => matches(r, 'attention')).map((r) => r.code)).toEqual(['A05']);
  });

  it('searches the name or the code', () => {
    expect(rows.filter((r) => found(r, ' A03 ')).map((r) => r.code)).toEqual(['A03']);
    expect(rows.filter((r) => found(r, '村支部')).length).toBe(5);
    expect(rows.filter((r) => found(r, ''))).toHaveLength(5);
  });
});
