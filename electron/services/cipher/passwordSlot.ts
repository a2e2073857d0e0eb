import { createHash, randomBytes, scrypt as scryptCb } from 'node:crypto';
import type { DataKey } from '../../../db/cipher.js';
import { aadOf, seal, unseal, type KeyFile, type PasswordSlot } from './keyFile.js';

/** The same cost as the account's own hash (about 50 ms on an old PC, 32 MiB). */
const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
/** scrypt needs 128 · N · r bytes; a slot from a later version may ask for more, within reason. */
const MAXMEM = 256 * 1024 * 1024;

export interface SlotAccount {
  id: string;
  name: string;
}

function derive(password: string, kdf: { N: number; r: number; p: number; salt: string }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(
      password.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      32,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: MAXMEM },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** Account id and name are both authenticated: a slot cannot be relabelled for another account. */
function aadFor(account: SlotAccount): Buffer {
  return aadOf('password', `${account.id}/${account.name}`);
}

/** Names the account's password hash by its salt (random, never derived from the password). */
export function saltTagOf(accountSalt: string): string {
  return createHash('sha256').update('zhibu password slot').update(accountSalt).digest('hex').slice(0, 16);
}

/** `accountSalt`: the salt of the account's password hash this password goes with. */
export async function wrapForPassword(
  key: DataKey,
  account: SlotAccount,
  password: string,
  accountSalt: string,
): Promise<PasswordSlot> {
  const kdf = { ...KDF, salt: randomBytes(16).toString('base64') };
  const sealed = seal(key, await derive(password, kdf), aadFor(account));
  return { kind: 'password', id: account.id, name: account.name, kdf, ...sealed, saltTag: saltTagOf(accountSalt) };
}

async function unlockSlot(slot: PasswordSlot, password: string): Promise<DataKey | null> {
  try {
    return unseal(slot, await derive(password, slot.kdf), aadFor(slot));
  } catch {
    // Parameters scrypt refuses (an altered slot) unlock nothing.
    return null;
  }
}

/** The data key and the account whose slot opened it, or null: no slot of that name opens with this password. */
export async function unlockWithPassword(
  file: KeyFile,
  name: string,
  password: string,
): Promise<{ key: DataKey; account: SlotAccount } | null> {
  for (const slot of file.slots) {
    if (slot.kind !== 'password' || slot.name !== name) continue;
    const key = await unlockSlot(slot, password);
    if (key) return { key, account: { id: slot.id, name: slot.name } };
  }
  return null;
}

export function hasPasswordSlot(file: KeyFile, name: string): boolean {
  return file.slots.some((s) => s.kind === 'password' && s.name === name);
}
