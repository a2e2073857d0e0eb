import { create } from 'zustand';
import type { ComplianceYear, Input, MeetingDetail, MeetingSummary, Talk } from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

interface OrgLifeState {
  /** Kept here so coming back from a meeting's page finds the year that was being looked at. */
  year: number;
  meetings: MeetingSummary[] | null;
  talks: Talk[] | null;
  compliance: ComplianceYear | null;
  loading: boolean;
  error: string | null;
  load: (year?: number) => Promise<void>;
  saveMeeting: (input: Input<'meetings.save'>) => Promise<MeetingDetail>;
  removeMeeting: (id: string) => Promise<void>;
  saveTalk: (input: Input<'talks.save'>) => Promise<Talk>;
  removeTalk: (id: string) => Promise<void>;
}

/** Numbers the requests so a slow answer for another year never replaces a newer one. */
let latestLoad = 0;

/** 组织生活 of one year: the meetings, the talks and the calendar computed from both. */
export const useOrgLifeStore = create<OrgLifeState>()((set, get) => {
  /** Any change moves the calendar too: re-read the year in the background. */
  const changed = <T>(value: T): T => {
    void get().load();
    return value;
  };

  return {
    year: new Date().getFullYear(),
    meetings: null,
    talks: null,
    compliance: null,
    loading: false,
    error: null,

    async load(year = get().year) {
      const ticket = ++latestLoad;
      const sameYear = year === get().year;
      set({
        year,
        loading: true,
        error: null,
        ...(sameYear ? {} : { meetings: null, talks: null, compliance: null }),
      });
      try {
        const [meetings, talks, compliance] = await Promise.all([
          call('meetings.list', { year }),
          call('talks.list', { year }),
          call('compliance.year', { year }),
        ]);
        if (ticket === latestLoad) set({ meetings, talks, compliance, loading: false });
      } catch (err) {
        if (ticket === latestLoad) set({ loading: false, error: failureMessage(err) });
      }
    },

    saveMeeting: async (input) => changed(await call('meetings.save', input)),
    removeMeeting: async (id) => {
      changed(await call('meetings.remove', { id }));
    },
    saveTalk: async (input) => changed(await call('talks.save', input)),
    removeTalk: async (id) => {
      changed(await call('talks.remove', { id }));
    },
  };
});
