import { idBirthDate, idGender } from '../../../api/idNumber.js';
import {
  IMPORT_FIELD_LABELS,
  type ImportColumn,
  type ImportField,
  type ImportProblem,
} from '../../../api/memberImport.js';
import { GENDER_LABELS, MEMBER_KIND_LABELS } from '../../../api/memberOptions.js';
import { rawText, type Raw } from './cells.js';
import { readDate } from './dates.js';
import {
  kindFromDates,
  readEducation,
  readEthnicity,
  readGender,
  readIdNumber,
  readKind,
  readName,
  readOccupation,
  readPhone,
  type Reading,
} from './fields.js';

/** One data row read into a member candidate, before the member rules are applied. */
export interface ParsedRow {
  rowNumber: number;
  values: Partial<Record<ImportField, string>>;
  problems: ImportProblem[];
  notes: string[];
  /** Field values in the shape of the member form, for the same schema to judge. */
  candidate: Record<string, unknown>;
  idNumber: string | null;
  groupName: string;
  /** Fields taken from the ID number; when the number is wrong they are not reported twice. */
  derived: Set<ImportField>;
}

const TEXT_FIELDS = ['nativePlace', 'degree', 'workUnit', 'address', 'partyPost', 'remarks'] as const;

export function parseRow(rowNumber: number, cells: Raw[], columns: ImportColumn[], date1904: boolean): ParsedRow {
  const raws = new Map<ImportField, Raw>();
  for (const c of columns) if (c.field) raws.set(c.field, cells[c.index - 1] ?? null);
  const raw = (f: ImportField): Raw => raws.get(f) ?? null;
  const text = (f: ImportField) => rawText(raw(f));

  const row: ParsedRow = {
    rowNumber,
    values: {},
    problems: [],
    notes: [],
    candidate: { groupId: null },
    idNumber: null,
    groupName: '',
    derived: new Set(),
  };
  /** Records a reading: its problem or note, the text shown, and the value for the schema. */
  const take = <T>(field: ImportField, r: Reading<T>, shown: string, value: unknown = r.value) => {
    if (r.problem) row.problems.push({ field, message: r.problem });
    if (r.note) row.notes.push(r.note);
    if (shown !== '') row.values[field] = shown;
    if (value !== null && value !== undefined) row.candidate[field] = value;
  };
  const takeDate = (field: ImportField, exact: string | null = null) => {
    let r = readDate(raw(field), IMPORT_FIELD_LABELS[field], date1904);
    if (!r) return null;
    // 出生年月 “1966.05” with the full date in the ID number: the ID gives the day.
    if ('iso' in r && r.monthOnly && exact?.startsWith(r.iso.slice(0, 8)))
      r = { iso: exact, note: `${IMPORT_FIELD_LABELS[field]}“${text(field)}”只有年月，按公民身份号码记为 ${exact}` };
    if ('problem' in r) take(field, { value: null, problem: r.problem }, text(field));
    else take(field, { value: r.iso, ...(r.note ? { note: r.note } : {}) }, r.iso);
    return 'iso' in r ? r.iso : null;
  };

  const name = readName(text('name'));
  take('name', name, name.value);
  const id = readIdNumber(raw('idNumber'));
  row.idNumber = id.value;
  take('idNumber', id, id.shown, id.value ?? id.shown);

  if (text('gender')) {
    const g = readGender(text('gender'));
    take('gender', g, g.value ? GENDER_LABELS[g.value] : text('gender'));
  } else if (id.value) {
    const g = idGender(id.value);
    take('gender', { value: g, note: `性别未填，按公民身份号码记为“${GENDER_LABELS[g]}”` }, GENDER_LABELS[g]);
  } else row.derived.add('gender');

  const birth = id.value ? idBirthDate(id.value) : null;
  if (!takeDate('birthDate', birth) && !row.problems.some((p) => p.field === 'birthDate')) {
    if (birth) take('birthDate', { value: birth, note: `出生日期未填，按公民身份号码记为 ${birth}` }, birth);
    else row.derived.add('birthDate');
  }

  if (text('ethnicity')) {
    const e = readEthnicity(text('ethnicity'));
    take('ethnicity', e, e.value);
  }
  if (text('education')) {
    const e = readEducation(text('education'));
    take('education', e, e.value || text('education'));
  }
  if (text('occupation')) {
    const o = readOccupation(text('occupation'));
    take('occupation', o, o.value || text('occupation'));
  }
  if (text('phone')) {
    const p = readPhone(text('phone'));
    take('phone', p, p.value);
  }
  for (const f of TEXT_FIELDS) if (text(f)) take(f, { value: text(f) }, text(f));

  takeDate('joinedOn');
  const confirmed = takeDate('confirmedOn');
  // An unreadable 转正日期 says nothing about the 党员类别; the date's own problem is reported.
  const confirmedUnread = row.problems.some((p) => p.field === 'confirmedOn');
  if (text('kind') || !confirmedUnread) {
    const kind = text('kind') ? readKind(text('kind')) : kindFromDates(confirmed !== null);
    take('kind', kind, kind.value ? MEMBER_KIND_LABELS[kind.value] : text('kind'));
  } else row.derived.add('kind');

  row.groupName = text('group');
  if (row.groupName) row.values.group = row.groupName;
  return row;
}
