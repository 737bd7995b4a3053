// Challenges (揭榜挂帅) as their people use them, in Chinese: a team takes up the open demo challenge and edits
// its one sealed submission; an expert reviewer scores a submission assigned to them; staff read the ranking.
const { test, expect } = require('@playwright/test');
const { shot, login, expectNoRawEnums } = require('./lib');

test.describe.configure({ mode: 'serial' });

/** The open challenge's page, reached from the public list. */
async function openChallenge(page) {
  await page.goto('/challenges');
  await page.getByRole('main').locator('tr').filter({ hasText: '征集中' }).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/challenges\/\d+$/);
}

async function teams(page) {
  const facts = await page.getByRole('main').locator('dl.facts').first().innerText();
  return Number(/已提交方案的团队数\s*(\d+)/.exec(facts)[1]);
}

test('a team takes up the open challenge, and saving again edits its one submission', async ({ page }, testInfo) => {
  await login(page, 'demo-researcher-2');
  await openChallenge(page);
  const before = await teams(page);
  await shot(page, testInfo, 'challenge-open');
  await expectNoRawEnums(page, 'challenge');
  await page.getByRole('link', { name: '我要揭榜' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('揭榜方案');
  await page.getByLabel('方案名称').fill('风光储一体化电站智能运维方案');
  await page.getByLabel('方案概述').fill('以机器视觉与振动监测结合，识别叶片覆冰与结构损伤，提前预警。');
  await page.getByLabel('团队成员').fill('李国强（负责人）、王磊、赵敏');
  await page.getByLabel('实施计划').fill('第一阶段三个月完成样机，第二阶段六个月在风电场试点。');
  await page.getByLabel('预算（万元）').fill('120');
  await page.getByRole('button', { name: '提交方案' }).click();
  await expect(page.getByText('已提交，截止前可修改')).toBeVisible();
  await shot(page, testInfo, 'challenge-submitted');

  await page.getByLabel('实施计划').fill('第一阶段两个月完成样机，第二阶段六个月在风电场试点，第三阶段推广。');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('已提交，截止前可修改')).toBeVisible();
  await expect(page.getByLabel('实施计划')).toHaveValue(/第三阶段推广/);

  await openChallenge(page);
  expect(await teams(page)).toBe(before + 1);
});

test('another team sees the count of submissions but none of their contents', async ({ page }) => {
  await login(page, 'demo-enterprise-2');
  await openChallenge(page);
  await expect(page.getByRole('main')).not.toContainText('风光储一体化电站智能运维方案');
});

test('an expert reviewer scores an assigned submission and staff see it in the ranking', async ({ browser }, testInfo) => {
  const reviewer = await (await browser.newContext()).newPage();
  await login(reviewer, 'demo-reviewer');
  await reviewer.goto('/reviewer');
  await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText('我的评审任务');
  await expectNoRawEnums(reviewer, 'reviewer');
  const href = await reviewer.getByRole('main').locator('a[href^="/reviewer/submissions/"]').last().getAttribute('href');
  expect(href, 'an assigned submission').toBeTruthy();
  await reviewer.goto(href);
  const scores = reviewer.getByRole('main').locator('input[type="number"]');
  const n = await scores.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await scores.nth(i).fill(String(5 + (i % 3)));
  await reviewer.getByLabel('评语').fill('方案可行，试点计划清楚。');
  await reviewer.getByRole('button', { name: '保存评分' }).click();
  await expect(reviewer.getByText('已保存').first()).toBeVisible();
  await shot(reviewer, testInfo, 'reviewer-scored');
  await expectNoRawEnums(reviewer, 'reviewer-submission');

  const staff = await (await browser.newContext()).newPage();
  await login(staff, 'demo-staff');
  await staff.goto('/challenges?stage=UNDER_REVIEW');
  await staff.getByRole('main').locator('tr').filter({ hasText: '评审中' }).first().getByRole('link').first().click();
  const id = /\/challenges\/(\d+)$/.exec(staff.url())[1];
  await staff.goto(`/staff/challenges/${id}/review`);
  await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(staff.getByRole('main').locator('table').first()).toBeVisible();
  await shot(staff, testInfo, 'staff-ranking');
  await expectNoRawEnums(staff, 'staff-review');
});
