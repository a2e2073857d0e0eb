import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, expect, serve, test, type Host } from './fixtures.js';
import { addMembers, setUpBranch } from './steps.js';

test('仅凭密码打开数据: after a restart the host is locked, a wrong password is refused, the right one opens the data', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-locked-'));
  const dbPath = join(dir, 'zhibu.sqlite');
  const hosts: Host[] = [];
  try {
    const first = await serve(dbPath, dir);
    hosts.push(first);
    await setUpBranch(page, first.url, '中共东风村支部委员会', 'DF001');
    await addMembers(page, [
      { name: '李四', birth: '1970-05-12', gender: 'male', joined: '1995-07-01', confirmed: '1996-07-01' },
    ]);

    // 账号管理 › 数据加密: the 管理员 takes this PC's slot out.
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '数据加密' });
    await expect(card).toContainText('本机免密打开');
    await card.getByRole('button', { name: '改为仅凭密码打开数据' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '仅凭密码打开' }).click();
    await expect(card).toContainText('当前：仅凭密码打开数据');
    await expect(card).toContainText(`能打开数据的账号：${ADMIN.name}`);
    await first.end();

    // The same data served again: only an account's password opens it now.
    const second = await serve(dbPath, dir);
    hosts.push(second);
    await page.goto(second.url);
    await expect(page.getByRole('heading', { name: '登录', exact: true })).toBeVisible();
    await expect(page.getByText('数据已加密，请登录以打开')).toBeVisible();
    await expect(page.getByRole('button', { name: '忘记管理员密码？' })).toHaveCount(0);
    const password = page.getByLabel('密码');
    const login = page.getByRole('button', { name: '登录', exact: true });
    await page.getByLabel('用户名').fill(ADMIN.name);
    await password.fill('not-the-password');
    await login.click();
    await expect(page.getByText('用户名或密码不正确，请 1 秒后再试')).toBeVisible();

    // Until the wait after the wrong password has passed, the right one is refused too: once that
    // answer is in (a new attempt clears it), try again.
    const tooSoon = page.getByText(/^密码错误次数较多/);
    const home = page.getByRole('main').getByRole('heading', { name: '中共东风村支部委员会' });
    await password.fill(ADMIN.password);
    await login.click();
    await expect(async () => {
      if (await tooSoon.isVisible()) {
        await password.fill(ADMIN.password);
        await login.click();
      }
      await expect(home).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: '党员花名册' }).click();
    await expect(page.getByRole('region', { name: '党员名单' }).getByRole('link', { name: '李四' })).toBeVisible();
  } finally {
    for (const host of hosts) await host.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
