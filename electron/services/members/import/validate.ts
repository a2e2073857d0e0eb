import type { ImportField } from '../../../api/memberImport.js';
import { memberInput, type MemberInput } from '../../../api/members.js';
import { memberIssues } from '../../rules/members.js';
import type { ParsedRow } from './parse.js';

/** The fields the cross-field rules (memberIssues) read. */
const CORE = { idNumber: true, gender: true, birthDate: true, joinedOn: true, confirmedOn: true, kind: true } as const;
const coreInput = memberInput.pick(CORE);

/**
 * Neutral values for the other fields, so the cross-field rules can still be checked (and
 * reported together) when only, say, the phone number is wrong.
 */
const NEUTRAL: Omit<MemberInput, keyof typeof CORE> = {
  name: '-',
  ethnicity: '汉族',
  nativePlace: '',
  education: '',
  degree: '',
  occupation: '',
  workUnit: '',
  phone: '',
  address: '',
  groupId: null,
  partyPost: '',
  remarks: '',
};

function importField(path: PropertyKey | undefined): ImportField | undefined {
  if (path === 'groupId') return 'group';
  return typeof path === 'string' ? (path as ImportField) : undefined;
}

/**
 * Judges a candidate exactly as the member form is judged: the member schema, then the
 * cross-field rules. Adds each problem once, and none on a field already reported while
 * reading it. Returns the member when the row has no problem at all.
 */
export function validateRow(row: ParsedRow, today: string): MemberInput | null {
  const reported = new Set(row.problems.map((p) => p.field));
  const add = (field: ImportField | undefined, message: string) => {
    if (field && (reported.has(field) || row.derived.has(field))) return;
    if (row.problems.some((p) => p.field === field && p.message === message)) return;
    row.problems.push(field ? { field, message } : { message });
  };
  const full = memberInput.safeParse(row.candidate);
  if (!full.success) for (const issue of full.error.issues) add(importField(issue.path[0]), issue.message);
  const core = full.success ? full.data : coreInput.safeParse(row.candidate).data;
  if (core)
    for (const issue of memberIssues({ ...NEUTRAL, ...core }, today)) add(importField(issue.field), issue.message);
  return full.success && row.problems.length === 0 ? full.data : null;
}
