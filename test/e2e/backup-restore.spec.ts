import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, serve, test } from './fixtures.js';

test('设置 → 备份与恢复: restore a backup in browser mode, then the 恢复前 copy is listed', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-restore-'));
  const dbPath = join(dir, 'zhibu.sqlite');
  execFileSync(process.execPath, ['scripts/zhibu.mjs', 'demo', '--db', dbPath, '--members', '12']);
  const host = await serve(dbPath, dir);
  try {
    await openApp(page, host.url);
    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '备份与恢复' });
    await expect(card.getByRole('row').filter({ hasText: '启动时' })).toHaveCount(1);
    // The start-up copy was taken before the 管理员 existed; a manual one holds the account.
    await card.getByRole('button', { name: '立即备份' }).click();
    const manualRow = card.getByRole('row').filter({ hasText: '手动' });
    await expect(manualRow).toHaveCount(1);

    const attachments = page.getByLabel('允许给会议记录添加照片、签到表扫描件');
    await expect(attachments).not.toBeChecked();
    await attachments.click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByText('设置已保存')).toBeVisible();

    await manualRow.getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('恢复前');
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await reloaded;

    // The app reloads on the home page; the restored data has the attachments switch off again.
    await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect(page.getByLabel('允许给会议记录添加照片、签到表扫描件')).not.toBeChecked();
    await expect(card.getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1);
    await page.screenshot({ path: 'test-results/backup-restore.png', fullPage: true });
  } finally {
    await host.stop();
  }
});
