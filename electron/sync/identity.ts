import type { Kysely } from 'kysely';
import { getMeta, setMeta } from '../../db/queries/localMeta.js';
import type { Database } from '../../db/schema.js';
import { fingerprint, newIdentity, parseIdentity, publicKeys, serializeIdentity, type Identity } from './keys.js';

/** This installation's key pairs, created on first use and kept in local_meta. */
export async function ensureIdentity(db: Kysely<Database>, random?: (n: number) => Buffer): Promise<Identity> {
  const stored = await getMeta(db, 'identity');
  if (stored) return parseIdentity(stored);
  const id = newIdentity(random);
  await setMeta(db, 'identity', serializeIdentity(id));
  return id;
}

export async function ownFingerprint(db: Kysely<Database>): Promise<string> {
  return fingerprint(publicKeys(await ensureIdentity(db)));
}
