import type { Page } from '@playwright/test';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { ADMIN, expect, test } from './fixtures.js';
import { addMembers, setUpBranch } from './steps.js';

/** Types a password on the login or lock screen until the growing wait after a wrong one has passed. */
async function unlockWith(page: Page, password: string): Promise<void> {
  await expect(async () => {
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '解锁' }).click();
    await expect(page.getByRole('heading', { name: '已锁定' })).toBeHidden({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
}

/** What a 只读 account may not do, asked of the main process directly as a page script would. */
function tryWrite(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const r = await fetch('api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'groups.save', input: { name: '第九党小组' } }),
      credentials: 'same-origin',
    });
    return r.json() as Promise<unknown>;
  });
}

test('login, a wrong password, lock and unlock, a masked ID shown on demand, and a 只读 user', async ({
  app,
  page,
}) => {
  await setUpBranch(page, app.url, '中共东风村支部委员会', 'DF001');
  await addMembers(page, [
    { name: '李四', birth: '1970-05-12', gender: 'male', joined: '1995-07-01', confirmed: '1996-07-01' },
  ]);
  const idNumber = buildIdNumber('410323', '1970-05-12', 300, 'male');

  // The roster shows the ID masked; 显示 shows it in full, and that look is in 操作记录.
  const roster = page.getByRole('region', { name: '党员名单' });
  await expect(roster).toContainText(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
  await expect(roster).not.toContainText(idNumber);
  await roster.getByRole('button', { name: '显示完整身份证号' }).click();
  await expect(roster).toContainText(idNumber);
  await page.getByRole('menuitem', { name: '操作记录' }).click();
  await expect(page.getByText('查看了李四的公民身份号码')).toBeVisible();

  // 锁定: only the password opens it again; a wrong one is refused with a wait.
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('密码不正确，请 1 秒后再试')).toBeVisible();
  await unlockWith(page, ADMIN.password);
  await expect(page.getByRole('heading', { name: '操作记录' })).toBeVisible();

  // The 管理员 adds a 只读 account.
  await page.getByRole('menuitem', { name: '账号管理' }).click();
  await page.getByRole('button', { name: '新增账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新增账号' });
  await dialog.getByLabel('用户名').fill('小王');
  await dialog.getByLabel('初始密码').fill('viewer-pass');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: '小王', exact: true })).toBeVisible();

  // 小王 logs in: no edit buttons, no 账号管理, and a write asked for directly is refused.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录', exact: true })).toBeVisible();
  await page.getByLabel('用户名').fill('小王');
  await page.getByLabel('密码').fill('viewer-pass');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('小王（只读）')).toBeVisible();
  await page.getByRole('menuitem', { name: '党员花名册' }).click();
  await expect(roster.getByRole('link', { name: '李四' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增党员' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '账号管理' })).toHaveCount(0);
  expect(await tryWrite(page)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
