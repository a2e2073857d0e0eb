import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { setMeta } from '../../db/queries/localMeta.js';
import { findOwnOrganization } from '../../db/queries/organization.js';
import type { Database } from '../../db/schema.js';
import { ensureIdentity } from './identity.js';
import { fingerprint, publicKeys, serializeIdentity, type Identity } from './keys.js';

/**
 * The passphrase-protected key backup (.zbkey): the only way this installation's private keys
 * leave the machine. Layout (docs/bundle-format.md, "Key backup"): magic `ZBKEY1`, a 4-byte
 * big-endian header length, a UTF-8 JSON header (scrypt parameters and salt, AES-GCM IV, the
 * organisation), then AES-256-GCM(scrypt(passphrase), plaintext) with its 16-byte tag. The
 * header (with magic and length) is the additional authenticated data.
 */
export const KEY_MAGIC = Buffer.from('ZBKEY1', 'ascii');
export const MIN_PASSPHRASE = 8;
const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
/** scrypt needs 128 · N · r bytes (32 MiB here, Node's whole default limit), so the limit is raised. */
const MAX_KDF_MEMORY = 64 * 1024 * 1024;
const MAXMEM = 2 * MAX_KDF_MEMORY;
const MAX_FILE = 64 * 1024;

export type KeyBackupErrorCode =
  'WEAK_PASSPHRASE' | 'NOT_A_BACKUP' | 'NEWER_FORMAT' | 'BAD_PASSPHRASE' | 'WRONG_ORG' | 'NOT_SET_UP';

export class KeyBackupError extends Error {
  constructor(
    readonly code: KeyBackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeyBackupError';
  }
}

interface Header {
  format: 1;
  kdf: { alg: 'scrypt'; N: number; r: number; p: number; salt: string };
  aead: { alg: 'AES-256-GCM'; iv: string };
  org: { code: string; name: string };
  created: string;
}

interface Plain {
  type: 'zhibu-keys';
  org: { code: string; name: string };
  identity: { sign: string; enc: string };
}

const NOT_A_BACKUP = '这不是支部台账的密钥备份文件（.zbkey）';
const WRONG_PASSPHRASE = '口令不正确，或文件已损坏';

function deriveKey(passphrase: string, salt: Buffer, p: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: MAXMEM };
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE)
    throw new KeyBackupError('WEAK_PASSPHRASE', `口令至少 ${MIN_PASSPHRASE} 个字符`);
}

async function ownOrg(db: Kysely<Database>) {
  const org = await findOwnOrganization(db);
  if (!org) throw new KeyBackupError('NOT_SET_UP', '尚未完成首次设置');
  return org;
}

/** Writes this installation's identity, encrypted under the passphrase. */
export async function writeKeyBackup(
  db: Kysely<Database>,
  passphrase: string,
  now: string,
  random: (n: number) => Buffer = randomBytes,
): Promise<Buffer> {
  checkPassphrase(passphrase);
  const org = await ownOrg(db);
  const id = await ensureIdentity(db);
  const salt = random(16);
  const iv = random(12);
  const header: Header = {
    format: 1,
    kdf: { alg: 'scrypt', ...KDF, salt: salt.toString('base64url') },
    aead: { alg: 'AES-256-GCM', iv: iv.toString('base64url') },
    org: { code: org.code, name: org.name },
    created: now,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([KEY_MAGIC, len, headerBytes]);
  const plain: Plain = {
    type: 'zhibu-keys',
    org: header.org,
    identity: { sign: id.signSeed.toString('base64'), enc: id.encSeed.toString('base64') },
  };
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, KDF), iv);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([aad, sealed]);
}

function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n > 1 && (n & (n - 1)) === 0;
}

