import { randomBytes } from 'node:crypto';

/** Produces new record ids. Injected so tests and the demo can be reproducible. */
export type IdGenerator = () => string;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/**
 * UUIDv7 (RFC 9562): 48-bit millisecond time, then randomness. A 12-bit counter in
 * rand_a keeps ids from one generator strictly increasing within the same millisecond.
 */
export function uuidv7Generator(
  nowMs: () => number,
  random: (n: number) => Uint8Array = (n) => randomBytes(n),
): IdGenerator {
  let lastMs = -1;
  let counter = 0;
  return () => {
    let ms = nowMs();
    if (ms <= lastMs) {
      ms = lastMs;
      counter += 1;
      if (counter > 0xfff) {
        ms = lastMs + 1;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMs = ms;
    const b = new Uint8Array(16);
    const rnd = random(8);
    let t = ms;
    for (let i = 5; i >= 0; i -= 1) {
      b[i] = t % 256;
      t = Math.floor(t / 256);
    }
    b[6] = 0x70 | ((counter >> 8) & 0x0f);
    b[7] = counter & 0xff;
    b.set(rnd, 8);
    b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
    const h = hex(b);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}

/** A deterministic byte source (xorshift) for reproducible ids in tests and demo data. */
export function seededRandom(seed: number): (n: number) => Uint8Array {
  let s = seed >>> 0 || 0x9e3779b9;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) {
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      out[i] = s & 0xff;
    }
    return out;
  };
}
