import {
  createCipheriv,
  createDecipheriv,
  diffieHellman,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BundleError } from './errors.js';
import { ed25519Private, x25519Private, x25519Public } from './keys.js';
import { MAX_BODY_BYTES, MAX_BUNDLE_BYTES } from './limits.js';

export { MAX_BUNDLE_BYTES };

/**
 * The .zbx bundle, format 1 (docs/bundle-format.md):
 *   "ZBX1" | u32 header length | header JSON | u32 body length | body | 64-byte Ed25519 signature
 * The signature covers everything before it. The body is gzip'd JSON, AES-256-GCM encrypted
 * with a random key that is wrapped for the recipient (X25519 + HKDF-SHA256 + AES-256-GCM).
 */
export const MAGIC = Buffer.from('ZBX1', 'ascii');
export const FORMAT_VERSION = 1;
export const ALGORITHMS = { sig: 'Ed25519', kex: 'X25519-HKDF-SHA256', aead: 'AES-256-GCM', zip: 'gzip' } as const;
const WRAP_INFO = Buffer.from('zhibu bundle v1 key wrap', 'utf8');
const TOO_LARGE_BODY = `数据包内容超过 ${MAX_BODY_BYTES / 1024 / 1024} MB 的上限（附件过多），已拒绝：请删去不必要的附件后重新导出`;

export interface BundleHeader {
  format: number;
  alg: typeof ALGORITHMS;
  sender: string;
  recipient: string;
  seq: number;
  created: string;
  /** The last sequence number this sender has received from the recipient (acknowledgement). */
  ack: number;
  wrap: { epk: string; iv: string; key: string };
  iv: string;
  /** Present on a branch's first bundle: its public keys and proof of the enrolment secret. */
  enrol?: { sign: string; enc: string; proof: string };
  /** A recovery bundle (export --full): the only kind that may bring a branch its own records back. */
  full?: true;
}

export type HeaderFields = Pick<BundleHeader, 'sender' | 'recipient' | 'seq' | 'created' | 'ack' | 'enrol' | 'full'>;

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function kek(shared: Buffer, epk: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([epk, recipient]), WRAP_INFO, 32));
}

function seal(key: Buffer, iv: Buffer, plain: Buffer, aad?: Buffer): Buffer {
  const c = createCipheriv('aes-256-gcm', key, iv);
  if (aad) c.setAAD(aad);
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function open(key: Buffer, iv: Buffer, sealed: Buffer, aad?: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, iv);
  if (aad) d.setAAD(aad);
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]);
}

export interface EncodeKeys {
  senderSignSeed: Buffer;
  /** Raw X25519 public key of the recipient, base64url. */
  recipientEnc: string;
  random?: (n: number) => Buffer;
}

export function encodeBundle(fields: HeaderFields, body: unknown, keys: EncodeKeys): Buffer {
  const plain = Buffer.from(JSON.stringify(body), 'utf8');
  // Said here, where the user can still act, rather than by the recipient's refusal.
  if (plain.length > MAX_BODY_BYTES) throw new BundleError('TOO_LARGE', TOO_LARGE_BODY);
  return encodeZipped(fields, gzipSync(plain), keys);
}

