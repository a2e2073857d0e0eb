import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: about 50 ms on an old PC, 32 MiB of memory (Node's limit raised to fit). */
const KDF: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, KDF, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export interface PasswordHash {
  salt: string;
  hash: string;
}

/** A fresh random salt per user, so equal passwords never look alike in the file. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), hash: (await derive(password, salt)).toString('base64') };
}

/** Compares in constant time, so the answer's timing tells nothing about the stored hash. */
export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Seconds to wait after the n-th wrong password in a row: 1, 2, 4 … never more than a minute. */
export function retryDelaySeconds(failedAttempts: number): number {
  if (failedAttempts <= 0) return 0;
  return Math.min(60, 2 ** (failedAttempts - 1));
}
