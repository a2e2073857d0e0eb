import type { Locator, Page } from '@playwright/test';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import { expect, test } from './fixtures.js';
import { addMembers, fillDate, isoDaysAgo, setUpBranch } from './steps.js';

const ORG_NAME = '中共光明村支部委员会';
const REGION = '410323';
const APPLICANT = '刘小军';
/** Two 正式党员: they will be 培养联系人 and 入党介绍人. */
const MEMBERS = [
  { name: '王建国', birth: '1965-03-07', joined: '1990-07-01', confirmed: '1991-07-01', gender: 'male' },
  { name: '李红梅', birth: '1972-11-20', joined: '1998-06-15', confirmed: '1999-06-15', gender: 'female' },
] as const;

/** Picks roster members in a member picker by typing their names. */
async function pickMembers(dialog: Locator, label: string, names: readonly string[]): Promise<void> {
  const picker = dialog.getByLabel(label);
  for (const name of names) {
    await picker.fill(name);
    await picker.press('Enter');
  }
}

/** Opens a step's dialog, fills its date (and whatever else the step needs) and saves. */
async function recordStep(
  page: Page,
  step: string,
  dateLabel: string,
  daysAgo: number,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: `登记${step}` }).click();
  const dialog = page.getByRole('dialog', { name: `${step}：${APPLICANT}` });
  await fillDate(dialog.getByLabel(dateLabel), isoDaysAgo(daysAgo));
  await fill?.(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

async function addReview(page: Page, daysAgo: number): Promise<void> {
  await page.getByRole('button', { name: '添加考察记录：培养教育考察' }).click();
  const dialog = page.getByRole('dialog', { name: `培养教育考察：${APPLICANT}` });
  await fillDate(dialog.getByLabel('考察日期'), isoDaysAgo(daysAgo));
  await dialog.getByLabel('考察意见').fill('表现良好，积极参加村里志愿服务');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

test('an applicant walked through every step up to 上级党委审批 joins the roster as 预备党员', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await setUpBranch(page, app.url, ORG_NAME, '410323-021');
  await addMembers(page, MEMBERS);

  // 登记入党申请人, about two years ago.
  await page.getByRole('menuitem', { name: '发展党员' }).click();
  await page.getByRole('button', { name: '登记入党申请人' }).click();
  const create = page.getByRole('dialog', { name: '登记入党申请人' });
  await create.getByLabel('姓名').fill(APPLICANT);
  await create.getByLabel('公民身份号码').fill(buildIdNumber(REGION, '2000-05-10', 17, 'male'));
  await expect(create.getByLabel('出生日期')).toHaveValue('2000-05-10');
  await fillDate(create.getByLabel('递交申请书日期'), isoDaysAgo(730));
  await create.getByRole('button', { name: '保存' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { name: APPLICANT })).toBeVisible();

  // The order rule is the main process's: a 谈话 before the application is refused on its date.
  await page.getByRole('button', { name: '登记党组织派人谈话' }).click();
  const talk = page.getByRole('dialog', { name: `党组织派人谈话：${APPLICANT}` });
  await fillDate(talk.getByLabel('谈话日期'), isoDaysAgo(740));
  await talk.getByLabel('谈话人').fill('王建国');
  await talk.getByRole('button', { name: '保存' }).click();
  await expect(talk.getByText(`日期不能早于“递交入党申请书”（${isoDaysAgo(730)}）`)).toBeVisible();
  await fillDate(talk.getByLabel('谈话日期'), isoDaysAgo(720));
  await talk.getByRole('button', { name: '保存' }).click();
  await expect(talk).toBeHidden();

  // 积极分子 for more than a year, 考察 every six months.
  await recordStep(page, '确定入党积极分子', '确定日期', 700, (d) => d.getByText('党员推荐', { exact: true }).click());
  await recordStep(page, '积极分子报上级党委备案', '备案日期', 695, (d) =>
    d.getByLabel('备案文号').fill('镇组备〔2024〕3号'),
  );
  await recordStep(page, '指定培养联系人', '指定日期', 690, (d) => pickMembers(d, '培养联系人', ['王建国']));
  await addReview(page, 530);
  await addReview(page, 360);

  // 发展对象: 1 year after 积极分子.
  await recordStep(page, '确定发展对象', '确定日期', 320);
  await expect(page.getByText('发展对象', { exact: true }).first()).toBeVisible();
  await recordStep(page, '发展对象报上级党委备案', '备案日期', 315);
  await recordStep(page, '确定入党介绍人', '确定日期', 310, (d) => pickMembers(d, '入党介绍人', ['王建国', '李红梅']));
  await recordStep(page, '政治审查', '政审日期', 305, (d) =>
    d.getByLabel('政审结论').fill('政治历史清楚，符合入党条件'),
  );
  await recordStep(page, '集中培训', '培训开始日期', 300, async (d) => {
    await fillDate(d.getByLabel('培训结束日期'), isoDaysAgo(296));
    await d.getByLabel('学时').fill('32');
  });

  // 接收预备党员.
  await recordStep(page, '支部委员会审查', '审查日期', 280, async (d) => {
    await fillDate(d.getByLabel('公示开始日期'), isoDaysAgo(279));
    await fillDate(d.getByLabel('公示结束日期'), isoDaysAgo(273));
  });
  await recordStep(page, '上级党委预审', '预审日期', 265);
  await recordStep(page, '填写入党志愿书', '填写日期', 260, (d) => d.getByLabel('志愿书编号').fill('No.0012345'));
  await recordStep(page, '支部大会讨论接收', '支部大会日期', 250, async (d) => {
    await d.getByLabel('赞成票').fill('2');
    await d.getByLabel('反对票').fill('0');
    await d.getByLabel('弃权票').fill('0');
  });
  await recordStep(page, '上级党委派人谈话', '谈话日期', 240, (d) => d.getByLabel('谈话人').fill('镇党委组织委员'));
  await recordStep(page, '上级党委审批', '审批日期', 230, (d) => d.getByLabel('批复文号').fill('镇党委〔2025〕8号'));

  // Now a 预备党员, with no limit broken on the way.
  await expect(page.getByText('已编入党员花名册（预备党员）')).toBeVisible();
  await expect(page.getByRole('region', { name: '提醒和问题' })).toHaveCount(0);
  await expect(page.getByText('赞成 2 票、反对 0 票、弃权 0 票')).toBeVisible();
  await expect(page.getByText('入党介绍人：王建国、李红梅')).toBeVisible();

  await page.getByRole('button', { name: '返回发展党员' }).click();
  await expect(page.getByRole('button', { name: '预备党员 1 人' })).toBeVisible();
  const list = page.getByRole('region', { name: '发展党员名单' });
  await expect(list.getByRole('row', { name: new RegExp(APPLICANT) })).toContainText('预备党员');

  // …and in the 党员花名册.
  await page.getByRole('menuitem', { name: '党员花名册' }).click();
  const roster = page.getByRole('region', { name: '党员名单' });
  await expect(roster.getByRole('row', { name: new RegExp(APPLICANT) })).toContainText('预备党员');
  await expect(page.getByText('共 3 名在册党员')).toBeVisible();
});
