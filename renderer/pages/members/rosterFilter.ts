import type { MemberSummary } from '../../../electron/api/index.js';
import { NO_GROUP, type AgeBand, type FlagFilter, type RosterFilters } from '../../stores/members.js';

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  young: '35岁及以下',
  middle: '36–60岁',
  senior: '61岁及以上',
};

export const FLAG_LABELS: Record<FlagFilter, string> = { mobile: '流动党员', lost: '失联党员', hardship: '困难党员' };

function inBand(age: number, band: AgeBand): boolean {
  if (band === 'young') return age <= 35;
  if (band === 'middle') return age >= 36 && age <= 60;
  return age >= 61;
}

function hasFlag(m: MemberSummary, flag: FlagFilter): boolean {
  if (flag === 'mobile') return m.flags.mobile !== null;
  if (flag === 'lost') return m.flags.lostContact !== null;
  return m.flags.hardship !== null;
}

/**
 * What the search box matches: the name, pinyin initials or full pinyin (`zs`, `zhangsan`),
 * or a fragment of the ID number. Returns null when the box is empty.
 */
function textMatcher(text: string): ((m: MemberSummary) => boolean) | null {
  const raw = text.trim();
  if (!raw) return null;
  const letters = raw.toLowerCase().replace(/\s+/g, '');
  const idPart = raw.toUpperCase().replace(/\s+/g, '');
  const digits = /^[\dX]+$/.test(idPart);
  return (m) =>
    m.name.includes(raw) ||
    (digits ? m.idNumber.includes(idPart) || m.phone.includes(idPart) : m.searchKey.includes(letters));
}

/** The roster lines the filters let through, in the list's order. Pure, so it can be memoised. */
export function filterRoster(list: readonly MemberSummary[], f: RosterFilters): MemberSummary[] {
  const matchText = textMatcher(f.text);
  return list.filter(
    (m) =>
      (f.groupId === '' || (f.groupId === NO_GROUP ? m.groupId === null : m.groupId === f.groupId)) &&
      (f.kind === '' || m.kind === f.kind) &&
      (f.ageBand === '' || inBand(m.age, f.ageBand)) &&
      (f.flag === '' || hasFlag(m, f.flag)) &&
      (matchText === null || matchText(m)),
  );
}

export function isFiltered(f: RosterFilters): boolean {
  return f.text.trim() !== '' || f.groupId !== '' || f.kind !== '' || f.ageBand !== '' || f.flag !== '';
}
