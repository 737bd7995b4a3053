// Every public page and the main forms, in Chinese and in English: accessible (axe: no serious or critical
// violation), no raw enum value on a Chinese page, and no sideways scroll on a phone.
const { test, expect } = require('@playwright/test');
const { login, nav, expectChineseErrors, expectNoRawEnums, expectAccessible, expectNoHorizontalScroll, shot } = require('./lib');

// Independent tests: two at a time (the journey in the other worker).
test.describe.configure({ mode: 'parallel' });

const PUBLIC = [
  ['home', '/'],
  ['results', '/results'],
  ['needs', '/needs'],
  ['deals', '/deals'],
  ['vouchers', '/vouchers'],
  ['stats', '/stats'],
  ['funnel', '/stats/funnel'],
  ['challenges', '/challenges'],
  ['expos', '/expos'],
  ['login', '/login'],
  ['register', '/register'],
  ['password-forgot', '/password/forgot'],
];

/** The detail pages, reached as a visitor would: the first entry of each list. */
const DETAILS = [
  ['result-detail', '/results', /^\/results\/\d+$/],
  ['need-detail', '/needs', /^\/needs\/\d+$/],
  ['voucher-program', '/vouchers', /^\/vouchers\/programs\/\d+$/],
  ['challenge-detail', '/challenges', /^\/challenges\/\d+$/],
  ['expo-detail', '/expos', /^\/expos\/\d+$/],
  ['trade-detail', '/trades', /^\/trades\/\d+$/],
  ['auction', '/trades', /^\/auctions\/\d+$/],
];

/** Forms behind a login, by who fills them in. */
const FORMS = [
  ['listing-form', 'demo-researcher', '/my/listings/new'],
  ['need-form', 'demo-enterprise', '/my/listings/new'],
  ['my-listings', 'demo-researcher', '/my/listings'],
  ['cases', 'demo-enterprise', '/cases'],
  ['contracts', 'demo-enterprise', '/contracts'],
  ['voucher-workspace', 'demo-enterprise', '/my/vouchers'],
  ['staff-workbench', 'demo-staff', '/staff'],
  ['staff-organisations', 'demo-staff', '/staff/organisations'],
  ['staff-listings', 'demo-staff', '/staff/listings'],
  ['staff-contracts', 'demo-staff', '/staff/contracts'],
  ['staff-vouchers', 'demo-staff', '/staff/vouchers'],
  ['staff-challenges', 'demo-staff', '/staff/challenges'],
  ['staff-challenge-new', 'demo-staff', '/staff/challenges/new'],
  ['staff-expo-new', 'demo-staff', '/staff/expos/new'],
  ['reviewer-tasks', 'demo-reviewer', '/reviewer'],
  ['reviewer-conflicts', 'demo-reviewer', '/reviewer/conflicts'],
  ['staff-trades', 'demo-staff', '/staff/trades'],
];

