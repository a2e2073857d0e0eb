import { buildIdNumber } from '../../electron/api/idNumber.js';
import type { MemberInput } from '../../electron/api/members.js';
import type { Education } from '../../electron/api/memberOptions.js';
import { addDays, addYears } from '../../electron/services/rules/dates.js';
import { FEMALE_GIVEN, MALE_GIVEN, REGIONS, SURNAMES, WORK } from './names.js';
import type { Rng } from './random.js';

function dateBetween(rng: Rng, from: string, to: string): string {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, span)));
}

function education(rng: Rng, birthYear: number): Education {
  if (birthYear < 1960)
    return rng.weighted([
      ['小学及以下', 4],
      ['初中', 5],
      ['高中', 2],
    ] as const);
  if (birthYear < 1980)
    return rng.weighted([
      ['初中', 5],
      ['高中', 4],
      ['中专', 2],
      ['大学专科', 1],
    ] as const);
  return rng.weighted([
    ['高中', 2],
    ['中专', 2],
    ['大学专科', 4],
    ['大学本科', 3],
    ['研究生', 1],
  ] as const);
}

/** Two people born the same day in the same county differ in the 3-digit sequence. */
function uniqueIdNumber(rng: Rng, birthDate: string, gender: 'male' | 'female', used: Set<string>): string {
  const region = rng.pick(REGIONS);
  for (let seq = rng.int(0, 999); ; seq += 2) {
    const id = buildIdNumber(region, birthDate, seq, gender);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/**
 * One plausible village Party member as of `today`: a valid ID number that agrees with
 * birth date and gender, joined between 22 and 45, formal a year later unless recent.
 */
export function demoPerson(
  rng: Rng,
  today: string,
  used: Set<string>,
  opts: { probationary?: boolean } = {},
): MemberInput {
  const gender = rng.chance(0.72) ? 'male' : 'female';
  const name = rng.pick(SURNAMES) + rng.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
  const probationary = opts.probationary ?? false;
  const birthDate = probationary
    ? dateBetween(rng, addYears(today, -34), addYears(today, -23))
    : dateBetween(rng, addYears(today, -88), addYears(today, -25));
  const joinedOn = probationary
    ? dateBetween(rng, addDays(today, -330), addDays(today, -20))
    : dateBetween(rng, addYears(birthDate, 22), [addYears(birthDate, 45), addYears(today, -2)].sort()[0] as string);
  const year = Number(birthDate.slice(0, 4));
  const [occupation, workUnit] =
    year < Number(today.slice(0, 4)) - 62 ? (['离退休人员', '退休'] as const) : rng.pick(WORK);
  return {
    name,
    gender,
    ethnicity: rng.weighted([
      ['汉族', 30],
      ['回族', 1],
      ['满族', 1],
    ] as const),
    idNumber: uniqueIdNumber(rng, birthDate, gender, used),
    birthDate,
    nativePlace: '本村',
    education: education(rng, year),
    degree: '',
    occupation,
    workUnit,
    phone: `1${rng.pick(['38', '39', '58', '87', '35'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    address: `本村${rng.int(1, 9)}组`,
    joinedOn,
    confirmedOn: probationary ? null : addYears(joinedOn, 1),
    kind: probationary ? 'probationary' : 'formal',
    groupId: null,
    partyPost: '',
    remarks: '',
  };
}
