import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, serve, test } from './fixtures.js';

test('操作记录 names fields in Chinese on screen and on paper; 账号管理 lists the accounts', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-audit-'));
  const dbPath = join(dir, 'zhibu.sqlite');
  execFileSync(process.execPath, ['scripts/zhibu.mjs', 'demo', '--db', dbPath, '--members', '8']);
  const host = await serve(dbPath, dir);
  try {
    await openApp(page, host.url);
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await expect(page.getByText('当前登录')).toBeVisible();
    await page.screenshot({ path: 'test-results/users-page.png', fullPage: true });

    await page.getByRole('menuitem', { name: '操作记录' }).click();
    const table = page.getByRole('table');
    await expect(table).toContainText('姓名：');
    await expect(table).toContainText('公民身份号码：');
    await expect(table).not.toContainText('id_number');
    await expect(table).not.toContainText('birth_date');
    await page.screenshot({ path: 'test-results/audit-page.png' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: 'test-results/audit-print.pdf', format: 'A4', printBackground: true });
  } finally {
    await host.stop();
  }
});
