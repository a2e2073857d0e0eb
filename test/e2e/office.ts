import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, serve } from './fixtures.js';

/** Steps of stories with two installations: an office (乡镇/县党委) and the branch under it. */

export const OFFICE_NAME = '中共城关镇委员会';
export const OFFICE_CODE = 'CG01';

export interface Office {
  url: string;
  /** The office's own temporary folder: downloaded files are kept here too. */
  dir: string;
  stop: () => Promise<void>;
}

/**
 * The second installation (the office) for a test: its own database, made by the CLI as an
 * office would be, served by its own `zhibu serve` like the `app` fixture's branch.
 */
export async function startOffice(name = OFFICE_NAME, code = OFFICE_CODE): Promise<Office> {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-office-'));
  const dbPath = join(dir, 'office.sqlite');
  execFileSync(process.execPath, [
    'scripts/zhibu.mjs',
    'init',
    '--db',
    dbPath,
    '--role',
    'office',
    '--name',
    name,
    '--code',
    code,
  ]);
  const { url, stop } = await serve(dbPath, dir);
  return { url, dir, stop };
}

/** Both hosts are on 127.0.0.1, where cookies ignore the port: the office needs its own context. */
export function newOfficeContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
}

/** Clicks what starts a browser download and keeps the file in `dir` under its suggested name. */
export async function download(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const started = page.waitForEvent('download');
  await click();
  const file = await started;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** 数据交换 → 登记支部 at the office: the one-time .zbenrol file for the branch, kept in `dir`. */
export async function enrolBranch(officePage: Page, dir: string, name: string, code: string): Promise<string> {
  await officePage.getByRole('menuitem', { name: '数据交换' }).click();
  await officePage.getByRole('button', { name: '登记支部' }).click();
  const enrolDialog = officePage.getByRole('dialog', { name: '登记支部' });
  await enrolDialog.getByLabel('支部名称').fill(name);
  await enrolDialog.getByLabel('代码').fill(code);
  const file = await download(officePage, dir, () => enrolDialog.getByRole('button', { name: '生成登记文件' }).click());
  await expect(enrolDialog).toBeHidden();
  return file;
}

/** A branch's row in the office's 已登记的支部. */
export function branchRow(officePage: Page, name: string): Locator {
  return officePage.getByRole('region', { name: '已登记的支部' }).getByRole('row').filter({ hasText: name });
}

/** Picks bundle files in 数据交换's 导入数据包 (already open on that page). */
export async function pickBundles(page: Page, files: string | string[]): Promise<void> {
  await page.getByRole('region', { name: '导入数据包' }).locator('input[type=file]').setInputFiles(files);
}

/** 导出数据包 at a branch (on 数据交换): the next bundle for the office, kept in `dir`. */
export async function exportFromBranch(page: Page, dir: string): Promise<string> {
  await page.getByRole('menuitem', { name: '数据交换' }).click();
  const file = await download(page, dir, () => page.getByRole('button', { name: '导出数据包' }).click());
  await expect(page.getByText(/已导出第 \d+ 号数据包/)).toBeVisible();
  return file;
}

/** 导出 on the branch's row at the office: the next bundle for that branch, kept in `dir`. */
export async function exportFromOffice(officePage: Page, dir: string, branchName: string): Promise<string> {
  await officePage.getByRole('menuitem', { name: '数据交换' }).click();
  return download(officePage, dir, () =>
    branchRow(officePage, branchName).getByRole('button', { name: '导出', exact: true }).click(),
  );
}

/** The office imports one bundle and is told it went in. */
export async function importAtOffice(officePage: Page, file: string): Promise<void> {
  await officePage.getByRole('menuitem', { name: '数据交换' }).click();
  await pickBundles(officePage, file);
  const name = basename(file);
  const row = officePage.getByRole('region', { name: '导入数据包' }).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('✓');
}

/** The branch imports one bundle from the office and is told it went in. */
export async function importAtBranch(page: Page, file: string): Promise<void> {
  await page.getByRole('menuitem', { name: '数据交换' }).click();
  await pickBundles(page, file);
  const name = basename(file);
  const line = page.getByRole('region', { name: '导入数据包' }).getByRole('alert').filter({ hasText: name });
  await expect(line).toContainText('已导入：');
}

/** The branch's first step on 数据交换: import the office's .zbenrol file. */
export async function importEnrolment(page: Page, file: string, officeName = OFFICE_NAME): Promise<void> {
  await page.getByRole('menuitem', { name: '数据交换' }).click();
  await expect(page.getByText('第一步：导入上级党委发来的登记文件')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText(new RegExp(`^上级党委：${officeName}`))).toBeVisible();
}
