import { expect, test } from './fixtures.js';
import { addMembers, setUpBranch } from './steps.js';

test('调整列: rename, hide and move a column of the 党员花名册, and the preview follows', async ({ app, page }) => {
  await setUpBranch(page, app.url, '中共东风村支部委员会', '410323-021');
  await addMembers(page, [
    { name: '王建国', birth: '1970-05-12', gender: 'male', joined: '1995-07-01', confirmed: '1996-07-01' },
  ]);

  await page.getByRole('menuitem', { name: '打印台账' }).click();
  await page.getByRole('button', { name: '党员花名册' }).click();
  const headings = page.frameLocator('iframe[title="打印预览"]').locator('thead th');
  await expect(headings.nth(1)).toHaveText('姓名');

  await page.getByRole('button', { name: '调整列' }).click();
  const drawer = page.getByRole('dialog', { name: '调整列：党员花名册' });
  await drawer.getByRole('textbox', { name: '“姓名”列的名称' }).fill('名字');
  await drawer.getByRole('switch', { name: '显示“民族”列' }).click();
  await drawer.getByRole('button', { name: '上移“性别”' }).click();
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(drawer).toBeHidden();

  await expect(headings).toHaveText([
    '序号',
    '性别',
    '名字',
    '出生年月',
    '学历',
    '入党时间',
    '转正时间',
    '人员类别',
    '工作单位及职务',
    '联系电话',
    '党小组',
    '备注',
  ]);

  // Opened again, the drawer shows what was saved.
  await page.getByRole('button', { name: '调整列' }).click();
  await expect(drawer.getByRole('textbox', { name: '“姓名”列的名称' })).toHaveValue('名字');
  await expect(drawer.getByRole('switch', { name: '显示“民族”列' })).not.toBeChecked();
});