/** Reads the header without trusting it; bounds keep a crafted file from exhausting memory. */
function readHeader(bytes: Buffer): { header: Header; aad: Buffer; sealed: Buffer } {
  if (bytes.length > MAX_FILE || bytes.length < 10 || !bytes.subarray(0, 6).equals(KEY_MAGIC)) {
    if (bytes.length <= MAX_FILE && bytes.subarray(0, 5).toString('ascii') === 'ZBKEY')
      throw new KeyBackupError('NEWER_FORMAT', '密钥备份的格式版本较新，请先升级支部台账');
    throw new KeyBackupError('NOT_A_BACKUP', NOT_A_BACKUP);
  }
  const hLen = bytes.readUInt32BE(6);
  if (10 + hLen + 16 > bytes.length) throw new KeyBackupError('BAD_PASSPHRASE', WRONG_PASSPHRASE);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(10, 10 + hLen).toString('utf8')) as Header;
  } catch {
    throw new KeyBackupError('BAD_PASSPHRASE', WRONG_PASSPHRASE);
  }
  const k = header?.kdf;
  const ok =
    header?.format === 1 &&
    k?.alg === 'scrypt' &&
    isPowerOfTwo(k.N) &&
    Number.isSafeInteger(k.r) &&
    k.r >= 1 &&
    128 * k.N * k.r <= MAX_KDF_MEMORY &&
    Number.isSafeInteger(k.p) &&
    k.p >= 1 &&
    k.p <= 4 &&
    typeof k.salt === 'string' &&
    header.aead?.alg === 'AES-256-GCM' &&
    typeof header.aead.iv === 'string' &&
    Buffer.from(header.aead.iv, 'base64url').length === 12 &&
    typeof header.org?.code === 'string';
  if (!ok) throw new KeyBackupError('BAD_PASSPHRASE', WRONG_PASSPHRASE);
  return { header, aad: bytes.subarray(0, 10 + hLen), sealed: bytes.subarray(10 + hLen) };
}

async function decrypt(bytes: Buffer, passphrase: string): Promise<Plain> {
  const { header, aad, sealed } = readHeader(bytes);
  try {
    const key = await deriveKey(passphrase, Buffer.from(header.kdf.salt, 'base64url'), header.kdf);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.aead.iv, 'base64url'));
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const text = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    const plain = JSON.parse(text.toString('utf8')) as Plain;
    if (plain?.type !== 'zhibu-keys' || typeof plain.identity?.sign !== 'string' || plain.org?.code !== header.org.code)
      throw new Error('unexpected plaintext');
    return plain;
  } catch {
    throw new KeyBackupError('BAD_PASSPHRASE', WRONG_PASSPHRASE);
  }
}

function toIdentity(p: Plain): Identity {
  const id = { signSeed: Buffer.from(p.identity.sign, 'base64'), encSeed: Buffer.from(p.identity.enc, 'base64') };
  if (id.signSeed.length !== 32 || id.encSeed.length !== 32)
    throw new KeyBackupError('BAD_PASSPHRASE', WRONG_PASSPHRASE);
  return id;
}

/**
 * Proves its holder owns this installation: the backup opens with the passphrase and belongs
 * to this organisation. Used to recover a forgotten 管理员 password; changes nothing.
 */
export async function verifyKeyBackup(db: Kysely<Database>, bytes: Buffer, passphrase: string): Promise<void> {
  const org = await ownOrg(db);
  const plain = await decrypt(bytes, passphrase);
  if (plain.org.code !== org.code)
    throw new KeyBackupError(
      'WRONG_ORG',
      `该密钥备份属于代码 ${plain.org.code}（${plain.org.name}）的单位，不是本单位的`,
    );
  toIdentity(plain);
}

/**
 * Replaces this installation's identity with the one in the backup, only if the passphrase
 * opens it and it belongs to this organisation; otherwise nothing changes.
 */
export async function restoreKeyBackup(
  db: Kysely<Database>,
  bytes: Buffer,
  passphrase: string,
): Promise<{ fingerprint: string; org: { code: string; name: string } }> {
  const org = await ownOrg(db);
  const plain = await decrypt(bytes, passphrase);
  if (plain.org.code !== org.code)
    throw new KeyBackupError(
      'WRONG_ORG',
      `该密钥备份属于代码 ${plain.org.code}（${plain.org.name}）的单位，本单位代码为 ${org.code}，不能恢复`,
    );
  const id = toIdentity(plain);
  const keys = publicKeys(id);
  await setMeta(db, 'identity', serializeIdentity(id));
  return { fingerprint: fingerprint(keys), org: plain.org };
}

/**
 * A database snapshot must not carry the private keys: removes them from the copy (the
 * deleted bytes overwritten and the file rebuilt) and leaves it a single self-contained file.
 */
export function stripKeysFromCopy(copy: BetterSqlite3.Database): void {
  copy.pragma('journal_mode = DELETE');
  copy.pragma('secure_delete = ON');
  copy.prepare("DELETE FROM local_meta WHERE key = 'identity'").run();
  // An enrolment secret proves a branch to its office until the first acknowledgement: as private as the keys.
  copy.prepare("UPDATE sync_peer SET secret = ''").run();
  copy.exec('VACUUM');
}
