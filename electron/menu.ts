import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { join, resolve } from 'node:path';
import { writeOutputFile } from './services/outputFile.js';
import type { Clock } from '../db/clock.js';
import { PRODUCT_NAME } from './paths.js';
import type { Session } from './services/access/session.js';
import type { Installation } from './services/installation.js';

export interface MenuDeps {
  /** The main window, or null while there is none. */
  window: () => BrowserWindow | null;
  /** The open installation, or null while the data is still locked (opened by the first right login). */
  installation: () => Installation | null;
  databasePath: string;
  clock: Clock;
  /** The window's login: a copy of all the data is the 管理员's to take. */
  session: Session;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Menu clicks cannot await: run the action and report any failure in a dialog. */
function fire(failureTitle: string, action: () => Promise<void>): void {
  action().catch((err: unknown) => dialog.showErrorBox(failureTitle, `${failureTitle}：${errorText(err)}`));
}

function printPage(win: BrowserWindow): void {
  win.webContents.print({ printBackground: true }, (success, reason) => {
    // Closing the system print dialog is not a failure worth a message.
    if (!success && !/cancel/i.test(reason)) dialog.showErrorBox('打印失败', '未能打印当前页面，请检查打印机后重试');
  });
}

async function savePageAsPdf(win: BrowserWindow, deps: MenuDeps): Promise<void> {
  const today = deps.clock.today();
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: '另存为 PDF',
    defaultPath: join(app.getPath('documents'), `${PRODUCT_NAME}-${today}.pdf`),
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return;
  const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });
  writeOutputFile(filePath, pdf, { replace: true });
}

/** A consistent copy of the data file, without this machine's private keys (Maintenance.copyWithoutKeys). */
async function backupData(win: BrowserWindow, deps: MenuDeps): Promise<void> {
  const installation = deps.installation();
  // A locked start has no login yet either: the data opens with the first one.
  if (!installation || deps.session.user?.role !== 'admin') {
    dialog.showErrorBox('备份失败', '请先以管理员账号登录，再备份数据');
    return;
  }
  const { database } = installation;
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: '备份数据',
    defaultPath: join(app.getPath('documents'), `${PRODUCT_NAME}备份-${deps.clock.today()}.sqlite`),
    filters: [{ name: '支部台账数据文件', extensions: ['sqlite'] }],
  });
  if (canceled || !filePath) return;
  if (resolve(filePath) === resolve(database.path)) {
    dialog.showErrorBox('备份失败', '不能把备份保存为正在使用的数据文件本身，请换一个位置或文件名');
    return;
  }
  const { maintenance } = installation.ctx;
  if (!maintenance) throw new Error('数据文件未能以维护方式打开');
  await maintenance.copyWithoutKeys(filePath);
  await dialog.showMessageBox(win, {
    type: 'info',
    title: '备份数据',
    message: '备份完成',
    detail: `已保存到：${filePath}\n备份中不含本机密钥；要在新电脑上继续使用同一身份，请在“数据交换”页另做“密钥备份”。`,
    buttons: ['确定'],
  });
}

async function showAbout(win: BrowserWindow): Promise<void> {
  await dialog.showMessageBox(win, {
    type: 'info',
    title: '关于支部台账',
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: `党支部离线台账管理：花名册、三会一课、党费、发展党员、数据交换。\n数据只保存在本机。\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    buttons: ['确定'],
  });
}

async function showDataLocation(win: BrowserWindow, deps: MenuDeps): Promise<void> {
  const path = deps.databasePath;
  const { response } = await dialog.showMessageBox(win, {
    type: 'info',
    title: '数据文件位置',
    message: '数据文件保存在：',
    detail: path,
    buttons: ['在文件夹中显示', '关闭'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response === 0) shell.showItemInFolder(path);
}

/** The Chinese application menu; every action works on the main window. */
function appMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const withWindow = (failureTitle: string, action: (win: BrowserWindow) => Promise<void>) => () => {
    const win = deps.window();
    if (win) fire(failureTitle, () => action(win));
  };
  const print = () => {
    const win = deps.window();
    if (win) printPage(win);
  };
  const about = withWindow('无法显示', showAbout);
  // macOS always turns the first menu into the application menu, so it gets its own.
  const macAppMenu: MenuItemConstructorOptions[] =
    process.platform === 'darwin'
      ? [
          {
            label: PRODUCT_NAME,
            submenu: [
              { label: '关于支部台账', click: about },
              { type: 'separator' },
              { role: 'hide', label: '隐藏支部台账' },
              { role: 'quit', label: '退出支部台账' },
            ],
          },
        ]
      : [];
  return [
    ...macAppMenu,
    {
      label: '文件',
      submenu: [
        { label: '打印当前页面…', accelerator: 'CmdOrCtrl+P', click: print },
        {
          label: '另存为 PDF…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: withWindow('保存 PDF 失败', (win) => savePageAsPdf(win, deps)),
        },
        { type: 'separator' },
        { label: '备份数据…', click: withWindow('备份失败', (win) => backupData(win, deps)) },
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '关于支部台账', click: about },
        { label: '数据文件位置', click: withWindow('无法显示', (win) => showDataLocation(win, deps)) },
      ],
    },
  ];
}

export function installAppMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(deps)));
}
