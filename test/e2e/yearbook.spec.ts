import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures.js';
import { download } from './office.js';
import { addMembers, setUpBranch } from './steps.js';

/** One page of the PDF without whitespace (pdftotext spaces CJK text unpredictably). */
const pageText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');

test('打印工作手册: the year’s gaps are listed first, and printing anyway saves the whole handbook', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear();
  await setUpBranch(page, app.url, '中共东风村支部委员会', '410323-021');
  // A new installation shows its first steps, not a wall of missed meetings.
  const start = page.getByRole('region', { name: '开始使用' });
  await expect(start.getByRole('listitem', { name: '导入花名册（未完成）' })).toBeVisible();
  await expect(page.getByText('导入花名册后，这里会提醒待办的事项')).toBeVisible();
  await addMembers(page, [
    { name: '王建国', birth: '1970-05-12', gender: 'male', joined: '1995-07-01', confirmed: '1996-07-01' },
  ]);
  await page.getByRole('menuitem', { name: '首页' }).click();
  await expect(start.getByRole('listitem', { name: '导入花名册（已完成）' })).toBeVisible();
  await expect(start.getByRole('listitem', { name: '核定党费（未完成）' })).toBeVisible();

  await page.getByRole('menuitem', { name: '打印台账' }).click();
  await page.getByRole('button', { name: '打印工作手册' }).click();
  // A branch that has recorded nothing this year: the check names what an inspector would miss.
  const gaps = page.getByRole('dialog', { name: `${year}年台账还缺少以下内容` });
  await expect(gaps).toBeVisible();
  await expect(gaps.getByText('党员大会缺', { exact: false }).first()).toBeVisible();

  const pdf = await download(page, app.dir, () => gaps.getByRole('button', { name: '仍然打印' }).click());
  expect(pdf).toMatch(/中共东风村支部委员会-\d{4}年度党支部工作手册\.pdf$/);
  await expect(page.getByText(/已生成 .*党支部工作手册\.pdf/)).toBeVisible();

  const cover = pageText(pdf, 1);
  expect(cover).toContain(`${year}年度党支部工作手册`);
  expect(cover).toContain('支部名称：中共东风村支部委员会');
  const toc = pageText(pdf, 2);
  expect(toc).toContain('目录');
  // Every ledger starts a page of its own: 15 ledgers, the first on page 3.
  expect(toc).toMatch(/1\.党支部基本情况登记表3/);
  expect(toc).toMatch(/2\.党员花名册4/);
  expect(toc).toContain('15.入党积极分子和发展对象名册');
  expect(pageText(pdf, 4)).toContain('王建国');
});
