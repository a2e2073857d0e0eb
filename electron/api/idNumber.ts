/**
 * 公民身份号码 (GB 11643-1999): 17 digits + an ISO 7064 MOD 11-2 check character.
 * Pure, so the form, the importer and the services all judge a number the same way.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** Upper-cases a trailing x and removes spaces; does not judge validity. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export type IdProblem = 'length' | 'chars' | 'birth' | 'check';

export function idNumberProblem(id: string): IdProblem | null {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'chars';
  const birth = idBirthDate(id);
  if (!birth) return 'birth';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'check';
  return null;
}

export const ID_PROBLEM_MESSAGES: Record<IdProblem, string> = {
  length: '公民身份号码应为 18 位',
  chars: '公民身份号码只能是 17 位数字加 1 位数字或 X',
  birth: '公民身份号码中的出生日期无效',
  check: '公民身份号码校验位不正确，请核对',
};

/** The birth date encoded in digits 7–14, or null if it is not a real date. */
export function idBirthDate(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Digit 17 is odd for men, even for women. */
export function idGender(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** Builds a valid number from its parts (demo data and tests): region 6 digits, sequence 0–999. */
export function buildIdNumber(region: string, birthDate: string, sequence: number, gender: 'male' | 'female'): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== (gender === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
