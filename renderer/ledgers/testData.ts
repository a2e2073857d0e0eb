import type {
  BranchLedgerData,
  MobileEntry,
  MobileLedgerData,
  RosterEntry,
  RosterLedgerData,
  TransferEntry,
  TransfersLedgerData,
} from './types.js';

/** A realistic village branch, shared by the ledger and PDF tests. */
export function sampleBranchData(): BranchLedgerData {
  return {
    ledger: 'branch',
    year: 2026,
    printedOn: '2026-03-01',
    overview: {
      org: {
        id: 'org-1',
        mode: 'branch',
        name: '中共城关镇东风村支部委员会',
        code: 'DF-001',
        parentName: '中共城关镇委员会',
        orgType: 'village',
        foundedOn: '1956-03-01',
        termStartedOn: '2021-04-15',
        contactName: '王建国',
        contactPhone: '13907310001',
      },
      committee: [
        {
          id: 'c1',
          memberId: null,
          position: 'secretary',
          name: '王建国',
          duty: '主持支部全面工作',
          startedOn: '2021-04-15',
          endedOn: null,
        },
        {
          id: 'c2',
          memberId: null,
          position: 'deputy',
          name: '李秀英',
          duty: '协助书记工作，分管村务监督和集体经济',
          startedOn: '2021-04-15',
          endedOn: null,
        },
        {
          id: 'c3',
          memberId: null,
          position: 'organization',
          name: '张伟',
          duty: '组织建设、党员发展、党费收缴',
          startedOn: '2021-04-15',
          endedOn: null,
        },
        {
          id: 'c4',
          memberId: null,
          position: 'propaganda',
          name: '刘芳',
          duty: '宣传思想、精神文明建设',
          startedOn: '2022-01-10',
          endedOn: null,
        },
        { id: 'c5', memberId: null, position: 'discipline', name: '陈志强', duty: '', startedOn: null, endedOn: null },
      ],
      groups: [
        { id: 'g1', name: '第一党小组', leaderName: '赵德明', leaderSince: '2021-04-15', establishedOn: null },
        { id: 'g2', name: '第二党小组', leaderName: '孙桂兰', leaderSince: null, establishedOn: null },
        { id: 'g3', name: '离退休党员党小组', leaderName: '', leaderSince: null, establishedOn: null },
      ],
      term: { years: 5, startedOn: '2021-04-15', dueOn: '2026-04-15', daysLeft: 45, status: 'due-soon' },
    },
  };
}

const ORG = '中共城关镇东风村支部委员会';

export function rosterEntry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id: 'm1',
    name: '王建国',
    gender: 'male',
    ethnicity: '汉族',
    idNumber: '320102197005120012',
    nativePlace: '江苏南京',
    birthDate: '1970-05-12',
    age: 56,
    education: '高中',
    joinedOn: '1995-07-01',
    confirmedOn: '1996-07-01',
    kind: 'formal',
    occupation: '农牧渔民',
    workUnit: '东风村党支部书记、村委会主任',
    phone: '13907310001',
    groupName: '第一党小组',
    partyPost: '支部书记',
    mobileDestination: null,
    lostContact: false,
    hardship: false,
    remarks: '',
    ...overrides,
  };
}

export function sampleRosterData(entries: RosterEntry[] = [rosterEntry()]): RosterLedgerData {
  return { ledger: 'roster', printedOn: '2026-11-23', orgName: ORG, entries };
}

export function transferEntry(overrides: Partial<TransferEntry> = {}): TransferEntry {
  return {
    id: 't1',
    direction: 'out',
    name: '李秀英',
    gender: 'female',
    idNumber: '320102198002030028',
    kind: 'formal',
    letterNo: '东组转〔2026〕3号',
    counterpartOrg: '中共西山村支部委员会',
    duesPaidTo: '2026-07',
    validDays: 90,
    handledOn: '2026-08-01',
    receiptOn: '2026-08-20',
    handler: '张伟',
    note: '',
    overdue: false,
    ...overrides,
  };
}

export function sampleTransfersData(entries: TransferEntry[] = [transferEntry()]): TransfersLedgerData {
  return { ledger: 'transfers', year: 2026, printedOn: '2026-11-23', orgName: ORG, entries };
}

export function mobileEntry(overrides: Partial<MobileEntry> = {}): MobileEntry {
  return {
    key: 'e1',
    name: '杨宇航',
    gender: 'male',
    birthDate: '1987-06-02',
    joinedOn: '2022-06-01',
    since: '2025-03-25',
    destination: '江苏省苏州市',
    reason: '外出务工',
    org: '苏州工业园区流动党员党支部',
    card: '',
    contact: '13841204023',
    dues: '微信转账',
    returnedOn: null,
    returnNote: '',
    endedBy: null,
    ...overrides,
  };
}

export function sampleMobileData(entries: MobileEntry[] = [mobileEntry()]): MobileLedgerData {
  return { ledger: 'mobile', year: 2026, printedOn: '2026-11-23', orgName: ORG, entries };
}