/** A bundle around an already gzip'd body (also how tests build bodies no exporter would write). */
export function encodeZipped(fields: HeaderFields, zipped: Buffer, keys: EncodeKeys): Buffer {
  const random = keys.random ?? randomBytes;
  const bodyKey = random(32);
  const ephemeral = x25519Private(random(32));
  const epk = Buffer.from(x25519PublicOf(ephemeral), 'base64url');
  const recipient = Buffer.from(keys.recipientEnc, 'base64url');
  const shared = diffieHellman({ privateKey: ephemeral, publicKey: x25519Public(keys.recipientEnc) });
  const wrapIv = random(12);
  const header: BundleHeader = {
    format: FORMAT_VERSION,
    alg: ALGORITHMS,
    ...fields,
    wrap: {
      epk: epk.toString('base64url'),
      iv: wrapIv.toString('base64url'),
      key: seal(kek(shared, epk, recipient), wrapIv, bodyKey).toString('base64url'),
    },
    iv: random(12).toString('base64url'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const sealed = seal(bodyKey, Buffer.from(header.iv, 'base64url'), zipped, headerBytes);
  const signed = Buffer.concat([MAGIC, u32(headerBytes.length), headerBytes, u32(sealed.length), sealed]);
  return Buffer.concat([signed, sign(null, signed, ed25519Private(keys.senderSignSeed))]);
}

function x25519PublicOf(k: KeyObject): string {
  const x = (k.export({ format: 'jwk' }) as { x?: string }).x;
  if (!x) throw new Error('no public part');
  return x;
}

export interface RawBundle {
  header: BundleHeader;
  /** The bytes the signature covers, and the signature. */
  signed: Buffer;
  signature: Buffer;
  sealed: Buffer;
  headerBytes: Buffer;
}

const CORRUPT = '文件已损坏或不完整（可能拷贝中断），请让对方重新导出';

/** Reads the envelope without trusting anything in it yet. */
export function readEnvelope(bytes: Buffer): RawBundle {
  if (bytes.length > MAX_BUNDLE_BYTES) throw new BundleError('TOO_LARGE', '文件过大，不是支部台账的数据包');
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(MAGIC)) {
    if (bytes.subarray(0, 3).toString('ascii') === 'ZBX')
      throw new BundleError('NEWER_FORMAT', '数据包格式版本较新，请先升级支部台账');
    throw new BundleError('NOT_A_BUNDLE', '这不是支部台账的数据包（.zbx）');
  }
  if (bytes.length < 8 + 4 + 64) throw new BundleError('CORRUPT', CORRUPT);
  const hLen = bytes.readUInt32BE(4);
  if (8 + hLen + 4 + 64 > bytes.length) throw new BundleError('CORRUPT', CORRUPT);
  const headerBytes = bytes.subarray(8, 8 + hLen);
  const bLen = bytes.readUInt32BE(8 + hLen);
  const end = 8 + hLen + 4 + bLen;
  if (end + 64 !== bytes.length) throw new BundleError('CORRUPT', CORRUPT);
  let header: BundleHeader;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as BundleHeader;
  } catch {
    throw new BundleError('CORRUPT', CORRUPT);
  }
  if (typeof header !== 'object' || header === null || typeof header.format !== 'number')
    throw new BundleError('CORRUPT', CORRUPT);
  if (header.format > FORMAT_VERSION) throw new BundleError('NEWER_FORMAT', '数据包格式版本较新，请先升级支部台账');
  if (header.format !== FORMAT_VERSION || header.alg?.sig !== ALGORITHMS.sig || header.alg.aead !== ALGORITHMS.aead)
    throw new BundleError('CORRUPT', CORRUPT);
  return {
    header,
    headerBytes,
    signed: bytes.subarray(0, end),
    sealed: bytes.subarray(8 + hLen + 4, end),
    signature: bytes.subarray(end),
  };
}

export function verifyEnvelope(raw: RawBundle, senderSign: KeyObject): void {
  if (!verify(null, raw.signed, senderSign, raw.signature))
    throw new BundleError('BAD_SIGNATURE', '数据包签名不符：文件被改动过，或不是由已登记的单位发出');
}

/** Inflates at most MAX_BODY_BYTES: zlib stops there, so a gzip bomb never fills memory. */
function inflate(zipped: Buffer): Buffer {
  try {
    return gunzipSync(zipped, { maxOutputLength: MAX_BODY_BYTES });
  } catch (err) {
    if (err instanceof RangeError) throw new BundleError('TOO_LARGE', TOO_LARGE_BODY);
    throw new BundleError('CORRUPT', '数据包无法解压，文件已损坏，请让对方重新导出');
  }
}

/** Decrypts a verified bundle's body with this installation's X25519 key. */
export function openBody(raw: RawBundle, encSeed: Buffer): unknown {
  let zipped: Buffer;
  try {
    const me = x25519Private(encSeed);
    const epk = Buffer.from(raw.header.wrap.epk, 'base64url');
    const mine = Buffer.from(x25519PublicOf(me), 'base64url');
    const shared = diffieHellman({ privateKey: me, publicKey: x25519Public(raw.header.wrap.epk) });
    const bodyKey = open(
      kek(shared, epk, mine),
      Buffer.from(raw.header.wrap.iv, 'base64url'),
      Buffer.from(raw.header.wrap.key, 'base64url'),
    );
    zipped = open(bodyKey, Buffer.from(raw.header.iv, 'base64url'), raw.sealed, raw.headerBytes);
  } catch {
    throw new BundleError('CORRUPT', '数据包无法解密：不是发给本单位的，或文件已损坏');
  }
  const text = inflate(zipped).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BundleError('CORRUPT', '数据包内容无法识别，可能由不兼容的程序生成');
  }
}
