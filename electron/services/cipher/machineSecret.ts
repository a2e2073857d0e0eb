import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { KEY_BYTES } from '../../../db/cipher.js';
import { DatabaseOpenError } from '../../../db/errors.js';

export const MACHINE_SECRET_FILE = 'machine.key';

/**
 * This PC user's machine secret (32 random bytes, owner-only), or null when there is none yet.
 * `create` makes one the first time a data key needs wrapping; an existing secret is never
 * replaced (every data file on this PC is wrapped by it).
 */
export function loadMachineSecret(dir: string, create: boolean): Buffer | null {
  const path = join(dir, MACHINE_SECRET_FILE);
  if (existsSync(path)) {
    const secret = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (secret.length !== KEY_BYTES) throw new DatabaseOpenError('DB_KEY', `本机密钥文件已损坏：${path}`);
    return secret;
  }
  if (!create) return null;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const secret = randomBytes(KEY_BYTES);
  const partial = join(dir, `.${MACHINE_SECRET_FILE}.${randomBytes(4).toString('hex')}.part`);
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      writeSync(fd, `${secret.toString('base64')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A link never replaces: of two programs starting at once, the second reads the first's secret.
    try {
      linkSync(partial, path);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'EEXIST') return loadMachineSecret(dir, false);
      throw err;
    }
  } finally {
    rmSync(partial, { force: true });
  }
  return secret;
}
