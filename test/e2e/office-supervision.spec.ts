import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countyBranchNames } from '../../scripts/demo/county.js';
import type { Page } from '@playwright/test';
import { expect, openApp, serve, test, type Host } from './fixtures.js';
import { download } from './office.js';

const SEED = 5;
const BRANCHES = countyBranchNames(3, SEED);

/** What a branch's own screens offer to change its records; none of it may show in the office's view. */
const EDIT =
  /^(新增|修改|删除|登记|保存|更正|设定|取消资格|延长|全部复制|复制上年|本月按核定|自愿多交|确认转入|退回|转出|转入)/;

/** The page names itself read-only and offers no button that writes. */
async function expectReadOnly(page: Page): Promise<void> {
  await expect(page.getByText('只读（上级查看）')).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: EDIT })).toHaveCount(0);
}

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
  const [, second] = BRANCHES as [{ name: string; code: string }, { name: string; code: string }];
  await openApp(page, host.url);

  // 总览 is the office's home: every branch, and its lights once computed for today.
  await expect(page.getByRole('menuitem', { name: '总览' })).toBeVisible();
  const table = page.locator('.ant-table');
  for (const b of BRANCHES) await expect(table.getByText(b.name)).toBeVisible();
  await expect(page.getByText('计算中…')).toHaveCount(0, { timeout: 60_000 });
  await expect(table.getByText('今天').first()).toBeVisible();
  // Every bundle came in today: none is overdue, and the filter says so.
  await page.getByText('超过30天未报送', { exact: true }).last().click();
  await expect(table.getByText('没有符合条件的支部')).toBeVisible();
  await page.getByText('全部支部', { exact: true }).click();
  const rows = table.locator('.ant-table-tbody > tr.ant-table-row');
  const names = rows.locator('td:nth-child(1) a');
  await expect(names).toHaveCount(BRANCHES.length);

  // 党员 sorts the rows by their counts, up then down, and a third click gives the first order back.
  const listed = await names.allTextContents();
  const counts = (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
  const byCount = (sign: number) =>
    listed
      .map((name, i) => ({ name, n: counts[i] ?? 0 }))
      .sort((a, b) => sign * (a.n - b.n))
      .map((r) => r.name);
  // The demo county's branches differ in size, so each sort really moves rows.
  expect(new Set(counts).size).toBe(BRANCHES.length);
  expect(byCount(1)).not.toEqual(listed);
  const membersHeader = table.getByRole('columnheader', { name: '党员', exact: true });
  await membersHeader.click();
  await expect(membersHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(names).toHaveText(byCount(1));
  await membersHeader.click();
  await expect(membersHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(byCount(-1));
  await membersHeader.click();
  await expect(membersHeader).not.toHaveAttribute('aria-sort');
  await expect(names).toHaveText(listed);

  // The search box narrows the list to the one branch with that code.
  await page.getByPlaceholder('支部名称或代码').fill(second.code);
  await expect(names).toHaveText([second.name]);
  await page.screenshot({ path: 'test-results/office-overview.png' });

  // One click to the branch: its own screens, its records only, nothing to edit.
  await table.getByText(second.name).click();
  await expect(page.getByText(`上级党委正在查看：${second.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible();
  await expect(page.getByText(/共 \d+ 名在册党员/)).toBeVisible();
  await expectReadOnly(page);
  await page.getByRole('main').getByRole('link').nth(0).click();
  await expect(page.getByRole('button', { name: '返回花名册' })).toBeVisible();
  await expect(page.getByRole('region', { name: '党费' })).toBeVisible();
  await expectReadOnly(page);

  await page.getByRole('menuitem', { name: '组织生活' }).click();
  await expect(page.getByText('党员大会').first()).toBeVisible();
  await expect(
    page.getByRole('table', { name: '组织生活日历' }).getByRole('button', { name: /未开展|待开展/ }),
  ).toHaveCount(0);
  await expect(page.getByText('讨论').first()).toBeVisible();
  await expectReadOnly(page);
  await page.getByRole('tab', { name: '谈心谈话' }).click();
  await expect(page.getByText(/已谈 \d+ 人/)).toBeVisible();
  await expectReadOnly(page);
  await page.getByRole('tab', { name: '日历和记录' }).click();
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page.getByRole('button', { name: '返回组织生活' })).toBeVisible();
  await expectReadOnly(page);

  await page.getByRole('menuitem', { name: '党费' }).click();
  await expect(page.getByText(/全年应交/)).toBeVisible();
  const grid = page.getByRole('region', { name: '党费收缴登记' });
  await expect(grid.getByRole('row').nth(2)).toBeVisible();
  await expect(grid.getByRole('button')).toHaveCount(0);
  await expectReadOnly(page);
  await page.screenshot({ path: 'test-results/office-drilldown-dues.png' });
  for (const tab of ['年度核定', '交纳记录', '欠交', '上缴']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expect(page.getByRole('tabpanel').getByRole('textbox')).toHaveCount(0);
    await expectReadOnly(page);
  }

  await page.getByRole('menuitem', { name: '发展党员' }).click();
  await expect(page.getByText('入党申请人').first()).toBeVisible();
  await expectReadOnly(page);
  await page.getByRole('main').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: '返回发展党员' })).toBeVisible();
  await expectReadOnly(page);

  for (const [menu, seen] of [
    ['组织关系转接', '打印转接登记表'],
    ['支部基本情况', '支部'],
    ['打印台账', '党员花名册'],
  ] as const) {
    await page.getByRole('menuitem', { name: menu }).click();
    await expect(page.getByRole('main').getByText(seen).first()).toBeVisible();
    await expectReadOnly(page);
  }
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
