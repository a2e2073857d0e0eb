import type { SafeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { KEY_BYTES, type DataKey } from '../db/cipher.js';
import type { KeyFile, KeySlot, SafeStorageSlot } from './services/cipher/keyFile.js';
import type { LocalKeyStore } from './services/cipher/localKeys.js';

type Encryptor = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

function open(safeStorage: Encryptor, slot: SafeStorageSlot): DataKey | null {
  try {
    const key = Buffer.from(safeStorage.decryptString(Buffer.from(slot.wrapped, 'base64')), 'base64');
    return key.length === KEY_BYTES ? key : null;
  } catch {
    // Another OS user's (or PC's) slot: safeStorage cannot decrypt it here.
    return null;
  }
}

/**
 * The desktop app's local key store: the data key encrypted by Electron's safeStorage (DPAPI,
 * Keychain, or the Linux keyring), used instead of the machine secret where it is available. An
 * installation from before still opens through its machine slot (`fallback`).
 */
export function safeStorageKeyStore(safeStorage: Encryptor, fallback: LocalKeyStore): LocalKeyStore {
  if (!safeStorage.isEncryptionAvailable()) return fallback;
  const mine = (slot: KeySlot): slot is SafeStorageSlot =>
    slot.kind === 'safeStorage' && open(safeStorage, slot) !== null;
  return {
    label: '系统钥匙串',
    unlock(file: KeyFile) {
      for (const slot of file.slots)
        if (slot.kind === 'safeStorage') {
          const key = open(safeStorage, slot);
          if (key) return key;
        }
      return fallback.unlock(file);
    },
    wrap(key) {
      return {
        kind: 'safeStorage',
        id: randomBytes(8).toString('hex'),
        wrapped: safeStorage.encryptString(key.toString('base64')).toString('base64'),
      };
    },
    owns: (slot) => mine(slot) || fallback.owns(slot),
  };
}
