import type { DuesBasis, DuesRemittance, MonthCell } from '../../../electron/api/dues.js';
import type {
  DuesBasisLedgerData,
  DuesEntry,
  DuesLedgerData,
  DuesNoticeLedgerData,
  DuesRemitLedgerData,
} from './types.js';

const ORG = '中共城关镇东风村支部委员会';
const base = { year: 2026, printedOn: '2026-11-23', orgName: ORG };

/** Twelve months of `due`, paid from `paidFrom` to `paidTo` (1-based, inclusive), obliged from `from`. */
export function months(due: number, paidFrom: number, paidTo: number, from = 1, to = 12): MonthCell[] {
  return Array.from({ length: 12 }, (_, i) => {
    const obliged = i + 1 >= from && i + 1 <= to;
    return { due: obliged ? due : 0, paid: obliged && i + 1 >= paidFrom && i + 1 <= paidTo ? due : 0, obliged };
  });
}

export function duesEntry(over: Partial<DuesEntry> = {}): DuesEntry {
  const cells = over.months ?? months(9300, 1, 9);
  return {
    memberId: 'm1',
    name: '王建国',
    category: 'employed',
    base: 620000,
    rateBp: 150,
    monthly: 9300,
    months: cells,
    dueTotal: cells.reduce((s, c) => s + c.due, 0),
    paidTotal: cells.reduce((s, c) => s + c.paid, 0),
    owed: 9300,
    voluntary: 0,
    paidThrough: '2026-09',
    reduction: 'none',
    owedMonths: 1,
    ...over,
  };
}

const totalsOf = (entries: readonly DuesEntry[]) =>
  Array.from({ length: 12 }, (_, i) => ({
    due: entries.reduce((s, e) => s + (e.months[i]?.due ?? 0), 0),
    paid: entries.reduce((s, e) => s + (e.months[i]?.paid ?? 0), 0),
  }));

export function sampleDuesData(entries: DuesEntry[] = [duesEntry()]): DuesLedgerData {
  return { ...base, ledger: 'dues', entries, monthTotals: totalsOf(entries) };
}

export function basis(over: Partial<DuesBasis> = {}): DuesBasis {
  return {
    id: 'b1',
    memberId: 'm1',
    effectiveFrom: '2026-01',
    category: 'employed',
    base: 620000,
    fixed: null,
    rateBp: 150,
    computed: 9300,
    reduction: 'none',
    reducedAmount: null,
    monthly: 9300,
    explanation: '6,200.00 × 1.5% = 93.00',
    decisionOn: null,
    approvalRef: '',
    note: '',
    ...over,
  };
}

export function sampleBasisData(rows: DuesBasisLedgerData['rows']): DuesBasisLedgerData {
  return { ...base, ledger: 'dues-basis', rows };
}

const totals = { collected: 146540, voluntary: 120000, fullRemitDue: 100000, remitted: 255320, carriedIn: 0 };
const balance = { fen: 11220, asOf: '2026-11-23' };

export function sampleNoticeData(entries: DuesEntry[] = [duesEntry()], phone = '0571-8888 6666'): DuesNoticeLedgerData {
  return { ...base, ledger: 'dues-notice', entries, totals, balance, phone };
}

export function remittance(over: Partial<DuesRemittance> = {}): DuesRemittance {
  return {
    id: 'r1',
    periodLabel: '2026年第一季度',
    fromMonth: '2026-01',
    toMonth: '2026-03',
    membersCount: 5,
    amount: 45720,
    remittedOn: '2026-04-10',
    method: 'cash',
    receiptNo: 'SJ202601',
    handler: '李秀英',
    receiver: '中共城关镇委员会组织办',
    note: '',
    ...over,
  };
}

export function sampleRemitData(remittances: DuesRemittance[] = [remittance()]): DuesRemitLedgerData {
  return { ...base, ledger: 'dues-remit', remittances, totals, balance };
}
