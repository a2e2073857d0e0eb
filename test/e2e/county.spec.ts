import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDF } from '../notices/pdf.js';
import { expect, openApp, test } from './fixtures.js';
import {
  enrolBranch,
  exportFromBranch,
  exportFromOffice,
  importAtBranch,
  importAtOffice,
  importEnrolment,
  newOfficeContext,
  startOffice,
} from './office.js';
import { fillDate, isoDaysAgo, setUpBranch } from './steps.js';

const BRANCH_NAME = '中共西岭村支部委员会';
const BRANCH_CODE = 'XL002';
const TITLE = '关于开展 2026 年度民主评议党员工作的通知';
const BODY = '各党支部：\n请于期限前召开支部党员大会，完成民主评议党员工作，并将情况报镇党委。';
const FILE_NAME = '民主评议工作方案.pdf';
const NOTE = '已召开支部党员大会传达学习，12 名党员参加';
const DUE = isoDaysAgo(-20);

/** Opens an antd select by its label and picks an option from the list now showing. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('county: the office sends a notice and a fixed setting, the branch reports the notice done', async ({
  app,
  page,
  browser,
}) => {
  const office = await startOffice();
  const officeContext = await newOfficeContext(browser);
  try {
    const officePage = await officeContext.newPage();
    await openApp(officePage, office.url);

    // Enrolment: the office's .zbenrol goes in at the branch, the branch's first bundle at the office.
    const enrolFile = await enrolBranch(officePage, office.dir, BRANCH_NAME, BRANCH_CODE);
    await setUpBranch(page, app.url, BRANCH_NAME, BRANCH_CODE);
    await importEnrolment(page, enrolFile);
    await importAtOffice(officePage, await exportFromBranch(page, office.dir));

    // 通知 → 新建通知: title, due date, body and a PDF, sent to all branches.
    const pdfFile = join(office.dir, FILE_NAME);
    writeFileSync(pdfFile, PDF);
    await officePage.getByRole('menuitem', { name: '通知', exact: true }).click();
    await officePage.getByRole('button', { name: '新建通知' }).click();
    const form = officePage.getByRole('dialog', { name: '新建通知' });
    await form.getByLabel('通知标题').fill(TITLE);
    await fillDate(form.getByLabel('办理期限（可不填）'), DUE);
    await expect(form.getByRole('radio', { name: '全部支部（1 个）' })).toBeChecked();
    await form.getByLabel('通知正文').fill(BODY);
    const chooser = officePage.waitForEvent('filechooser');
    await form.getByRole('button', { name: '选择文件' }).click();
    await (await chooser).setFiles(pdfFile);
    await expect(form.getByText(FILE_NAME)).toBeVisible();
    await form.getByRole('button', { name: '发布通知' }).click();
    await expect(form).toBeHidden();

    // The new notice opens at once: one branch, still to be sent its bundle.
    const sent = officePage.getByRole('dialog', { name: TITLE });
    await expect(sent.getByRole('region', { name: '附件' })).toContainText(FILE_NAME);
    const sentLine = sent.getByRole('row').filter({ hasText: BRANCH_NAME });
    await expect(sentLine).toContainText('待导出');
    await officePage.keyboard.press('Escape');
    await expect(sent).toBeHidden();
    await importAtBranch(page, await exportFromOffice(officePage, office.dir, BRANCH_NAME));

    // The branch is reminded on its home page, opens the notice and marks it done.
    await page.getByRole('menuitem', { name: '首页' }).click();
    const reminder = page
      .getByRole('list', { name: '提醒' })
      .getByRole('listitem')
      .filter({ hasText: `上级通知“${TITLE}”` });
    // 19 when the run crosses midnight after the due date was chosen.
    await expect(reminder).toContainText(new RegExp(`须在 ${DUE} 前办结（还有 (19|20) 天）`));
    await expect(reminder.getByRole('link', { name: '打开通知' })).toBeVisible();

    await page.getByRole('menuitem', { name: '上级通知' }).click();
    const noticeRow = page.getByRole('row').filter({ hasText: TITLE });
    await expect(noticeRow).toContainText('未读');
    await expect(noticeRow).toContainText(DUE);
    await noticeRow.getByRole('button', { name: '打开' }).click();
    const received = page.getByRole('dialog', { name: TITLE });
    await expect(received).toContainText('各党支部：');
    await expect(received).toContainText('完成民主评议党员工作，并将情况报镇党委。');
    await expect(received.getByRole('region', { name: '附件' })).toContainText(FILE_NAME);
    await received.getByRole('button', { name: '标记为已办' }).click();
    const done = page.getByRole('dialog', { name: `标记为已办：${TITLE}` });
    await done.getByLabel('办理情况（可不填）').fill(NOTE);
    // Esc in the half-filled dialog asks first; the notice stays open behind it.
    await page.keyboard.press('Escape');
    const ask = page.locator('.ant-modal-confirm').filter({ hasText: '放弃填写的内容？' });
    await ask.getByRole('button', { name: '继续填写' }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByRole('dialog', { name: TITLE, exact: true })).toBeVisible();
    await expect(done.getByLabel('办理情况（可不填）')).toHaveValue(NOTE);
    await done.getByRole('button', { name: '确认已办' }).click();
    await expect(done).toBeHidden();
    await expect(received.getByText(`办结：${NOTE}`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(received).toBeHidden();
    await expect(noticeRow).toContainText('已办');

    // Its next bundle tells the office: 已办 1/1, and the branch's line has the note.
    await importAtOffice(officePage, await exportFromBranch(page, office.dir));
    await officePage.getByRole('menuitem', { name: '通知', exact: true }).click();
    const officeRow = officePage.getByRole('row').filter({ hasText: TITLE });
    await expect(officeRow).toContainText('已办 1/1');
    await officeRow.getByRole('button', { name: '查看' }).click();
    const followUp = officePage.getByRole('dialog', { name: TITLE });
    await expect(followUp.getByText('所有支部都已办结')).toBeVisible();
    await followUp.getByText('全部（1）').click();
    const doneLine = followUp.getByRole('row').filter({ hasText: BRANCH_NAME });
    await expect(doneLine).toContainText('已办');
    await expect(doneLine).toContainText(NOTE);
    await officePage.keyboard.press('Escape');
    await expect(followUp).toBeHidden();

    // 统一设置: 党课 每月 for every branch, which the branch can then no longer change.
    await officePage.getByRole('menuitem', { name: '统一设置' }).click();
    await choose(officePage, '党课频次', '每月');
    await officePage.getByRole('checkbox', { name: '党课频次统一规定' }).check();
    await officePage.getByRole('button', { name: '保存统一设置' }).click();
    await expect(officePage.getByText('已保存：1 项统一规定')).toBeVisible();
    await importAtBranch(page, await exportFromOffice(officePage, office.dir, BRANCH_NAME));

    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect(page.getByText('标有“上级统一规定”的项目由上级党委统一设置')).toBeVisible();
    const lecture = page.getByLabel(/^党课\s*上级统一规定$/);
    await expect(lecture).toBeDisabled();
    await expect(page.getByText('上级统一规定', { exact: true })).toHaveCount(1);
    await expect(page.getByText('默认每季度')).toBeVisible();
  } finally {
    await officeContext.close();
    await office.stop();
  }
});
