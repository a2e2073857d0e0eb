import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openData } from '../support/cipher.js';
import { expect, openApp, serve, test } from './fixtures.js';

test('an office sees the start-up check on its 总览 and keeps its backups under 备份与恢复', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-office-backup-'));
  const dbPath = join(dir, 'office.sqlite');
  execFileSync(process.execPath, [
    'scripts/zhibu.mjs',
    'init',
    '--db',
    dbPath,
    '--role',
    'office',
    '--name',
    '中共城关镇委员会',
    '--code',
    'CG01',
  ]);
  // A bundle record that names no enrolled branch: a broken reference, as a damaged file would have.
  const file = openData(dbPath);
  file.pragma('foreign_keys = OFF');
  file
    .prepare("INSERT INTO sync_outbox (peer_code, seq, created, change_cursor, rows) VALUES ('ZZ999', 1, ?, 0, 0)")
    .run('2026-01-01T00:00:00.000Z');
  file.close();
  const host = await serve(dbPath, dir);
  try {
    await openApp(page, host.url);
    const banner = page.getByRole('alert').filter({ hasText: '数据文件检查发现问题' });
    await expect(banner).toContainText('引用了不存在的记录');
    await expect(banner).toContainText('备份与恢复');
    await page.screenshot({ path: 'test-results/office-health-banner.png', fullPage: true });

    await banner.getByRole('link', { name: '恢复备份' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '备份与恢复' });
    await expect(page.getByRole('menuitem', { name: '备份与恢复' })).toHaveClass(/ant-menu-item-selected/);
    await expect(card.getByRole('row').filter({ hasText: '启动时' })).toHaveCount(1);
    await card.getByRole('button', { name: '立即备份' }).click();
    await expect(card.getByRole('row').filter({ hasText: '手动' })).toHaveCount(1);
    await page.screenshot({ path: 'test-results/office-backups.png', fullPage: true });
  } finally {
    await host.stop();
  }
});
