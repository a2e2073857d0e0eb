import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { KEY_BYTES, type DataKey } from '../../../db/cipher.js';
import { DatabaseOpenError } from '../../../db/errors.js';

/**
 * `<data file>.key`: the data key, never in the clear, wrapped once per way of unlocking it (key
 * slots, as in LUKS). A `machine` slot is AES-256-GCM under this PC user's machine secret
 * (machineSecret.ts); more slots can sit beside it (another PC the folder was moved to).
 */
export const KEY_FILE_SUFFIX = '.key';

const FORMAT = 'zhibu-data-key';

const slotSchema = z.object({
  kind: z.literal('machine'),
  /** Which machine secret wraps it (a hash of the secret, not the secret). */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  iv: z.string().min(1),
  tag: z.string().min(1),
  wrapped: z.string().min(1),
});
export type KeySlot = z.infer<typeof slotSchema>;

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  cipher: z.literal('chacha20'),
  slots: z.array(slotSchema),
});
type KeyFile = z.infer<typeof fileSchema>;

export function keyFileFor(databasePath: string): string {
  return `${databasePath}${KEY_FILE_SUFFIX}`;
}

export function machineIdOf(secret: Buffer): string {
  return createHash('sha256').update('zhibu machine secret').update(secret).digest('hex').slice(0, 16);
}

/** The slot's kind and id are authenticated with it: a slot cannot be passed off as another. */
function aadOf(kind: string, id: string): Buffer {
  return Buffer.from(`${FORMAT}/1/${kind}/${id}`, 'utf8');
}

export function wrapForMachine(key: DataKey, secret: Buffer): KeySlot {
  const id = machineIdOf(secret);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  cipher.setAAD(aadOf('machine', id));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kind: 'machine',
    id,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

function unwrap(slot: KeySlot, secret: Buffer): DataKey | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(aadOf(slot.kind, slot.id));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.wrapped, 'base64')), decipher.final()]);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

export function readKeyFile(path: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new DatabaseOpenError('DB_KEY', `密钥文件已损坏，无法读取：${path}`);
  }
  const file = fileSchema.safeParse(parsed);
  if (!file.success) throw new DatabaseOpenError('DB_KEY', `密钥文件格式不对（或来自更新版本的支部台账）：${path}`);
  return file.data;
}

/** The data key from this machine's slot, or null when the file has no slot for this machine. */
export function unlockWithMachine(file: KeyFile, secret: Buffer): DataKey | null {
  const id = machineIdOf(secret);
  for (const slot of file.slots) {
    if (slot.kind !== 'machine' || slot.id !== id) continue;
    const key = unwrap(slot, secret);
    if (key) return key;
  }
  return null;
}

/**
 * Written whole under a temporary name, on disk, then put in place: a crash never leaves half a
 * key file. A new key file is linked, never renamed over: of two programs creating an
 * installation at once, the second gets `false` and must read the first one's key.
 */
export function writeNewKeyFile(path: string, slots: KeySlot[]): boolean {
  const file: KeyFile = { format: FORMAT, version: 1, cipher: 'chacha20', slots };
  const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(partial, path);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'EEXIST') return false;
      throw err;
    }
    if (process.platform !== 'win32') {
      const dir = openSync(dirname(path), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
    return true;
  } finally {
    rmSync(partial, { force: true });
  }
}

export function keyFileExists(databasePath: string): boolean {
  return existsSync(keyFileFor(databasePath));
}
