import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBody, readEnvelope, verifyEnvelope } from '../../electron/sync/format.js';
import { ed25519Public } from '../../electron/sync/keys.js';
import { VECTOR, vectorBundle } from './vector.js';

/** The committed file docs/bundle-format.md describes; any reader of format 1 must read it. */
const FILE = new URL('../fixtures/bundle-v1.zbx', import.meta.url);
const SENDER_SIGN = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w';

describe('bundle format 1 test vector', () => {
  it('reads the committed vector: header, signature, decrypted body', () => {
    const bytes = readFileSync(FILE);
    const raw = readEnvelope(bytes);
    expect(raw.header).toMatchObject({
      format: 1,
      alg: { sig: 'Ed25519', kex: 'X25519-HKDF-SHA256', aead: 'AES-256-GCM', zip: 'gzip' },
      ...VECTOR.fields,
      iv: Buffer.alloc(12, 6).toString('base64url'),
    });
    verifyEnvelope(raw, ed25519Public(SENDER_SIGN));
    expect(openBody(raw, VECTOR.recipientEncSeed)).toEqual(VECTOR.body);
  });

  it('encodes the same header and signed prefix from the same keys and randomness', () => {
    const fresh = readEnvelope(vectorBundle());
    const committed = readEnvelope(readFileSync(FILE));
    expect(fresh.headerBytes.equals(committed.headerBytes)).toBe(true);
    expect(createHash('sha256').update(committed.headerBytes).digest('hex')).toBe(
      createHash('sha256').update(fresh.headerBytes).digest('hex'),
    );
  });
});
