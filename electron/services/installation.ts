import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../../db/clock.js';
import { Hlc } from '../../db/hlc.js';
import { uuidv7Generator, type IdGenerator } from '../../db/ids.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
import { latestHlc } from '../../db/queries/changeLog.js';
import { getMeta, setMeta } from '../../db/queries/localMeta.js';
import { operatorSession } from './access/session.js';
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
}

export interface Installation {
  ctx: ServiceContext;
  database: OpenDatabase;
  close(): Promise<void>;
}

/** Opens one installation's database and builds the context every service receives. */
export async function openInstallation(path: string, options: InstallationOptions = {}): Promise<Installation> {
  const database = openDatabase(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const clock = options.clock ?? systemClock;
  let nodeId = await getMeta(database.db, 'node_id');
  if (!nodeId) {
    nodeId = options.nodeId ?? randomBytes(8).toString('hex');
    await setMeta(database.db, 'node_id', nodeId);
  }
  const hlc = new Hlc(nodeId, () => clock.nowMs());
  const last = await latestHlc(database.db);
  if (last) hlc.observe(last);
  const ctx: ServiceContext = {
    db: database.db,
    clock,
    hlc,
    ids: options.ids ?? uuidv7Generator(() => clock.nowMs()),
    app: { version: options.version ?? '0.0.0', shell: options.shell ?? 'web', databasePath: path },
    // The CLI, demo, bench and tests act as the local operator; the app's transports give each window its own.
    session: operatorSession(),
  };
  if (options.printPdf) ctx.printPdf = options.printPdf;
  if (options.nativeBinding) ctx.sqliteBinding = options.nativeBinding;
  return { ctx, database, close: () => database.close() };
}