async function firstLink(page, list, pattern) {
  await page.goto(list);
  const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${list}`).toBeTruthy();
  return href;
}

async function english(page) {
  await page.goto('/lang/en?next=%2F');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

for (const lang of ['zh-CN', 'en']) {
  test(`public pages are accessible in ${lang}${lang === 'zh-CN' ? ' and show no raw value' : ''}`, async ({ page }, testInfo) => {
    if (lang === 'en') await english(page);
    const pages = [...PUBLIC];
    for (const [where, list, pattern] of DETAILS) pages.push([where, await firstLink(page, list, pattern)]);
    for (const [where, url] of pages) {
      await page.goto(url);
      await shot(page, testInfo, `${lang}-${where}`);
      await expectAccessible(page, `${where}${lang === 'en' ? ' (en)' : ''}`);
      if (lang === 'zh-CN') await expectNoRawEnums(page, where);
    }
  });

  test(`the main forms and queues are accessible in ${lang}${lang === 'zh-CN' ? ' and show no raw value' : ''}`, async ({ browser }, testInfo) => {
    for (const [where, user, url] of FORMS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, user);
      await page.goto(lang === 'en' ? `/lang/en?next=${encodeURIComponent(url)}` : url);
      await shot(page, testInfo, `${lang}-${where}`);
      await expectAccessible(page, `${where}${lang === 'en' ? ' (en)' : ''}`);
      if (lang === 'zh-CN') await expectNoRawEnums(page, where);
      await context.close();
    }
  });
}

test.describe('on a phone (390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the public pages and a staff queue do not scroll sideways', async ({ page }, testInfo) => {
    for (const [where, url] of PUBLIC) {
      await page.goto(url);
      await shot(page, testInfo, `phone-${where}`);
      await expectNoHorizontalScroll(page, `phone ${where}`);
    }
    await login(page, 'demo-staff');
    for (const [where, url] of [['staff-contracts', '/staff/contracts'], ['staff-vouchers', '/staff/vouchers']]) {
      await page.goto(url);
      await shot(page, testInfo, `phone-${where}`);
      await expectNoHorizontalScroll(page, `phone ${where}`);
    }
  });
});

test('the language switch turns the page into English and back, on the same page', async ({ page }, testInfo) => {
  await page.goto('/results');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科技成果');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Technology results');
  await shot(page, testInfo, 'english-results');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科技成果');
});

test('a Chinese search narrows by a facet, and the facet can be cleared', async ({ page }, testInfo) => {
  await page.goto('/results');
  await page.getByRole('search').getByLabel('搜索').fill('材料');
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveTitle(/^材料/);
  const hits = page.getByRole('main').getByRole('article');
  await expect(hits.first()).toBeVisible();
  const all = await hits.count();
  await shot(page, testInfo, 'search');
  await expectNoRawEnums(page, 'results');

  const facets = page.getByRole('complementary', { name: '筛选' });
  const field = facets.getByRole('link', { name: '新材料' });
  await field.click();
  await expect(facets.getByRole('link', { name: '新材料' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('search').getByLabel('搜索')).toHaveValue('材料');
  const narrowed = await hits.count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThanOrEqual(all);
  for (const meta of await hits.allInnerTexts()) expect(meta).toContain('新材料');
  await shot(page, testInfo, 'search-facet');
  await expectNoRawEnums(page, 'results');

  await facets.getByRole('link', { name: /清除|全部/ }).first().click();
  await expect(facets.getByRole('link', { name: '新材料' })).not.toHaveAttribute('aria-current', 'true');
});

test('an empty listing form comes back with each missing field named next to it, in Chinese', async ({ page }, testInfo) => {
  await login(page, 'demo-researcher');
  await nav(page, '我的发布');
  await page.getByRole('link', { name: '发布科技成果' }).click();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('main').getByText(/提交未成功，请修改以下 \d+ 处/)).toBeVisible();
  await shot(page, testInfo, 'form-errors');
  for (const label of [/^名称/, /^成果简介/, /^详细描述/, /^技术领域/, /^联系人/, /^联系电话/]) {
    const field = page.getByLabel(label).first();
    await expect(field, `${label} is marked invalid`).toHaveAttribute('aria-invalid', 'true');
    await expect(field, `${label} is described by its error`).toHaveAccessibleDescription(/\S/);
  }
  await expectChineseErrors(page, 'listing-form empty');
  await expectNoRawEnums(page, 'listing-form');
  await expectAccessible(page, 'listing-form with errors');

  await page.getByLabel(/^价格/).fill('很多');
  await page.getByRole('button', { name: '保存草稿' }).click();
  const price = page.getByLabel(/^价格/);
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, 'form-price-error');
  await expectChineseErrors(page, 'listing-form price');
});

test('staff start a recomputation of all matches and watch its progress page update itself until it ends', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await login(page, 'demo-staff');
  await nav(page, '后台任务');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('后台任务');
  await page.getByRole('button', { name: /重新计算全部匹配/ }).click();
  await expect(page).toHaveURL(/\/staff\/jobs\/\d+$/);
  await shot(page, testInfo, 'job-started');
  // No reload by the test: the page polls its progress (htmx) and shows the end by itself.
  await expect(page.getByRole('main')).toContainText('已完成', { timeout: 180_000 });
  await shot(page, testInfo, 'job-done');
  await expectNoRawEnums(page, 'staff-job');
  await expectAccessible(page, 'staff-job');
});
