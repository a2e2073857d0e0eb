import { expect, test } from './fixtures.js';
import { addMembers, setUpBranch, type NewMember } from './steps.js';

const ORG_NAME = '中共红旗村支部委员会';
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** Four 正式党员 and one 预备党员, who attends a 党员大会 without a vote. */
const MEMBERS: NewMember[] = [
  { name: '王建国', birth: '1965-03-07', gender: 'male', joined: '1990-07-01', confirmed: '1991-07-01' },
  { name: '李红梅', birth: '1972-11-20', gender: 'female', joined: '1998-06-15', confirmed: '1999-06-15' },
  { name: '张大山', birth: '1958-01-05', gender: 'male', joined: '1985-05-01', confirmed: '1986-05-01' },
  { name: '赵小兰', birth: '1980-08-30', gender: 'female', joined: '2005-10-01', confirmed: '2006-10-01' },
  { name: '陈志远', birth: '1995-04-12', gender: 'male' },
];

test('a 支部党员大会 with leave, quorum and a vote fills its quarter on the calendar', async ({ app, page }) => {
  await setUpBranch(page, app.url, ORG_NAME, '410323-012');
  await addMembers(page, MEMBERS, '410323', 200);
  await expect(page.getByText(`共 ${MEMBERS.length} 名在册党员`)).toBeVisible();

  // Nothing held yet this quarter.
  await page.getByRole('menuitem', { name: '组织生活' }).click();
  const quarter = QUARTERS[Math.floor(new Date().getMonth() / 3)] ?? '';
  const calendar = page.getByRole('table', { name: '组织生活日历' });
  const cell = calendar.getByLabel(new RegExp(`^党员大会 ${quarter}：`));
  await expect(cell).toHaveText(/待开展|未开展/);

  // 新增记录: the type is chosen first; the 应到 list is the roster of the meeting day.
  await page.getByRole('button', { name: '新增记录' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /支部党员大会/ })
    .click();
  await expect(page.getByRole('heading', { name: '新增记录：支部党员大会' })).toBeVisible();
  await page.getByLabel('会议主题').fill('讨论村级重大事项');
  await page.getByLabel('地点').fill('村党群服务中心');
  // 返回 on a half-filled record asks first; 继续填写 keeps what was typed.
  await page.getByRole('button', { name: '返回' }).click();
  const discard = page.getByRole('dialog', { name: '放弃填写的内容？' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: '继续填写' }).click();
  await expect(discard).toBeHidden();
  await expect(page.getByLabel('会议主题')).toHaveValue('讨论村级重大事项');
  const attendees = page.getByRole('list', { name: '应到名单' });
  await expect(attendees.getByRole('listitem')).toHaveCount(MEMBERS.length);
  const counts = page.getByRole('status', { name: '出席人数' });
  await expect(counts).toContainText('应到 5 人，实到 5 人，请假 0 人，缺席 0 人');
  await expect(counts).toContainText('有表决权应到 4 人，实到 4 人');

  // One on leave (with a reason): 3 of 4 with a vote is still more than half.
  const li = attendees.getByRole('listitem', { name: '李红梅' });
  await li.getByText('请假', { exact: true }).click();
  await expect(counts).toContainText('应到 5 人，实到 4 人，请假 1 人，缺席 0 人');
  await expect(counts.getByText('已超过半数')).toBeVisible();

  // A second one away makes it exactly half: the tag turns to 未超过半数 at once.
  const zhao = attendees.getByRole('listitem', { name: '赵小兰' });
  await zhao.getByText('缺席', { exact: true }).click();
  await expect(counts.getByText('未超过半数')).toBeVisible();
  await zhao.getByText('出席', { exact: true }).click();
  await expect(counts.getByText('已超过半数')).toBeVisible();

  // Saving without the reason is refused on that member's row.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(li.getByText('请填写请假原因')).toBeVisible();
  await li.getByLabel('李红梅的请假原因').fill('外出务工');

  // A vote: a new motion starts with everyone present with a vote in favour.
  await page.getByRole('button', { name: '+ 添加表决事项' }).click();
  const vote = page.getByRole('group', { name: '表决事项 1' });
  await vote.getByLabel('表决事项').fill('通过村级道路修缮方案');
  await expect(vote.getByLabel('赞成票')).toHaveValue('3');
  await vote.getByLabel('赞成票').fill('2');
  await vote.getByLabel('反对票').fill('1');
  await vote.getByLabel('弃权票').fill('0');
  await page.getByRole('button', { name: '保存' }).click();

  // The saved record.
  await expect(page.getByRole('heading', { name: '讨论村级重大事项' })).toBeVisible();
  await expect(page.getByText('李红梅（外出务工）')).toBeVisible();
  await expect(page.getByRole('cell', { name: '通过村级道路修缮方案' })).toBeVisible();
  await expect(page.getByRole('status', { name: '出席人数' }).getByText('已超过半数')).toBeVisible();

  // Back on the calendar the quarter is done, and the list shows the meeting.
  await page.getByRole('button', { name: '返回组织生活' }).click();
  await expect(cell).toHaveAccessibleName(`党员大会 ${quarter}：已开展 1 次`);
  await expect(cell).toHaveText('✓');
  const row = page.getByRole('region', { name: '本年会议和活动记录' }).getByRole('row', { name: /讨论村级重大事项/ });
  await expect(row).toContainText('党员大会');
  await expect(row).toContainText('5 / 4');

  // The done cell opens the record.
  await cell.click();
  await expect(page.getByRole('heading', { name: '讨论村级重大事项' })).toBeVisible();
});
