import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { startHost } from '../host/server.js';
import { defaultDatabasePath } from '../paths.js';
import { createChromiumPrinter, findBrowser } from '../print/chromium.js';
import { startBackgroundCare } from '../services/backups/startup.js';
import { startInstallation } from '../services/startInstallation.js';
import { clockFindings } from '../services/verify/verify.js';
import { optionalFlag, parseCommand } from './args.js';
import { appVersion, PACKAGE_ROOT } from './context.js';
import { CliError } from './errors.js';

/** Browser mode: the app's UI and operations over 127.0.0.1, for machines without Electron. */
export async function serveCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'port', 'static']);
  const db = optionalFlag(flags, 'db') ?? defaultDatabasePath(process.platform, process.env, homedir());
  const portFlag = optionalFlag(flags, 'port');
  const port = portFlag === undefined ? 0 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`端口无效：${portFlag}`);
  const staticDir = optionalFlag(flags, 'static') ?? join(PACKAGE_ROOT, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html')))
    throw new CliError(`界面尚未构建（缺少 ${staticDir}/index.html），请先运行 npm run build`);
  mkdirSync(dirname(db), { recursive: true });

  const browser = findBrowser(process.env);
  const printer = browser ? createChromiumPrinter(browser) : undefined;
  let stopCare: (() => Promise<void>) | undefined;
  // A key only an account's password opens: the page shows the login, and the first login opens the data.
  const started = await startInstallation(db, {
    version: appVersion(),
    shell: 'web',
    ...(printer ? { printPdf: printer } : {}),
    onOpen: async (inst) => {
      for (const f of await clockFindings(inst.ctx)) console.warn(`注意：${f.message}（zhibu verify 可再次检查）`);
      if (inst.ctx.maintenance)
        stopCare = startBackgroundCare(inst.ctx.maintenance, inst.ctx.clock, (m) => console.warn(`注意：${m}`));
    },
  });
  const { gate, locked } = started;
  const host = await startHost({ gate, staticDir, port });
  console.log(`支部台账（浏览器版）已启动，数据文件：${db}`);
  if (!printer) console.log('提示：未找到 Chromium/Chrome/Edge，“保存为 PDF”不可用（可用浏览器自带的打印）');
  if (locked) console.log('数据已加密，本机不能直接打开：请在浏览器中用账号和密码登录以打开');
  console.log(`请在浏览器中打开：${host.openUrl}`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  void stopCare?.();
  await host.close();
  await started.close();
  await printer?.close();
}
