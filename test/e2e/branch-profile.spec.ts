import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.js';
import { addMembers, fillDate, isoDaysAgo } from './steps.js';

const ORG_NAME = '中共前进村支部委员会';
const CODE_ERROR = '组织代码只能包含数字、字母和“-”';

/** Types into a searchable select and picks the option now showing. */
async function pick(page: Page, label: string, typed: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  const dropdown = page.locator('.ant-select-dropdown:visible');
  // A click that lands while the list is still opening is dropped by the select: click until it closes.
  await expect(async () => {
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 2000 });
    await expect(dropdown).toHaveCount(0, { timeout: 2000 });
  }).toPass();
}

const FORMAL = ['王建国', '李红梅', '赵刚', '孙丽', '周强', '吴敏', '郑华'].map((name, i) => ({
  name,
  birth: `197${i}-03-0${i + 1}`,
  gender: i % 2 ? ('female' as const) : ('male' as const),
  joined: '2000-07-01',
  confirmed: '2001-07-01',
}));

test('first-run setup, 支委会 and 党小组, then the branch ledger preview', async ({ app, page }) => {
  await openApp(page, app.url);

  // First run: choosing how the computer is used is the only thing on screen.
  await expect(page.getByRole('menuitem', { name: '首页' })).toHaveCount(0);
  await page.getByRole('button', { name: '党支部', exact: true }).click();

  await page.getByLabel('党组织名称（全称）').fill(ORG_NAME);
  await page.getByLabel('组织代码').fill('前进 001');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText(CODE_ERROR)).toBeVisible();

  await page.getByLabel('组织代码').fill('520102-001');
  await expect(page.getByText(CODE_ERROR)).toBeHidden();
  await page.getByLabel('所属上级党组织').fill('中共红星镇委员会');
  await page.getByLabel('本届选举时间').fill('2024-06-15');
  await page.getByLabel('本届选举时间').press('Enter');
  await page.getByLabel('联系人').fill('王建国');
  await page.getByRole('button', { name: '完成设置' }).click();

  // Home: the profile summary and the term computed for a village branch (5 years).
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: ORG_NAME })).toBeVisible();
  await expect(main.getByText('中共红星镇委员会')).toBeVisible();
  await expect(main.getByText('2029-06-15')).toBeVisible();
  await page.reload();
  await expect(main.getByRole('heading', { name: ORG_NAME })).toBeVisible();

  // Seven 正式党员: a branch of that size has a 支部委员会, whose seats come from the roster.
  await addMembers(page, FORMAL);

  // 支部基本情况: add 书记 and 组织委员.
  await page.getByRole('menuitem', { name: '支部基本情况' }).click();
  const committee = page.getByRole('region', { name: '支委会' });
  const groups = page.getByRole('region', { name: '党小组' });
  await page.getByRole('button', { name: '添加支委' }).click();
  let dialog = page.getByRole('dialog', { name: '添加支委' });
  await dialog.getByText('书记', { exact: true }).click();
  await pick(page, '支委姓名', '王', '王建国');
  await dialog.getByLabel('分工').fill('主持支部全面工作');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '添加支委' }).click();
  dialog = page.getByRole('dialog', { name: '添加支委' });
  await pick(page, '支委姓名', 'lhm', '李红梅');
  // A second 书记 is refused by the main process; the refusal lands on the field.
  await dialog.getByText('书记', { exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('已有书记（王建国），请先修改或移除')).toBeVisible();
  await dialog.getByText('组织委员', { exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // A 党小组.
  await page.getByRole('button', { name: '添加党小组' }).click();
  dialog = page.getByRole('dialog', { name: '添加党小组' });
  await dialog.getByLabel('党小组名称').fill('第一党小组');
  await dialog.getByLabel('党小组长').fill('张三');
  // A 任职时间 in the future is kept in the box and named, never cleared, and not saved.
  await fillDate(dialog.getByLabel('任职时间'), isoDaysAgo(-3));
  await expect(dialog.getByText('日期不能晚于今天，请改正')).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('任职时间不能晚于今天').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/group-form.png' });
  await fillDate(dialog.getByLabel('任职时间'), '2024-03-01');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // Edit one: 李红梅's 分工.
  await committee
    .getByRole('row', { name: /李红梅/ })
    .getByRole('button', { name: '修改' })
    .click();
  dialog = page.getByRole('dialog', { name: '修改支委' });
  await expect(dialog.getByText('李红梅', { exact: true })).toBeVisible();
  await dialog.getByLabel('分工').fill('负责组织工作和党员发展');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const secretaryRow = committee.getByRole('row', { name: /王建国/ });
  await expect(secretaryRow).toContainText('书记');
  await expect(secretaryRow).toContainText('主持支部全面工作');
  const organizerRow = committee.getByRole('row', { name: /李红梅/ });
  await expect(organizerRow).toContainText('组织委员');
  await expect(organizerRow).toContainText('负责组织工作和党员发展');
  await expect(groups.getByRole('row', { name: /第一党小组/ })).toContainText('张三');
  await expect(groups.getByRole('row', { name: /第一党小组/ })).toContainText('2024-03-01');

  // 打印台账: the preview shows what was entered.
  await page.getByRole('menuitem', { name: '打印台账' }).click();
  await page.getByRole('button', { name: /党支部基本情况登记表/ }).click();
  const preview = page.frameLocator('iframe[title="打印预览"]').locator('body');
  await expect(preview).toContainText(ORG_NAME);
  await expect(preview).toContainText('李红梅');
  await expect(preview).toContainText('2024.03.01');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
});
