import { create } from 'zustand';
import type {
  ArrearsRow,
  BasisRow,
  DuesBasis,
  DuesPayment,
  DuesRemittance,
  DuesYear,
  Input,
  RemittanceSummary,
} from '../../electron/api/index.js';
import { call, failureMessage } from '../api.js';

interface DuesState {
  /** Kept here so coming back from a member's page finds the year that was being looked at. */
  year: number;
  ledger: DuesYear | null;
  bases: BasisRow[] | null;
  payments: DuesPayment[] | null;
  arrears: ArrearsRow[] | null;
  remits: RemittanceSummary | null;
  loading: boolean;
  error: string | null;
  /** 经手人 of the last payment entered in this session, offered again for the next one. */
  lastHandler: string;
  load: (year?: number) => Promise<void>;
  pay: (input: Input<'dues.pay'>) => Promise<DuesPayment>;
  correct: (input: Input<'dues.correct'>) => Promise<DuesPayment>;
  review: (input: Input<'dues.review'>) => Promise<{ saved: number }>;
  setBasis: (input: Input<'dues.setBasis'>) => Promise<DuesBasis>;
  remit: (input: Input<'dues.remit'>) => Promise<DuesRemittance>;
}

/** Numbers the requests so a slow answer for another year never replaces a newer one. */
let latestLoad = 0;

/** 党费 of one year: the collection grid, bases, payments, and the all-time arrears and remittances. */
export const useDuesStore = create<DuesState>()((set, get) => {
  /** Any change moves the grid, the arrears and the balance: re-read in the background. */
  const changed = <T>(value: T): T => {
    void get().load();
    return value;
  };

  return {
    year: new Date().getFullYear(),
    ledger: null,
    bases: null,
    payments: null,
    arrears: null,
    remits: null,
    loading: false,
    error: null,
    lastHandler: '',

    async load(year = get().year) {
      const ticket = ++latestLoad;
      const sameYear = year === get().year;
      set({ year, loading: true, error: null, ...(sameYear ? {} : { ledger: null, bases: null, payments: null }) });
      try {
        const [ledger, bases, payments, arrears, remits] = await Promise.all([
          call('dues.year', { year }),
          call('dues.bases', { year }),
          call('dues.payments', { year }),
          call('dues.arrears', {}),
          call('dues.remittances', {}),
        ]);
        if (ticket === latestLoad) set({ ledger, bases, payments, arrears, remits, loading: false });
      } catch (err) {
        if (ticket === latestLoad) set({ loading: false, error: failureMessage(err) });
      }
    },

    async pay(input) {
      const payment = await call('dues.pay', input);
      set({ lastHandler: payment.handler });
      return changed(payment);
    },
    async correct(input) {
      const payment = await call('dues.correct', input);
      set({ lastHandler: payment.handler });
      return changed(payment);
    },
    // A review is judged by the amounts it produced: return once they are on screen.
    async review(input) {
      const result = await call('dues.review', input);
      await get().load();
      return result;
    },
    async setBasis(input) {
      const basis = await call('dues.setBasis', input);
      await get().load();
      return basis;
    },
    remit: async (input) => changed(await call('dues.remit', input)),
  };
});
