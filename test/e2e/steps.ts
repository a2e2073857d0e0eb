import type { Locator, Page } from '@playwright/test';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { expect, openApp } from './fixtures.js';

/** Steps every end-to-end story starts with, done through the UI as a secretary would. */

export function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Types a date into an antd date picker and confirms it with Enter. */
export async function fillDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** First-run setup as a 党支部, landing on the home page. */
export async function setUpBranch(page: Page, url: string, name: string, code: string): Promise<void> {
  await openApp(page, url);
  await page.getByRole('button', { name: '党支部', exact: true }).click();
  await page.getByLabel('党组织名称（全称）').fill(name);
  await page.getByLabel('组织代码').fill(code);
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name })).toBeVisible();
}

export interface NewMember {
  name: string;
  birth: string;
  gender: 'male' | 'female';
  /** 入党/转正 dates of a 正式党员; without them the member is a 预备党员 who joined 100 days ago. */
  joined?: string;
  confirmed?: string;
}

/** Adds members through the 新增党员 form, one after the other, back on the roster each time. */
export async function addMembers(
  page: Page,
  members: readonly NewMember[],
  region = '410323',
  firstSeq = 300,
): Promise<void> {
  await page.getByRole('menuitem', { name: '党员花名册' }).click();
  for (const [i, m] of members.entries()) {
    await page.getByRole('button', { name: '新增党员' }).click();
    const dialog = page.getByRole('dialog', { name: '新增党员' });
    await dialog.getByLabel('姓名').fill(m.name);
    await dialog.getByLabel('公民身份号码').fill(buildIdNumber(region, m.birth, firstSeq + i, m.gender));
    if (m.joined && m.confirmed) {
      await fillDate(dialog.getByLabel('入党日期'), m.joined);
      await fillDate(dialog.getByLabel('转正日期'), m.confirmed);
    } else {
      await dialog.getByText('预备党员', { exact: true }).click();
      await fillDate(dialog.getByLabel('入党日期'), isoDaysAgo(100));
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: '返回花名册' }).click();
  }
}
