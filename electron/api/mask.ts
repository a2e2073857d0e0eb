/** 公民身份号码 in a list: the region and the last four stay, the birth date does not (110101********1234). */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return id.replace(/./g, '*');
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** A phone number in a list: 138****5678 (a landline keeps its first three and last four likewise). */
export function maskPhone(phone: string): string {
  if (phone === '') return '';
  if (phone.length <= 7) return phone.replace(/./g, '*');
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
