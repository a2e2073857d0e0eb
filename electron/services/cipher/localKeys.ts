import type { DataKey } from '../../../db/cipher.js';
import { machineIdOf, unlockWithMachine, wrapForMachine, type KeyFile, type KeySlot } from './keyFile.js';
import { loadMachineSecret } from './machineSecret.js';

/**
 * How this process opens the data key without asking anyone: this PC user's machine secret (CLI,
 * browser mode), or Electron's safeStorage (the desktop app, which passes its own).
 */
export interface LocalKeyStore {
  /** Named in messages and in 备份与恢复. */
  readonly label: string;
  unlock(file: KeyFile): DataKey | null;
  /** A slot of this store wrapping `key` (a machine secret is made the first time). */
  wrap(key: DataKey): KeySlot;
  /** Whether the slot is this store's own (to replace it, or take it out). */
  owns(slot: KeySlot): boolean;
}

export function machineKeyStore(dir: string): LocalKeyStore {
  return {
    label: '本机密钥',
    unlock(file) {
      const secret = loadMachineSecret(dir, false);
      return secret ? unlockWithMachine(file, secret) : null;
    },
    wrap(key) {
      const secret = loadMachineSecret(dir, true);
      if (!secret) throw new Error('machine secret was not created');
      return wrapForMachine(key, secret);
    },
    owns(slot) {
      const secret = loadMachineSecret(dir, false);
      return secret !== null && slot.kind === 'machine' && slot.id === machineIdOf(secret);
    },
  };
}
