import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { systemClock, type Clock } from '../../db/clock.js';
import { Hlc } from '../../db/hlc.js';
import { uuidv7Generator, type IdGenerator } from '../../db/ids.js';
import type { DataKey } from '../../db/cipher.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
import { latestHlc } from '../../db/queries/changeLog.js';
import { getMeta, setMeta } from '../../db/queries/localMeta.js';
import { defaultMachineKeyDir } from '../paths.js';
import { operatorSession } from './access/session.js';
import { createMaintenance, migrationCopyOffThread } from './backups/maintenance.js';
import { encryptPlainBackups, encryptPlainFile } from './cipher/convert.js';
import { dataKeyFor, keyOf, type KeyState } from './cipher/dataKey.js';
import { machineKeyStore, type LocalKeyStore } from './cipher/localKeys.js';
import type { ServiceContext, PdfPrinter } from './context.js';

export interface InstallationOptions {
  clock?: Clock;
  ids?: IdGenerator;
  /** 16 hex digits; a fresh database gets a random one, stored for good. */
  nodeId?: string;
  nativeBinding?: string;
  printPdf?: PdfPrinter;
  shell?: 'desktop' | 'web';
  version?: string;
  /** Where this PC user's machine secret lives (wraps the data key); the per-user default otherwise. */
  machineKeyDir?: string;
  /** What opens the data key without a password here (the desktop app's safeStorage); the machine secret otherwise. */
  localKeys?: LocalKeyStore;
  /** The data key, already unwrapped by an account's password (a locked start, `zhibu unlock`). */
  dataKey?: DataKey;
}

/** This process's way of opening the data key without a password. */
export function localKeysOf(options: Pick<InstallationOptions, 'localKeys' | 'machineKeyDir'>): LocalKeyStore {
  return (
    options.localKeys ??
    machineKeyStore(options.machineKeyDir ?? defaultMachineKeyDir(process.platform, process.env, homedir()))
  );
}

export interface Installation {
  ctx: ServiceContext;
  /** The connection of the moment: a restore replaces it (the context follows). */
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

/** The parts of the context that belong to one open connection of the file. */
async function connectionContext(
  database: OpenDatabase,
  clock: Clock,
  options: InstallationOptions,
): Promise<Pick<ServiceContext, 'db' | 'hlc' | 'ids'>> {
  let nodeId = await getMeta(database.db, 'node_id');
  if (!nodeId) {
    nodeId = options.nodeId ?? randomBytes(8).toString('hex');
    await setMeta(database.db, 'node_id', nodeId);
  }
  const hlc = new Hlc(nodeId, () => clock.nowMs());
  const last = await latestHlc(database.db);
  if (last) hlc.observe(last);
  return { db: database.db, hlc, ids: options.ids ?? uuidv7Generator(() => clock.nowMs()) };
}

/**
 * Opens one installation's database and builds the context every service receives. The
 * context object stays the same for the installation's life (the IPC binding and the HTTP
 * host hold it); a restore closes the file, puts the backup in its place, reopens it and
 * updates this same object, so every transport sees the restored data at once.
 */
export async function openInstallation(path: string, options: InstallationOptions = {}): Promise<Installation> {
  const clock = options.clock ?? systemClock;
  const localKeys = localKeysOf(options);
  const state: KeyState = options.dataKey ? { kind: 'keyed', key: options.dataKey } : dataKeyFor(path, localKeys);
  const key = keyOf(state, path);
  if (state.kind === 'plain') encryptPlainFile(path, state.key, clock);
  if (key) encryptPlainBackups(path, key);
  const open = () =>
    openDatabase(path, {
      clock,
      key,
      // A locked start migrates at a browser's first login and a restore at the reopen, while the host serves.
      migrationCopy: migrationCopyOffThread(key, options.nativeBinding),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  let database = await open();
  const ctx: ServiceContext = {
    ...(await connectionContext(database, clock, options)),
    clock,
    app: { version: options.version ?? '0.0.0', shell: options.shell ?? 'web', databasePath: path },
    // The CLI, demo, bench and tests act as the local operator; the app's transports give each window its own.
    session: operatorSession(),
  };
  if (options.printPdf) ctx.printPdf = options.printPdf;
  if (options.nativeBinding) ctx.sqliteBinding = options.nativeBinding;
  if (key) {
    ctx.dataKey = key;
    ctx.localKeys = localKeys;
  }
  ctx.maintenance = createMaintenance({
    path,
    clock,
    current: () => database,
    context: () => ctx,
    reopen: async () => {
      database = await open();
      Object.assign(ctx, await connectionContext(database, clock, options));
    },
  });
  return {
    ctx,
    get database() {
      return database;
    },
    close: () => database.close(),
  };
}
