import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { expect, openApp, test } from './fixtures.js';
import {
  branchRow as officeBranchRow,
  download,
  enrolBranch,
  newOfficeContext,
  OFFICE_CODE,
  OFFICE_NAME,
  pickBundles,
  startOffice,
} from './office.js';

const BRANCH_NAME = '中共东风村支部委员会';
const BRANCH_CODE = 'DF001';

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function setUpBranchWithOneMember(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByRole('button', { name: '党支部', exact: true }).click();
  await page.getByLabel('党组织名称（全称）').fill(BRANCH_NAME);
  await page.getByLabel('组织代码').fill(BRANCH_CODE);
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: BRANCH_NAME })).toBeVisible();

  await page.getByRole('menuitem', { name: '党员花名册' }).click();
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增党员' });
  await dialog.getByLabel('姓名').fill('王建国');
  await dialog.getByLabel('公民身份号码').fill(buildIdNumber('410323', '1990-03-07', 101, 'male'));
  await dialog.getByText('预备党员', { exact: true }).click();
  await dialog.getByLabel('入党日期').fill(isoDaysAgo(100));
  await dialog.getByLabel('入党日期').press('Enter');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

test('exchange: office enrols a branch, the branch sends a bundle, a repeat is refused', async ({
  app,
  page,
  browser,
}) => {
  // The longest story (two hosts, enrolment both ways, bundles, 停用, key backup): on a busy
  // 2-core machine it ran past the 90 s every other story fits in.
  test.slow();
  const office = await startOffice();
  const officeContext = await newOfficeContext(browser);
  try {
    await setUpBranchWithOneMember(page, app.url);

    const officePage = await officeContext.newPage();
    await openApp(officePage, office.url);
    await officePage.getByRole('menuitem', { name: '数据交换' }).click();
    const officeFingerprint = (await officePage.getByRole('group', { name: '本机密钥指纹' }).textContent()) ?? '';
    expect(officeFingerprint).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);

    // 登记支部 hands the clerk a one-time .zbenrol file for the branch.
    const enrolFile = await enrolBranch(officePage, office.dir, BRANCH_NAME, BRANCH_CODE);
    expect(basename(enrolFile)).toBe(`${BRANCH_CODE}-登记文件.zbenrol`);
    const branchRow = officeBranchRow(officePage, BRANCH_NAME);
    await expect(branchRow).toContainText('等待第一个数据包');

    // The branch imports it and is shown the office's fingerprint to check by phone.
    await page.getByRole('menuitem', { name: '数据交换' }).click();
    await expect(page.getByText('第一步：导入上级党委发来的登记文件')).toBeVisible();
    const branchFingerprint = (await page.getByRole('group', { name: '本机密钥指纹' }).textContent()) ?? '';
    await page.locator('input[type=file]').setInputFiles(enrolFile);
    await expect(page.getByRole('group', { name: '上级党委的密钥指纹' })).toHaveText(officeFingerprint);
    await expect(page.getByText('请与上级党委电话核对此指纹')).toBeVisible();
    await expect(page.getByText(`上级党委：${OFFICE_NAME}（${OFFICE_CODE}）`)).toBeVisible();

    // 导出数据包 writes the first (full) bundle for the office.
    const bundleFile = await download(page, office.dir, () => page.getByRole('button', { name: '导出数据包' }).click());
    expect(bundleFile).toMatch(/DF001-至-CG01-第1号\.zbx$/);
    await expect(page.getByText(/已导出第 1 号数据包/)).toBeVisible();

    // The office imports it; the same file a second time is refused, and said so.
    await pickBundles(officePage, bundleFile);
    const resultRow = officePage
      .getByRole('region', { name: '导入数据包' })
      .getByRole('row')
      .filter({ hasText: 'DF001-至-CG01-第1号.zbx' });
    await expect(resultRow).toContainText('✓');
    await expect(resultRow).toContainText('第 1 号');
    await pickBundles(officePage, bundleFile);
    await expect(resultRow).toContainText('✗');
    await expect(resultRow).toContainText('已导入过');

    // The office now knows the branch's keys, and shows the fingerprint the branch reads out.
    await expect(branchRow).toContainText('已收到');
    await expect(branchRow).toContainText(branchFingerprint);
    await expect(branchRow.getByRole('button', { name: '导出', exact: true })).toBeEnabled();
    const history = officePage.getByRole('region', { name: '收发记录' });
    await expect(history.getByRole('row').filter({ hasText: BRANCH_NAME })).toContainText('收到');

    // 停用: after confirming, the branch is greyed, tagged, and offers no export any more.
    await branchRow.getByRole('button', { name: `更多操作：${BRANCH_NAME}` }).click();
    await officePage.getByRole('menuitem', { name: '停用' }).click();
    const confirm = officePage.getByRole('dialog').filter({ hasText: '可以重新登记恢复' });
    await confirm.getByRole('button', { name: '停用' }).click();
    await expect(officePage.getByText(`已停用${BRANCH_NAME}`)).toBeVisible();
    await expect(branchRow).toContainText('已停用');
    await expect(branchRow.getByRole('button', { name: '导出', exact: true })).toHaveCount(0);
    await expect(branchRow.getByRole('button', { name: '重新登记' })).toBeVisible();

    // 密钥备份 on the branch: a passphrase-protected file; a wrong passphrase changes nothing.
    await page.getByRole('region', { name: '密钥备份' }).getByRole('button', { name: '备份密钥' }).click();
    const backupDialog = page.getByRole('dialog', { name: '备份密钥' });
    await backupDialog.getByLabel('口令（至少 8 个字符）').fill('东风村 2026 春');
    await backupDialog.getByLabel('再次输入口令').fill('东风村 2026 秋');
    await backupDialog.getByRole('button', { name: '备份密钥' }).click();
    await expect(backupDialog.getByText('两次输入的口令不一致')).toBeVisible();
    await backupDialog.getByLabel('再次输入口令').fill('东风村 2026 春');
    const keyDownload = page.waitForEvent('download');
    await backupDialog.getByRole('button', { name: '备份密钥' }).click();
    expect((await keyDownload).suggestedFilename()).toBe(`${BRANCH_CODE}-密钥备份.zbkey`);
    const keyFile = join(office.dir, 'keys.zbkey');
    await (await keyDownload).saveAs(keyFile);

    await page.getByRole('button', { name: '从备份恢复' }).click();
    const restoreDialog = page.getByRole('dialog', { name: '从备份恢复密钥' });
    await restoreDialog.locator('input[type=file]').setInputFiles(keyFile);
    await expect(restoreDialog.getByText('已选择：keys.zbkey')).toBeVisible();
    await restoreDialog.getByLabel('口令').fill('东风村 2026 秋');
    await restoreDialog.getByRole('button', { name: '恢复密钥' }).click();
    await expect(restoreDialog.getByText('口令不正确，或文件已损坏')).toBeVisible();
    await restoreDialog.getByLabel('口令').fill('东风村 2026 春');
    await restoreDialog.getByRole('button', { name: '恢复密钥' }).click();
    await expect(restoreDialog).toBeHidden();
    await expect(page.getByRole('region', { name: '密钥备份' })).toContainText(branchFingerprint);
  } finally {
    await officeContext.close();
    await office.stop();
  }
});
