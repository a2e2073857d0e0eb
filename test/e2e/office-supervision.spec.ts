import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countyBranchNames } from '../../scripts/demo/county.js';
import { expect, openApp, serve, test, type Host } from './fixtures.js';
import { download } from './office.js';

const SEED = 5;
const BRANCHES = countyBranchNames(3, SEED);

let host: Host;
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhibu-e2e-county-'));
  const db = join(dir, 'county.sqlite');
  // A county built the real way: three branch installations, enrolled, their bundles imported.
  execFileSync(process.execPath, [
    'scripts/zhibu.mjs',
    'office',
    'demo',
    '--db',
    db,
    '--branches',
    '3',
    '--members',
    '12',
    '--seed',
    String(SEED),
  ]);
  return serve(db, dir).then((h) => {
    host = h;
  });
});

test.afterAll(() => host.stop());

test('office: 总览 of every branch, a read-only drill-down, statistics and a printed report', async ({ page }) => {
  test.setTimeout(180_000);
  const [first, second] = BRANCHES as [{ name: string; code: string }, { name: string; code: string }];
  await openApp(page, host.url);

  // 总览 is the office's home: every branch, and its lights once computed for today.
  await expect(page.getByRole('menuitem', { name: '总览' })).toBeVisible();
  const table = page.locator('.ant-table');
  for (const b of BRANCHES) await expect(table.getByText(b.name)).toBeVisible();
  await expect(page.getByText('计算中…')).toHaveCount(0, { timeout: 60_000 });
  await expect(table.getByText('今天').first()).toBeVisible();
  await page.getByPlaceholder('支部名称或代码').fill(second.code);
  await expect(table.getByText(first.name)).toHaveCount(0);
  await expect(table.getByText(second.name)).toBeVisible();
  await page.screenshot({ path: 'test-results/office-overview.png' });

  // One click to the branch: its own screens, its records only, nothing to edit.
  await table.getByText(second.name).click();
  await expect(page.getByText(`上级党委正在查看：${second.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible();
  await expect(page.getByText(/共 \d+ 名在册党员/)).toBeVisible();
  await expect(page.getByRole('button', { name: '新增党员' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '组织生活' }).click();
  await expect(page.getByText('党员大会').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '新增记录' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '党费' }).click();
  await expect(page.getByText(/全年应交/)).toBeVisible();
  await page.screenshot({ path: 'test-results/office-drilldown-dues.png' });
  // Typing a branch page's address outside the lens shows no branch records mixed together.
  await page.getByRole('button', { name: '返回总览' }).click();
  await expect(page.getByRole('menuitem', { name: '总览' })).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '#/members'));
  await expect(page.getByRole('menuitem', { name: '总览' })).toBeVisible();
  await expect(page.getByText(/名在册党员/)).toHaveCount(0);

  // 统计: charts and a workbook of every table.
  await page.getByRole('menuitem', { name: '统计' }).click();
  await expect(page.getByRole('img', { name: '党员按性别统计图' }).locator('canvas')).toBeVisible();
  const xlsx = await download(page, dir, () => page.getByRole('button', { name: '导出 Excel' }).click());
  expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

  // 报表: the 党费收缴汇总表 previewed and saved as PDF.
  await page.getByRole('menuitem', { name: '报表' }).click();
  await page.getByText('党费收缴汇总表').click();
  const sheet = page.frameLocator('iframe[title="打印预览"]');
  await expect(sheet.getByRole('heading', { name: /年度党费收缴汇总表/ })).toBeVisible({ timeout: 30_000 });
  for (const b of BRANCHES) await expect(sheet.getByText(b.name)).toBeVisible();
  const pdf = await download(page, dir, () => page.getByRole('button', { name: '保存为 PDF' }).click());
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: 'test-results/office-report.png' });
});
