import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { KEY_BYTES, type DataKey } from '../../../db/cipher.js';
import { DatabaseOpenError } from '../../../db/errors.js';
import { withFileLock } from './fileLock.js';

/**
 * `<data file>.key`: the data key, never in the clear, wrapped once per way of unlocking it (key
 * slots, as in LUKS). A `machine` slot is AES-256-GCM under this PC user's machine secret
 * (machineSecret.ts); a `password` slot per account is AES-256-GCM under scrypt(password)
 * (passwordSlot.ts); a `safeStorage` slot is the key encrypted by Electron's safeStorage (the
 * desktop app's own, safeStorageSlot in electron/). A folder moved to another PC carries slots of
 * the old machine too: they stay, harmless, until removed.
 */
export const KEY_FILE_SUFFIX = '.key';

const FORMAT = 'zhibu-data-key';

const base64 = z.string().min(1);
const machineSlotSchema = z.object({
  kind: z.literal('machine'),
  /** Which machine secret wraps it (a hash of the secret, not the secret). */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  iv: base64,
  tag: base64,
  wrapped: base64,
});
const passwordSlotSchema = z.object({
  kind: z.literal('password'),
  /** The account's id and login name (both authenticated with the wrapped key). */
  id: z.string().min(1),
  name: z.string().min(1),
  kdf: z.object({
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: base64,
  }),
  iv: base64,
  tag: base64,
  wrapped: base64,
  /** Which of the account's password hashes it was made with (a hash of that one's random salt): a login sees a stale slot without running scrypt. */
  saltTag: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
});
const safeStorageSlotSchema = z.object({
  kind: z.literal('safeStorage'),
  /** Random, to tell one PC user's slot from another's (safeStorage itself authenticates). */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  wrapped: base64,
});
const slotSchema = z.discriminatedUnion('kind', [machineSlotSchema, passwordSlotSchema, safeStorageSlotSchema]);
export type KeySlot = z.infer<typeof slotSchema>;
export type MachineSlot = z.infer<typeof machineSlotSchema>;
export type PasswordSlot = z.infer<typeof passwordSlotSchema>;
export type SafeStorageSlot = z.infer<typeof safeStorageSlotSchema>;

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  cipher: z.literal('chacha20'),
  slots: z.array(slotSchema),
});
export type KeyFile = z.infer<typeof fileSchema>;

export function keyFileFor(databasePath: string): string {
  return `${databasePath}${KEY_FILE_SUFFIX}`;
}

export function machineIdOf(secret: Buffer): string {
  return createHash('sha256').update('zhibu machine secret').update(secret).digest('hex').slice(0, 16);
}

/** The slot's kind and id are authenticated with it: a slot cannot be passed off as another. */
export function aadOf(kind: string, id: string): Buffer {
  return Buffer.from(`${FORMAT}/1/${kind}/${id}`, 'utf8');
}

export interface Sealed {
  iv: string;
  tag: string;
  wrapped: string;
}

/** AES-256-GCM of the data key under a 32-byte wrapping key, with the slot's identity as AAD. */
export function seal(key: DataKey, wrappingKey: Buffer, aad: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(aad);
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** The data key, or null when the wrapping key or AAD is not the one it was sealed with (or it was altered). */
export function unseal(sealed: Sealed, wrappingKey: Buffer, aad: Buffer): DataKey | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(sealed.wrapped, 'base64')), decipher.final()]);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

export function wrapForMachine(key: DataKey, secret: Buffer): MachineSlot {
  const id = machineIdOf(secret);
  return { kind: 'machine', id, ...seal(key, secret, aadOf('machine', id)) };
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
    const key = unseal(slot, secret, aadOf('machine', id));
    if (key) return key;
  }
  return null;
}

function keyFileText(slots: KeySlot[]): string {
  const file: KeyFile = { format: FORMAT, version: 1, cipher: 'chacha20', slots };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Written whole under a temporary name and on disk before anything points at it. */
function writePartial(path: string, text: string): string {
  const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
  const fd = openSync(partial, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return partial;
}

function syncDir(path: string): void {
  if (process.platform === 'win32') return;
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * A new key file, put in place whole: a crash never leaves half a key file. It is linked, never
 * renamed over: of two programs creating an installation at once, the second gets `false` and
 * must read the first one's key.
 */
export function writeNewKeyFile(path: string, slots: KeySlot[]): boolean {
  const partial = writePartial(path, keyFileText(slots));
  try {
    try {
      linkSync(partial, path);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'EEXIST') return false;
      throw err;
    }
    syncDir(path);
    return true;
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Changes the slots of an existing key file: the new file is written and synced under a
 * temporary name, then renamed over the old one, so a crash leaves the old file or the new one,
 * whole. Programs changing it take turns (withFileLock), each reading it under the lock, so a
 * slot another program added a moment ago is kept.
 */
export function updateKeyFile(path: string, change: (slots: KeySlot[]) => KeySlot[]): KeyFile {
  return withFileLock(path, () => {
    const current = readKeyFile(path);
    const slots = change(current.slots);
    const partial = writePartial(path, keyFileText(slots));
    try {
      renameSync(partial, path);
    } finally {
      rmSync(partial, { force: true });
    }
    syncDir(path);
    return { ...current, slots };
  });
}

export function keyFileExists(databasePath: string): boolean {
  return existsSync(keyFileFor(databasePath));
}
