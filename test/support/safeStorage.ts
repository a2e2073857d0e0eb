import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Stands in for Electron's safeStorage (no Electron binary here): strings encrypted under one OS
 * user's secret, which another user's cannot decrypt (it throws, as safeStorage does).
 */
export function osUser(available = true) {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(text: string): Buffer {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(data: Buffer): string {
      const d = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
