import { systemClock } from '../../db/clock.js';
import type { DataKey } from '../../db/cipher.js';
import { lockedStart, openGate, type InstallationGate } from './access/lockedStart.js';
import { needsPassword } from './cipher/dataKey.js';
import { localKeysOf, openInstallation, type Installation, type InstallationOptions } from './installation.js';

/** An installation as an app shell (desktop window, browser-mode host) serves it. */
export interface StartedInstallation {
  /** What the transport calls: the open installation, or the locked start until the first right login. */
  readonly gate: InstallationGate;
  /** The data key opened only with an account's password: the login page says 数据已加密. */
  readonly locked: boolean;
  /** The open installation; null while the data is still locked. */
  readonly installation: Installation | null;
  close(): Promise<void>;
}

/**
 * Opens the installation at `databasePath` now when this process's local key store opens its
 * key, or else starts locked (lockedStart): the first right login unwraps the key through the
 * account's slot and opens it then. `onOpen` runs once the installation is open (start-up
 * checks, backup care), either way; if it fails the installation is closed again, so a locked
 * start's next login opens it afresh instead of a second connection beside the first.
 */
export async function startInstallation(
  databasePath: string,
  options: InstallationOptions & { onOpen?: (installation: Installation) => void | Promise<void> },
): Promise<StartedInstallation> {
  const { onOpen, ...openOptions } = options;
  let installation: Installation | null = null;
  const open = async (dataKey?: DataKey) => {
    const inst = await openInstallation(databasePath, { ...openOptions, ...(dataKey ? { dataKey } : {}) });
    try {
      await onOpen?.(inst);
    } catch (err) {
      await inst.close();
      throw err;
    }
    installation = inst;
    return inst.ctx;
  };
  const locked = needsPassword(databasePath, localKeysOf(openOptions));
  const gate = locked
    ? lockedStart({ databasePath, clock: openOptions.clock ?? systemClock, open })
    : openGate(await open());
  return {
    gate,
    locked,
    get installation() {
      return installation;
    },
    close: async () => {
      const closing = installation;
      installation = null;
      await closing?.close();
    },
  };
}
