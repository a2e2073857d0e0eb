import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { addMembers, fillDate, isoDaysAgo, setUpBranch } from './steps.js';

const ORG_NAME = '中共东风村支部委员会';
const YEAR = new Date().getFullYear();
const THIS_MONTH = isoDaysAgo(0).slice(0, 7);

/** An employed member (6,200 × 1.5% = 93.00 a month) and a retired one (3,600 × 0.5% = 18.00). */
const MEMBERS = [
  {
    name: '王建国',
    birth: '1975-03-07',
    gender: 'male',
    joined: '1998-07-01',
    confirmed: '1999-07-01',
    category: '在职',
    base: '6200',
    shown: '6,200.00 × 1.5% = 93.00',
  },
  {
    name: '李秀英',
    birth: '1955-11-20',
    gender: 'female',
    joined: '1998-07-01',
    confirmed: '1999-07-01',
    category: '离退休',
    base: '3600',
    shown: '3,600.00 × 0.5% = 18.00',
  },
] as const;

/** Opens an antd select by its label and picks an option from the list now showing. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  // Wait on state, not time: the field is there and enabled before it is opened.
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toBeEnabled();
  await field.click();
  const list = page.locator('.ant-select-dropdown:visible');
  await expect(list).toHaveCount(1);
  await list.getByTitle(option, { exact: true }).click();
  // A list still fading out would otherwise be taken for the next one.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('党费: annual review in the grid, a quarterly payment, and the 6-month limit', async ({ app, page }) => {
  await setUpBranch(page, app.url, ORG_NAME, '410323-021');
  await addMembers(page, MEMBERS);
  await page.getByRole('menuitem', { name: '党费' }).click();

  // 年度核定: category per member, then the bases typed down the list with Enter.
  await page.getByRole('tab', { name: '年度核定' }).click();
  const review = page.getByRole('region', { name: '年度核定' });
  for (const m of MEMBERS) await choose(page, `${m.name}本年党费类别`, m.category);
  await expect(review.getByText('保存后计算')).toHaveCount(MEMBERS.length);
  const order = await review
    .locator('input[data-member]')
    .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('aria-label') ?? ''));
  const inOrder = order.map((label) => MEMBERS.find((m) => label.startsWith(m.name)) ?? MEMBERS[0]);
  const [first, second] = inOrder as [(typeof MEMBERS)[number], (typeof MEMBERS)[number]];
  await page.getByLabel(`${first.name}本年交纳基数`).fill(first.base);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`${second.name}本年交纳基数`)).toBeFocused();
  await page.keyboard.type(second.base);
  await page.getByRole('button', { name: '保存核定（2 人）' }).click();
  for (const m of MEMBERS) await expect(review.getByRole('row', { name: new RegExp(m.name) })).toContainText(m.shown);
  await expect(page.getByRole('button', { name: '保存核定' })).toBeDisabled();

  // 收缴登记: click 王建国 and pay the first quarter.
  await page.getByRole('tab', { name: '收缴登记' }).click();
  const grid = page.getByRole('region', { name: '党费收缴登记' });
  await grid.getByRole('button', { name: '王建国' }).click();
  let dialog = page.getByRole('dialog', { name: '登记交纳党费' });
  await expect(dialog.getByText('每月应交 93.00 元')).toBeVisible();
  // Choosing the member opened this month as a monthly payment, never 补交 by itself.
  await expect(dialog.getByLabel('月份', { exact: true })).toHaveValue(THIS_MONTH);
  await dialog.getByText('按季度', { exact: true }).click();
  await expect(dialog.getByLabel('季度', { exact: true })).toBeVisible();
  await choose(page, '季度', `${YEAR}年第一季度`);
  await expect(dialog.getByLabel('起始月份')).toHaveValue(`${YEAR}-01`);
  await expect(dialog.getByLabel('截止月份')).toHaveValue(`${YEAR}-03`);
  await expect(dialog.getByLabel('金额')).toHaveValue('279.00');
  await dialog.getByLabel('经手人').fill('张会计');
  await dialog.getByLabel('票据号').fill('DF-001');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const row = grid.getByRole('row', { name: /王建国/ });
  const cells = row.getByRole('cell');
  for (const month of [2, 3, 4]) await expect(cells.nth(month)).toHaveText('93.00');
  await expect(cells.nth(14)).toHaveText('279.00');
  await expect(grid.getByRole('row', { name: /^合计/ })).toContainText('279.00');

  // 预交或补交 of more than 6 months is refused, in Chinese, before anything is saved.
  await grid.getByRole('button', { name: '王建国' }).click();
  dialog = page.getByRole('dialog', { name: '登记交纳党费' });
  await expect(dialog.getByLabel('经手人')).toHaveValue('张会计');
  await dialog.getByText('预交或补交', { exact: true }).click();
  await fillDate(dialog.getByLabel('起始月份'), `${YEAR}-04`);
  await fillDate(dialog.getByLabel('截止月份'), `${YEAR}-12`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('预交或补交一次最多 6 个月')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  // Closing a half-filled form asks first.
  await page.getByRole('button', { name: '放弃并关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(cells.nth(14)).toHaveText('279.00');

  // 本月按核定收齐: this month for everyone in one step.
  await page.getByRole('button', { name: '本月按核定收齐' }).click();
  dialog = page.getByRole('dialog', { name: '本月按核定收齐' });
  await expect(dialog.getByLabel('月份')).toHaveValue(THIS_MONTH);
  await dialog.getByRole('button', { name: '登记收齐' }).click();
  await expect(dialog).toBeHidden();
  const column = Number(THIS_MONTH.slice(5, 7)) + 1;
  await expect(cells.nth(column)).toHaveText('93.00');
  await expect(
    grid
      .getByRole('row', { name: /李秀英/ })
      .getByRole('cell')
      .nth(column),
  ).toHaveText('18.00');

  // Clicking a month cell opens that month, as a monthly payment (December: the last month column).
  const december = grid
    .getByRole('row', { name: /李秀英/ })
    .getByRole('cell')
    .nth(13);
  await december.click();
  dialog = page.getByRole('dialog', { name: '登记交纳党费' });
  await expect(dialog.getByLabel('月份', { exact: true })).toHaveValue(`${YEAR}-12`);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  // Clicking 1月 opens January, not this month.
  await grid
    .getByRole('row', { name: /李秀英/ })
    .getByRole('cell')
    .nth(2)
    .click();
  await expect(dialog.getByLabel('月份', { exact: true })).toHaveValue(`${YEAR}-01`);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // The payment is in 交纳记录 with its handler and receipt number.
  await page.getByRole('tab', { name: '交纳记录' }).click();
  await expect(page.getByRole('row', { name: /DF-001/ })).toContainText(`${YEAR}年1月至3月`);
});
