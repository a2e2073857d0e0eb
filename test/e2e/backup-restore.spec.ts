import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, serve } from './fixtures.js';
import { test } from '@playwright/test';

test('设置 → 备份与恢复: restore the start-up backup in browser mode, then the 恢复前 copy is listed', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-restore-'));
  const dbPath = join(dir, 'zhibu.sqlite');
  execFileSync(process.execPath, ['scripts/zhibu.mjs', 'demo', '--db', dbPath, '--members', '12']);
  const host = await serve(dbPath, dir);
  try {
    await page.goto(host.url);
    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '备份与恢复' });
    const startRow = card.getByRole('row').filter({ hasText: '启动时' });
    await expect(startRow).toHaveCount(1);

    const attachments = page.getByLabel('允许给会议记录添加照片、签到表扫描件');
    await expect(attachments).not.toBeChecked();
    await attachments.click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByText('设置已保存')).toBeVisible();

    await startRow.getByRole('button', { name: '恢复' }).click();
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
