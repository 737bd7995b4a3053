// Keyboard only: log in, search, and one staff decision, with Tab, typing and Enter — no mouse.
const { test, expect } = require('@playwright/test');
const { shot, chooseRegion, creditCode, uniqueNine } = require('./lib');

/** Presses Tab until the element has the focus (at most `max` times), as a keyboard user moves through a page. */
async function tabTo(page, target, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${target} never got the focus after ${max} Tab presses`);
}

async function keyboardLogin(page, username, password) {
  await page.goto('/');
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: '登录' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');
  await tabTo(page, page.getByLabel('用户名'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('密码')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: '退出' })).toBeVisible();
}

test('a visitor logs in, searches and opens a result with the keyboard alone', async ({ page }, testInfo) => {
  await page.goto('/');
  // The first Tab reaches the skip link, which takes the focus past the menu.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await keyboardLogin(page, 'demo-enterprise', 'demo-pass-2026');

  await tabTo(page, page.getByRole('banner').getByRole('link', { name: '科技成果', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('search').getByLabel('搜索'));
  await page.keyboard.type('纳滤膜');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('article').first()).toContainText('纳滤膜');
  const first = page.getByRole('main').getByRole('article').first().getByRole('link').first();
  const title = (await first.textContent()).trim();
  await tabTo(page, first);
  await shot(page, testInfo, 'keyboard-search');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('staff verify an organisation with the keyboard alone', async ({ page }, testInfo) => {
  // A new company registers (with the mouse: this test is about the staff member's keyboard).
  const run = uniqueNine();
  const company = `键盘测试科技有限公司${run.slice(-4)}`;
  await page.goto('/register');
  await page.getByRole('combobox', { name: '身份' }).selectOption({ label: '企业用户' });
  await page.getByLabel('用户名').fill(`e2e-kbd-${run}`);
  await page.getByLabel('密码').fill('Lanzhou-2026!');
  await page.getByLabel('姓名').fill('赵经理');
  await page.getByLabel('电子邮箱').fill(`e2e-kbd-${run}@example.org`);
  await page.getByLabel('机构名称').fill(company);
  await page.getByRole('combobox', { name: '机构类型' }).selectOption({ label: '企业' });
  await page.getByLabel('统一社会信用代码').fill(creditCode('91', '620102', run));
  await chooseRegion(page.getByRole('group', { name: '所属机构' }));
  await page.getByLabel('联系人').fill('赵经理');
  await page.getByLabel('联系电话').fill('0931-8765432');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByRole('status').first()).toContainText('注册成功');
  await page.context().clearCookies();

  await keyboardLogin(page, 'demo-staff', 'demo-pass-2026');
  // The staff pages sit in the 管理 menu: open it from the keyboard, then go on to the queue.
  await tabTo(page, page.getByRole('banner').getByText('管理', { exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: '机构审核' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('main').getByRole('link', { name: company }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(company);
  await tabTo(page, page.getByRole('button', { name: '认证通过' }));
  await shot(page, testInfo, 'keyboard-decision');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('已认证');
});
