import { create } from 'zustand';
import type { BundleFile, ExchangeStatus, ImportLine, Input, Output } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

interface ExchangeState {
  status: ExchangeStatus | null;
  error: string | null;
  load: () => Promise<void>;
  enrolBranch: (input: Input<'exchange.enrolBranch'>) => Promise<BundleFile>;
  importEnrolment: (file: BundleFile) => Promise<Output<'exchange.importEnrolment'>>;
  exportBundle: (input: Input<'exchange.export'>) => Promise<Output<'exchange.export'>>;
  importBundles: (files: BundleFile[]) => Promise<ImportLine[]>;
  resolveConflict: (id: number, keep: 'current' | 'other') => Promise<void>;
}

/**
 * 数据交换: this installation's fingerprint, its peers, the bundle log and open conflicts.
 * Every action re-reads the status afterwards, because each one moves sequence numbers or
 * peers that the page shows; a failed re-read is left to `error` rather than hiding the
 * action's own result.
 */
export const useExchangeStore = create<ExchangeState>()((set, get) => ({
  status: null,
  error: null,

  async load() {
    try {
      set({ status: await call('exchange.status', {}), error: null });
    } catch (err) {
      set({ error: failureMessage(err) });
    }
  },

  async enrolBranch(input) {
    const file = await call('exchange.enrolBranch', input);
    await get().load();
    return file;
  },

  async importEnrolment(file) {
    const result = await call('exchange.importEnrolment', file);
    await get().load();
    return result;
  },

  async exportBundle(input) {
    const bundle = await call('exchange.export', input);
    await get().load();
    return bundle;
  },

  async importBundles(files) {
    const lines = await call('exchange.import', { files });
    await get().load();
    return lines;
  },

  async resolveConflict(id, keep) {
    await call('exchange.resolveConflict', { id, keep });
    await get().load();
  },
}));
