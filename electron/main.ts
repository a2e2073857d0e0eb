import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  safeStorage,
  session,
  shell,
  type Session,
  type WebContents,
} from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BINDING_ENV } from '../db/cipher.js';
import { systemClock } from '../db/clock.js';
import { DatabaseOpenError } from '../db/errors.js';
import { bindIpc } from './ipc.js';
import { installAppMenu } from './menu.js';
import { DATABASE_FILE, defaultDataDir, defaultMachineKeyDir, devNativeBindingPath, PRODUCT_NAME } from './paths.js';
import { createElectronPrinter } from './print/electron.js';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  isExternalLink,
  isLocalResource,
  isTrustedSender,
  withContentSecurityPolicy,
} from './security.js';
import { safeStorageKeyStore } from './safeStorageKeys.js';
import { newSession } from './services/access/session.js';
import { startBackgroundCare } from './services/backups/startup.js';
import { machineKeyStore } from './services/cipher/localKeys.js';
import type { Installation } from './services/installation.js';
import { startInstallation, type StartedInstallation } from './services/startInstallation.js';
import { clockFindings } from './services/verify/verify.js';

/** out/ (this file is out/main/main.js). */
const OUT_DIR = fileURLToPath(new URL('../', import.meta.url));
/** `electron-vite dev` serves the renderer itself; a packaged app never trusts that variable. */
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const RENDERER_INDEX = join(OUT_DIR, 'renderer', 'index.html');
const APP_URL = DEV_SERVER_URL ?? pathToFileURL(RENDERER_INDEX).href;
/** In-memory session of the hidden print windows: no cookies or storage shared with the app. */
const PRINT_PARTITION = 'zhibu-print';

// The same folder `zhibu serve` uses, so the desktop app and browser mode share one database.
const DATA_DIR = defaultDataDir(process.platform, process.env, homedir());
const DATABASE_PATH = join(DATA_DIR, DATABASE_FILE);
app.setPath('userData', DATA_DIR);
app.enableSandbox();

let started: StartedInstallation | null = null;
let mainWindow: BrowserWindow | null = null;
let unbindIpc: (() => void) | null = null;
let stopCare: (() => Promise<void>) | null = null;

function openExternally(url: string): void {
  shell.openExternal(url).catch((err: unknown) => console.error('[zhibu] openExternal failed:', err));
}

/** Every web contents (main window, print windows): no pop-ups, no leaving the app, no webviews. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, APP_URL)) return;
    event.preventDefault();
    if (isExternalLink(event.url)) openExternally(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function hardenSession(ses: Session): void {
  const policy = contentSecurityPolicy(DEV_SERVER_URL);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl, APP_URL));
  });
  ses.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isAllowedPermission(permission, details.requestingUrl ?? contents?.getURL(), APP_URL),
  );
}

function hardenPrintSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalResource(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Ledgers are static HTML, so the print window runs no script at all and has no preload. */
function openPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: PRINT_PARTITION,
    },
  });
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: join(OUT_DIR, 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  const loading = DEV_SERVER_URL ? win.loadURL(DEV_SERVER_URL) : win.loadFile(RENDERER_INDEX);
  loading.catch((err: unknown) =>
    fail(new Error(`界面未能加载（${RENDERER_INDEX}），请先运行 npm run build`, { cause: err })),
  );
  return win;
}

/** The Electron-built better-sqlite3; packaged apps have it rebuilt in place by electron-builder. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const path = devNativeBindingPath(app.getAppPath());
  if (!existsSync(path))
    throw new Error(`缺少为 Electron 编译的 better-sqlite3（${path}），请用 npm start 启动，它会先编译`);
  return path;
}

/** What runs once the data is open and the window shows: the clock check, backup care (never delaying the window). */
function afterOpen(inst: Installation): void {
  const maintenance = inst.ctx.maintenance;
  if (maintenance) stopCare = startBackgroundCare(maintenance, inst.ctx.clock, (m) => console.warn(`[zhibu] ${m}`));
  clockFindings(inst.ctx)
    .then((clock) => {
      if (clock.length > 0 && mainWindow)
        void dialog.showMessageBox(mainWindow, {
          type: 'warning',
          title: '日期时间异常',
          message: clock.map((f) => f.message).join('\n'),
        });
    })
    .catch((err: unknown) => console.error('[zhibu] clock check failed:', err));
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  hardenPrintSession(session.fromPartition(PRINT_PARTITION));
  mkdirSync(DATA_DIR, { recursive: true });
  const binding = nativeBinding();
  // Every connection opened without naming the addon (backups, restores, the maintenance thread) loads it too.
  if (binding) process.env[BINDING_ENV] = binding;
  let windowShown: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => (windowShown = resolve));
  // Open now, or (a key only an account's password opens) at the window's first right login.
  started = await startInstallation(DATABASE_PATH, {
    shell: 'desktop',
    version: app.getVersion(),
    clock: systemClock,
    printPdf: createElectronPrinter(openPrintWindow),
    ...(binding ? { nativeBinding: binding } : {}),
    // The OS keeps the data key (safeStorage) where it can; the machine secret otherwise.
    localKeys: safeStorageKeyStore(
      safeStorage,
      machineKeyStore(defaultMachineKeyDir(process.platform, process.env, homedir())),
    ),
    onOpen: (inst) => void shown.then(() => afterOpen(inst)),
  });
  // The one window's login, held here in the main process; the renderer only sees its result.
  const windowSession = newSession();
  unbindIpc = bindIpc(
    ipcMain,
    started.gate,
    (frameUrl) => isTrustedSender(frameUrl, APP_URL),
    undefined,
    windowSession,
  );
  mainWindow = createMainWindow();
  mainWindow.once('show', windowShown);
  const current = started;
  installAppMenu({
    window: () => mainWindow,
    installation: () => current.installation,
    databasePath: DATABASE_PATH,
    clock: systemClock,
    session: windowSession,
  });
}

/** Start-up failures end the app with a message the user can act on (the database's own is Chinese). */
function fail(err: unknown): void {
  console.error('[zhibu] start-up failed:', err);
  const detail = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('支部台账无法启动', err instanceof DatabaseOpenError ? detail : `启动时出错：${detail}`);
  app.exit(1);
}

async function shutDown(): Promise<void> {
  void stopCare?.();
  unbindIpc?.();
  const closing = started;
  started = null;
  await closing?.close();
}

// Two copies of the app on one database would each keep their own view of it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!started) return;
    // Close the database cleanly (WAL checkpoint) before the process goes.
    event.preventDefault();
    shutDown()
      .catch((err: unknown) => console.error('[zhibu] closing the database failed:', err))
      .finally(() => app.exit(0));
  });
  app.whenReady().then(start).catch(fail);
}
