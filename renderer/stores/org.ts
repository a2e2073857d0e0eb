import { create } from 'zustand';
import type { CommitteeMember, Input, OrgOverview, OrgProfile, PartyGroup } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

type LoadStatus = 'loading' | 'ready' | 'failed';

interface OrgState {
  status: LoadStatus;
  loadError: string | null;
  /** null until first-run setup is done: nothing but the setup screen is reachable then. */
  profile: OrgProfile | null;
  overview: OrgOverview | null;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  setup: (input: Input<'org.setup'>) => Promise<void>;
  updateProfile: (input: Input<'org.update'>) => Promise<void>;
  saveCommittee: (input: Input<'committee.save'>) => Promise<CommitteeMember>;
  removeCommittee: (input: Input<'committee.remove'>) => Promise<void>;
  saveGroup: (input: Input<'groups.save'>) => Promise<PartyGroup>;
  removeGroup: (id: string) => Promise<void>;
}

/** The organisation slice: profile, 支委会, 党小组 and term, all from one overview call. */
export const useOrgStore = create<OrgState>()((set, get) => ({
  status: 'loading',
  loadError: null,
  profile: null,
  overview: null,

  async load() {
    set({ status: 'loading', loadError: null });
    try {
      const profile = await call('org.get', {});
      const overview = profile ? await call('org.overview', {}) : null;
      set({ status: 'ready', profile, overview });
    } catch (err) {
      set({ status: 'failed', loadError: failureMessage(err) });
    }
  },

  async refresh() {
    const overview = await call('org.overview', {});
    set({ overview, profile: overview.org });
  },

  async setup(input) {
    await call('org.setup', input);
    await get().refresh();
  },

  async updateProfile(input) {
    await call('org.update', input);
    await get().refresh();
  },

  async saveCommittee(input) {
    const saved = await call('committee.save', input);
    await get().refresh();
    return saved;
  },

  async removeCommittee(input) {
    await call('committee.remove', input);
    await get().refresh();
  },

  async saveGroup(input) {
    const saved = await call('groups.save', input);
    await get().refresh();
    return saved;
  },

  async removeGroup(id) {
    await call('groups.remove', { id });
    await get().refresh();
  },
}));
