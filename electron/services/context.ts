import type { Kysely } from 'kysely';
import type { DataKey } from '../../db/cipher.js';
import type { Clock } from '../../db/clock.js';
import type { Hlc } from '../../db/hlc.js';
import type { IdGenerator } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { AppInfo } from '../api/app.js';
import type { Session } from './access/session.js';
import type { LocalKeyStore } from './cipher/localKeys.js';
import type { Maintenance } from './backups/maintenance.js';

/** Turns a complete HTML document into PDF bytes (Electron printToPDF or Chromium). */
export type PdfPrinter = (
  html: string,
  options: {
    landscape: boolean;
    headerLeft: string;
    headerRight: string;
    /** No page header and footer (the 工作手册's cover and 目录). */
    bare?: boolean;
  },
) => Promise<Uint8Array>;

/** Everything a service needs, passed in: no globals, so each test builds its own installation. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  hlc: Hlc;
  ids: IdGenerator;
  /** Absent where no browser engine is available to print with. */
  printPdf?: PdfPrinter;
  app: Pick<AppInfo, 'version' | 'shell' | 'databasePath'>;
  /** Backups, restore and the start-up check of this installation's file (absent in bare test contexts). */
  maintenance?: Maintenance;
  /** The data file's key, for a second (read-only) connection to it; absent for a plain file. */
  dataKey?: DataKey;
  /** What opens the data key here without a password (machine secret, or the desktop's safeStorage). */
  localKeys?: LocalKeyStore;
  /** The Electron-built better-sqlite3 addon the app loaded, for a second (read-only) connection. */
  sqliteBinding?: string;
  /** Who is calling: each transport passes its own window's or browser's session. */
  session: Session;
}
