import type { Page } from '@playwright/test';
import { ADMIN, expect, test } from './fixtures.js';
import { addMembers, setUpBranch } from './steps.js';

const lockScreen = (page: Page) => page.getByRole('heading', { name: '已锁定' });

/**
 * Types the password on the lock screen and waits for the answer: open, or refused because the
 * server's wait after a wrong password has not passed yet (then it tries again).
 */
async function unlockWith(page: Page, password: string): Promise<void> {
  const unlock = page.getByRole('button', { name: '解锁' });
  const refused = page.getByRole('alert').filter({ hasText: '秒后再试' });
  for (;;) {
    await page.getByLabel('密码').fill(password);
    await unlock.click();
    const answer = async () => {
      if (!(await lockScreen(page).isVisible())) return 'open';
      const busy = (await page.locator('button.ant-btn-loading').count()) > 0;
      return !busy && (await refused.isVisible()) ? 'refused' : 'waiting';
    };
    await expect.poll(answer, { timeout: 20_000 }).not.toBe('waiting');
    if ((await answer()) === 'open') return;
  }
}

test('the app locks itself after the idle time, hides the data, and opens again with the password', async ({
  app,
  page,
}) => {
  // The page's clock is ours from its first script on: the idle time passes without waiting for it.
  await page.clock.install();
  await setUpBranch(page, app.url, '中共东风村支部委员会', 'DF001');
  await addMembers(page, [
    { name: '李四', birth: '1970-05-12', gender: 'male', joined: '1995-07-01', confirmed: '1996-07-01' },
  ]);
  const roster = page.getByRole('region', { name: '党员名单' });
  await expect(roster.getByRole('link', { name: '李四' })).toBeVisible();

  // Nine minutes without mouse or keyboard: still open.
  await page.clock.fastForward('09:00');
  await page.clock.runFor(10_000);
  // Jumping the clock pauses it; the page's own timers (forms, requests) flow again from here.
  await page.clock.resume();
  await expect(roster.getByRole('link', { name: '李四' })).toBeVisible();
  await expect(lockScreen(page)).toBeHidden();

  // Past the 10 minutes: the lock screen names who may open it, and no record is left on the page.
  await page.clock.fastForward('01:10');
  await page.clock.resume();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByText('李四')).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '党员花名册' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/idle-lock.png', fullPage: true });

  // A wrong password is refused in Chinese, and the data stays hidden.
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText(/^密码不正确/)).toBeVisible();
  await expect(page.getByText('李四')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/idle-lock-wrong-password.png', fullPage: true });

  // The right one brings back the roster that was open.
  await unlockWith(page, ADMIN.password);
  await expect(roster.getByRole('link', { name: '李四' })).toBeVisible();

  // 锁定 locks at once, without waiting for the idle time.
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByText('李四')).toHaveCount(0);
  await unlockWith(page, ADMIN.password);
  await expect(roster.getByRole('link', { name: '李四' })).toBeVisible();
});
