import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { addMembers, fillDate, isoDaysAgo, setUpBranch } from './steps.js';

const FORMAL = ['王建国', '李红梅', '赵刚', '孙丽', '周强', '吴敏', '郑华'].map((name, i) => ({
  name,
  birth: `197${i}-03-0${i + 1}`,
  gender: i % 2 ? ('female' as const) : ('male' as const),
  joined: '2000-07-01',
  confirmed: '2001-07-01',
}));

/** Types into a searchable select and picks the option now showing. */
async function pick(page: Page, label: string, typed: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 2000 });
    await expect(dropdown).toHaveCount(0, { timeout: 2000 });
  }).toPass();
}

test('a change of 书记 asks its date and keeps the old term; 卸任 asks its date', async ({ app, page }) => {
  await setUpBranch(page, app.url, '中共前进村支部委员会', '520102-002');
  await addMembers(page, FORMAL);
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  const committee = page.getByRole('region', { name: '支委会' });

  await page.getByRole('button', { name: '添加支委' }).click();
  let dialog = page.getByRole('dialog', { name: '添加支委' });
  await dialog.getByText('书记', { exact: true }).click();
  await pick(page, '支委姓名', '王', '王建国');
  await fillDate(dialog.getByLabel('任职时间'), '2021-04-15');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '添加支委' }).click();
  dialog = page.getByRole('dialog', { name: '添加支委' });
  await dialog.getByText('组织委员', { exact: true }).click();
  await pick(page, '支委姓名', 'lhm', '李红梅');
  // Left empty, 任职时间 counts only from this year, and the form says so before saving.
  await expect(dialog.getByText('不填时只从录入的那一年算起，更早年度的台账不列此人')).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(committee.getByRole('row', { name: /李红梅/ })).toContainText('不详');

  // Another person in the 书记 seat: the form swaps 任职时间 for 变更日期 and will not save without it.
  await committee
    .getByRole('row', { name: /王建国/ })
    .getByRole('button', { name: '修改' })
    .click();
  dialog = page.getByRole('dialog', { name: '修改支委' });
  await expect(dialog.getByLabel('任职时间')).toBeVisible();
  await pick(page, '支委姓名', 'zg', '赵刚');
  await expect(dialog.getByLabel('任职时间')).toHaveCount(0);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写变更日期')).toBeVisible();
  await fillDate(dialog.getByLabel('变更日期'), isoDaysAgo(10));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(committee.getByRole('row', { name: /赵刚/ })).toContainText(isoDaysAgo(10));

  // 李红梅 leaves the committee: 卸任 asks the day.
  await committee
    .getByRole('row', { name: /李红梅/ })
    .getByRole('button', { name: '卸任' })
    .click();
  dialog = page.getByRole('dialog', { name: '组织委员李红梅卸任' });
  await dialog.getByRole('button', { name: '卸任' }).click();
  await expect(dialog.getByText('请填写卸任日期')).toBeVisible();
  await fillDate(dialog.getByLabel('卸任日期'), isoDaysAgo(5));
  await dialog.getByRole('button', { name: '卸任' }).click();
  await expect(dialog).toBeHidden();

  await committee.getByText('历任支委（2）').click();
  const history = committee.locator('.ant-collapse');
  await expect(history.getByRole('row', { name: /王建国/ })).toContainText('2021-04-15');
  await expect(history.getByRole('row', { name: /王建国/ })).toContainText(isoDaysAgo(10));
  await expect(history.getByRole('row', { name: /李红梅/ })).toContainText(isoDaysAgo(5));

  // An ended term's missing 任职时间 can still be filled in, and nothing else of it changed.
  await history
    .getByRole('row', { name: /李红梅/ })
    .getByRole('button', { name: '修改' })
    .click();
  dialog = page.getByRole('dialog', { name: '修改组织委员李红梅的任职时间' });
  await fillDate(dialog.getByLabel('任职时间'), '2021-04-15');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByRole('row', { name: /李红梅/ })).toContainText('2021-04-15');
  await page.screenshot({ path: 'test-results/committee-history.png', fullPage: true });
});

test('at 125 % zoom the 任职时间 boxes show their whole hint', async ({ app, page }) => {
  await setUpBranch(page, app.url, '中共前进村支部委员会', '520102-003');
  await page.evaluate(() => {
    document.body.style.zoom = '1.25';
  });
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  for (const [button, name] of [
    ['添加支委', '添加支委'],
    ['添加党小组', '添加党小组'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name });
    const box = dialog.getByLabel('任职时间');
    await expect(box).toBeVisible();
    // The whole hint fits: the box is at least as wide as the text it shows. Layout widths
    // (offsetWidth), not on-screen ones: the dialog opens with a scale animation that, on a
    // busy machine, is still running when the box first shows.
    const fit = await box.evaluate((el) => {
      const input = el as HTMLInputElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(input).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const need = probe.offsetWidth;
      probe.remove();
      return { need, have: input.offsetWidth };
    });
    await page.screenshot({ path: `test-results/zoom125-${button}.png` });
    expect(fit.need, `${name}: the hint needs ${fit.need}px, the box has ${fit.have}px`).toBeLessThanOrEqual(fit.have);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('设置 asks before the menu leaves changes unsaved; saved ones leave at once', async ({ app, page }) => {
  await setUpBranch(page, app.url, '中共前进村支部委员会', '520102-004');
  await page.getByRole('menuitem', { name: '设置' }).click();
  const days = page.getByLabel('会议后多少天以上登记算“补录”');
  await expect(days).toBeVisible();
  // Untouched: the menu leaves without asking.
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  await expect(page.getByRole('region', { name: '支委会' })).toBeVisible();

  await page.getByRole('menuitem', { name: '设置' }).click();
  await days.fill('45');
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  const ask = page.locator('.ant-modal-confirm').filter({ hasText: '放弃填写的内容？' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '继续填写' }).click();
  await expect(days).toHaveValue('45');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  await expect(page.getByRole('region', { name: '支委会' })).toBeVisible();
  await expect(ask).toHaveCount(0);
});
