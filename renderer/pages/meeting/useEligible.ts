import { useEffect, useState } from 'react';
import type { ActivityKind, EligibleMember, UndatedSeat } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';

interface Loaded {
  key: string;
  members: EligibleMember[] | null;
  undated: UndatedSeat[];
  error: string | null;
}

export interface Eligible {
  /** Null while loading, or while the date (or a 党小组会's group) is still missing. */
  members: EligibleMember[] | null;
  /** 支委 a 支委会 leaves out only because their 任职时间 is not filled in. */
  undated: UndatedSeat[];
  /** What must be chosen first, when the list cannot be asked for yet. */
  missing: string | null;
  error: string | null;
}

/** The 应到 list: the roster as it stood on the meeting day, re-asked whenever it may differ. */
export function useEligible(kind: ActivityKind, heldOn: string | null, groupId: string | null): Eligible {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const missing = !heldOn ? '请先选择会议日期' : kind === 'group' && !groupId ? '请先选择党小组' : null;
  const key = `${kind}|${heldOn ?? ''}|${kind === 'group' ? (groupId ?? '') : ''}`;

  useEffect(() => {
    if (missing || !heldOn) return;
    let current = true;
    Promise.all([
      call('meetings.eligible', { kind, heldOn, groupId: kind === 'group' ? groupId : null }),
      kind === 'committee' ? call('meetings.undatedCommittee', { heldOn }) : [],
    ]).then(
      ([members, undated]) => current && setLoaded({ key, members, undated, error: null }),
      (err: unknown) => current && setLoaded({ key, members: null, undated: [], error: failureMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [key, kind, heldOn, groupId, missing]);

  const mine = !missing && loaded?.key === key ? loaded : null;
  return { members: mine?.members ?? null, undated: mine?.undated ?? [], missing, error: mine?.error ?? null };
}
