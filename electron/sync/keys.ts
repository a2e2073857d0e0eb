import { createHash, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';

/**
 * An installation's identity: an Ed25519 key to sign bundles and an X25519 key to receive
 * them. Private keys are 32-byte seeds kept in this machine's local_meta, never synced.
 */
export interface Identity {
  signSeed: Buffer;
  encSeed: Buffer;
}

export interface PublicKeys {
  /** Raw 32-byte public keys, base64url. */
  sign: string;
  enc: string;
}

const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');

export function ed25519Private(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
}

export function x25519Private(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([X25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
}

function rawPublic(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an OKP key');
  return jwk.x;
}

export function ed25519Public(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
}

export function x25519Public(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw }, format: 'jwk' });
}

/** Fresh key seeds; the random source is injected so tests can make fixed identities. */
export function newIdentity(random: (n: number) => Buffer = randomBytes): Identity {
  return { signSeed: random(32), encSeed: random(32) };
}

export function publicKeys(id: Identity): PublicKeys {
  return { sign: rawPublic(ed25519Private(id.signSeed)), enc: rawPublic(x25519Private(id.encSeed)) };
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A short fingerprint of both public keys, read out over the phone to compare:
 * 20 characters in groups of four, from an alphabet without look-alikes (no I, O, 0, 1).
 */
export function fingerprint(keys: PublicKeys): string {
  const digest = createHash('sha256')
    .update(Buffer.from(keys.sign, 'base64url'))
    .update(Buffer.from(keys.enc, 'base64url'))
    .digest();
  let out = '';
  for (let i = 0; i < 20; i += 1) out += BASE32[(digest[i] as number) % 32];
  return out.match(/.{4}/g)?.join('-') ?? out;
}

export function serializeIdentity(id: Identity): string {
  return JSON.stringify({ sign: id.signSeed.toString('base64'), enc: id.encSeed.toString('base64') });
}

export function parseIdentity(text: string): Identity {
  const o = JSON.parse(text) as { sign: string; enc: string };
  return { signSeed: Buffer.from(o.sign, 'base64'), encSeed: Buffer.from(o.enc, 'base64') };
}
