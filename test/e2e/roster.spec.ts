import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { expect, openApp, test } from './fixtures.js';

const ORG_NAME = '中共向阳村支部委员会';
const REGION = '410323';

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A number whose check character is wrong, as when one digit is mistyped. */
function mistyped(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

async function fillDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** A village roster as people keep it: a title row above the header, one row with a bad ID. */
async function rosterWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  sheet.addRow(['向阳村党员花名册']);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['序号', '姓名', '性别', '民族', '公民身份号码', '入党时间', '转正时间', '党小组']);
  const zhang = buildIdNumber(REGION, '1970-04-12', 11, 'male');
  const li = buildIdNumber(REGION, '1982-09-30', 22, 'female');
  sheet.addRow([1, '张三', '男', '汉族', zhang, '1995-07-01', '1996-07-01', '第一党小组']);
  sheet.addRow([2, '李四', '女', '汉族', li, '2005-06-20', '2006-06-20', '第一党小组']);
  sheet.addRow([
    3,
    '赵五',
    '男',
    '汉族',
    mistyped(buildIdNumber(REGION, '1975-01-05', 33, 'male')),
    '2001-05-01',
    '2002-05-01',
    '第二党小组',
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function setUpBranch(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByRole('button', { name: '党支部', exact: true }).click();
  await page.getByLabel('党组织名称（全称）').fill(ORG_NAME);
  await page.getByLabel('组织代码').fill('410323-007');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: ORG_NAME })).toBeVisible();
}

test('roster: add a member, import from Excel, search by pinyin, 转正, print', async ({ app, page }) => {
  await setUpBranch(page, app.url);
  await page.getByRole('menuitem', { name: '党员花名册' }).click();

  // 新增党员: a mistyped ID number is refused on its field, in Chinese; a valid one fills 出生日期.
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增党员' });
  const wangId = buildIdNumber(REGION, '1990-03-07', 101, 'male');
  await dialog.getByLabel('姓名').fill('王建国');
  await dialog.getByLabel('公民身份号码').fill(mistyped(wangId));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('公民身份号码校验位不正确，请核对')).toBeVisible();
  await dialog.getByLabel('公民身份号码').fill(wangId);
  await expect(dialog.getByText('公民身份号码校验位不正确，请核对')).toBeHidden();
  await expect(dialog.getByLabel('出生日期')).toHaveValue('1990-03-07');
  // A 预备党员 whose year of probation is over, so 转正 can be recorded today.
  await dialog.getByText('预备党员', { exact: true }).click();
  await fillDate(dialog.getByLabel('入党日期'), isoDaysAgo(400));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '王建国' })).toBeVisible();

  // 从 Excel 导入: the title row is skipped, the bad row is shown and only left out on request.
  await page.getByRole('button', { name: '返回花名册' }).click();
  await page.getByRole('button', { name: '从 Excel 导入' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: '向阳村花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterWorkbook(),
  });
  await expect(page.getByText('第 2 行是表头')).toBeVisible();
  await page.getByRole('button', { name: '下一步：检查每一行' }).click();
  const problemRow = page.getByRole('row', { name: /赵五/ });
  await expect(problemRow).toContainText('有问题');
  await expect(problemRow).toContainText('校验位');
  await page.getByRole('button', { name: '下一步：导入' }).click();
  const importButton = page.getByRole('button', { name: '导入 2 名党员' });
  await expect(importButton).toBeDisabled();
  await page.getByText('跳过有问题的行，只导入可导入的 2 行').click();
  await importButton.click();
  await expect(page.getByText('已导入 2 名党员')).toBeVisible();

  // Instant search by pinyin initials.
  await page.getByRole('button', { name: '查看花名册' }).click();
  const roster = page.getByRole('region', { name: '党员名单' });
  await expect(roster.getByRole('link', { name: '王建国' })).toBeVisible();
  await page.getByLabel('查找党员').fill('zs');
  await expect(roster.getByRole('link', { name: '张三' })).toBeVisible();
  await expect(roster.getByRole('link', { name: '李四' })).toHaveCount(0);
  await expect(roster.getByRole('link', { name: '王建国' })).toHaveCount(0);
  await expect(page.getByText('找到 1 名（共 3 名在册党员）')).toBeVisible();

  // 转正 for 王建国, then 外出流动: both become dated lines of his history.
  await page.getByLabel('查找党员').fill('wjg');
  await roster.getByRole('link', { name: '王建国' }).click();
  await page.getByRole('button', { name: '预备党员转正' }).click();
  const confirm = page.getByRole('dialog', { name: '预备党员转正：王建国' });
  await confirm.getByRole('button', { name: '保存' }).click();
  await expect(confirm).toBeHidden();
  const history = page.getByRole('region', { name: '党籍变动和记事' });
  await expect(history).toContainText('预备党员转正');
  await expect(page.getByRole('button', { name: '预备党员转正' })).toHaveCount(0);

  await page.getByRole('button', { name: '登记外出流动' }).click();
  const mobile = page.getByRole('dialog', { name: '外出流动：王建国' });
  await mobile.getByLabel('外出地点').fill('浙江省宁波市');
  await mobile.getByRole('button', { name: '保存' }).click();
  await expect(mobile).toBeHidden();
  await expect(history).toContainText('外出地点：浙江省宁波市');
  await expect(page.getByRole('button', { name: '流动返回' })).toBeVisible();

  // 打印花名册 opens the print preview of the roster ledger.
  await page.getByRole('button', { name: '返回花名册' }).click();
  await page.getByRole('button', { name: '打印花名册' }).click();
  const preview = page.frameLocator('iframe[title="打印预览"]').locator('body');
  await expect(preview).toContainText('王建国');
  await expect(preview).toContainText('张三');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
});
