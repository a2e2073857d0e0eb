import { create } from 'zustand';
import type { Input, MemberDetail, MemberSummary, ROSTER_SCOPES } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

export type RosterScope = (typeof ROSTER_SCOPES)[number];
export type AgeBand = 'young' | 'middle' | 'senior';
export type FlagFilter = 'mobile' | 'lost' | 'hardship';

/** '' = every group; NO_GROUP = members in none. */
export const NO_GROUP = '-';

export interface RosterFilters {
  text: string;
  groupId: string;
  kind: '' | MemberSummary['kind'];
  ageBand: '' | AgeBand;
  flag: '' | FlagFilter;
}

export const EMPTY_FILTERS: RosterFilters = { text: '', groupId: '', kind: '', ageBand: '', flag: '' };

interface MembersState {
  scope: RosterScope;
  list: MemberSummary[] | null;
  loading: boolean;
  error: string | null;
  /** Kept here so coming back from a member's page finds the roster as it was left. */
  filters: RosterFilters;
  setFilters: (patch: Partial<RosterFilters>) => void;
  load: (scope?: RosterScope) => Promise<void>;
  create: (input: Input<'members.create'>) => Promise<MemberDetail>;
  transferIn: (input: Input<'members.transferIn'>) => Promise<MemberDetail>;
  update: (input: Input<'members.update'>) => Promise<MemberDetail>;
  event: (input: Input<'members.event'>) => Promise<MemberDetail>;
}

/** Numbers the list requests so a slow answer for an old scope never replaces a newer one. */
let latestLoad = 0;

/** The roster: the whole list of one scope, filtered and searched in the page. */
export const useMembersStore = create<MembersState>()((set, get) => {
  /**
   * After any change the list is stale: re-read it in the background, so the dialog closes at
   * once even with thousands of members (a failure shows on the roster page).
   */
  const changed = (detail: MemberDetail) => {
    void get().load();
    return detail;
  };

  return {
    scope: 'current',
    list: null,
    loading: false,
    error: null,
    filters: EMPTY_FILTERS,

    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
    },

    async load(scope = get().scope) {
      const ticket = ++latestLoad;
      set({ scope, loading: true, error: null });
      try {
        const list = await call('members.list', { scope });
        if (ticket === latestLoad) set({ list, loading: false });
      } catch (err) {
        if (ticket === latestLoad) set({ loading: false, error: failureMessage(err) });
      }
    },

    create: async (input) => changed(await call('members.create', input)),
    transferIn: async (input) => changed(await call('members.transferIn', input)),
    update: async (input) => changed(await call('members.update', input)),
    event: async (input) => changed(await call('members.event', input)),
  };
});
