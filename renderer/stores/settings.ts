import { create } from 'zustand';
import type { Input, Settings } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

interface SettingsState {
  settings: Settings | null;
  error: string | null;
  load: () => Promise<void>;
  update: (input: Input<'settings.update'>) => Promise<Settings>;
}

/** Branch settings: read by the settings page, the meeting form and the attachments card. */
export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  error: null,

  async load() {
    try {
      set({ settings: await call('settings.get', {}), error: null });
    } catch (err) {
      set({ error: failureMessage(err) });
    }
  },

  async update(input) {
    const settings = await call('settings.update', input);
    set({ settings, error: null });
    return settings;
  },
}));
