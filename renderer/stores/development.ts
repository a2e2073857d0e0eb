import { create } from 'zustand';
import type { DevDashboard, DevDetail, DevStage, DevSummary, Input } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

interface DevelopmentState {
  list: DevSummary[] | null;
  dashboard: DevDashboard | null;
  loading: boolean;
  error: string | null;
  /** Kept here so coming back from a person's page finds the list filtered as it was left. */
  stage: '' | DevStage;
  setStage: (stage: '' | DevStage) => void;
  load: () => Promise<void>;
  create: (input: Input<'dev.create'>) => Promise<DevDetail>;
  update: (input: Input<'dev.update'>) => Promise<DevDetail>;
  record: (input: Input<'dev.record'>) => Promise<DevDetail>;
  event: (input: Input<'dev.event'>) => Promise<DevDetail>;
}

/** Numbers the requests so a slow answer never replaces a newer one. */
let latestLoad = 0;

/** 发展党员: everyone in the pipeline and the dashboard computed from them. */
export const useDevelopmentStore = create<DevelopmentState>()((set, get) => {
  /** Any change moves the counts and the limits: re-read both in the background. */
  const changed = (detail: DevDetail) => {
    void get().load();
    return detail;
  };

  return {
    list: null,
    dashboard: null,
    loading: false,
    error: null,
    stage: '',

    setStage(stage) {
      set({ stage });
    },

    async load() {
      const ticket = ++latestLoad;
      set({ loading: true, error: null });
      try {
        const [list, dashboard] = await Promise.all([call('dev.list', {}), call('dev.dashboard', {})]);
        if (ticket === latestLoad) set({ list, dashboard, loading: false });
      } catch (err) {
        if (ticket === latestLoad) set({ loading: false, error: failureMessage(err) });
      }
    },

    create: async (input) => changed(await call('dev.create', input)),
    update: async (input) => changed(await call('dev.update', input)),
    record: async (input) => changed(await call('dev.record', input)),
    event: async (input) => changed(await call('dev.event', input)),
  };
});
