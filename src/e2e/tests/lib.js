// What every journey shares: logging in as a person would, screenshots of each step, the raw-enum and axe checks.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { projectEnumConstants } = require('./enums');
const known = require('./known-failures');

const PASSWORD = 'demo-pass-2026';
const ENUMS = projectEnumConstants();
const ENUM_PATTERN = new RegExp(`(?<![A-Za-z0-9_])(${ENUMS.join('|')})(?![A-Za-z0-9_])`, 'g');

const steps = new WeakMap();

const FINDINGS = path.resolve(__dirname, '..', process.env.E2E_OUTPUT || '../../target/e2e', 'findings.jsonl');

/** Writes what a check found (known or not) to target/e2e/findings.jsonl, for the summary and the known list. */
function record(check, where, page, values) {
  if (values.length === 0) return;
  fs.mkdirSync(path.dirname(FINDINGS), { recursive: true });
  fs.appendFileSync(FINDINGS, `${JSON.stringify({ check, where, url: page.url(), values })}\n`);
}

/** A full-page screenshot of the step, under target/e2e/results/<test>/. */
async function shot(page, testInfo, name) {
  const step = (steps.get(testInfo) || 0) + 1;
  steps.set(testInfo, step);
  await page.screenshot({ path: testInfo.outputPath(`${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

async function login(page, username, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  // On a phone the account links sit in the folded menu: present, not necessarily shown.
  await expect(page.getByRole('link', { name: '退出', includeHidden: true })).toHaveCount(1);
}

/**
 * Follows a link of the site's header menu by its name. When the menu folds some links away (a
 * disclosure on phones or a staff sub-menu), opens the folds first.
 */
async function nav(page, name) {
  const link = page.getByRole('banner').getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    const folds = page.getByRole('banner').locator('summary, button[aria-expanded="false"]');
    for (let i = 0; i < (await folds.count()) && !(await link.isVisible()); i++) {
      if (await folds.nth(i).isVisible()) await folds.nth(i).click();
    }
  }
  await link.click();
}

async function logout(page) {
  await page.context().clearCookies();
}

/**
 * Picks a region by whatever the form offers: <select>s (a province → city → county chain, or one list),
 * each set to the most specific of the names it offers, or the older 6-digit code input.
 */
async function chooseRegion(scope, region = { code: '620102', names: ['甘肃省', '兰州市', '城关区'] }) {
  const fields = scope.getByRole('combobox', { name: /地区|行政区划|省|市|县|区/ });
  await expect(fields.first()).toBeVisible();
  const selects = [];
  for (let i = 0; i < (await fields.count()); i++) {
    if ((await fields.nth(i).evaluate((e) => e.tagName)) === 'SELECT') selects.push(fields.nth(i));
  }
  if (selects.length === 0) {
    await fields.first().fill(region.code);
    return;
  }
  for (const select of selects) {
    // A later list may fill in once the one before it is chosen.
    let label;
    await expect.poll(async () => {
      const options = (await select.locator('option').allTextContents()).map((t) => t.trim());
      const name = [...region.names].reverse().find((n) => options.some((o) => o.includes(n)));
      label = name && options.find((o) => o.includes(name));
      return label;
    }, { message: `a region option among ${region.names.join(' / ')}` }).toBeTruthy();
    await select.selectOption({ label });
  }
}

/** Picks a maturity (TRL) level: from a <select> (by its number or words) or the older number input. */
async function chooseMaturity(scope, level = 6) {
  const field = scope.getByLabel(/成熟度/).first();
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') {
    const option = field.locator('option').filter({ hasText: new RegExp(`(^|\\D)${level}(\\D|$)`) }).first();
    await field.selectOption({ label: (await option.textContent()).trim() });
  } else {
    await field.fill(String(level));
  }
}

/** Names of the project's enum constants that appear as whole words in the page's visible text. */
async function rawEnumValues(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set([...text.matchAll(ENUM_PATTERN)].map((m) => m[1]))];
}

/**
 * Fails when a Chinese page shows a raw enum value, except the ones listed as known for this page in
 * known-failures.js (a list to shrink: the run's summary names listed values that no longer show).
 */
async function expectNoRawEnums(page, where) {
  const found = await rawEnumValues(page);
  record('raw-enum', where, page, found);
  const allowed = known.rawEnums[where] || [];
  const unexpected = found.filter((v) => !allowed.includes(v));
  expect.soft(unexpected, `raw enum values in the visible text of ${where} (${page.url()})`).toEqual([]);
}

/** Serious and critical axe violations of the page, except those known for it. */
async function expectAccessible(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  record('axe', where, page, bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  const allowed = known.axe[where] || [];
  const unexpected = bad.filter((v) => !allowed.includes(v.id)).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(unexpected, `serious/critical accessibility violations on ${where} (${page.url()})`).toEqual([]);
  const gone = allowed.filter((id) => !bad.some((v) => v.id === id));
  expect.soft(gone, `known axe violations of ${where} that no longer occur: remove them from known-failures.js`).toEqual([]);
}

/**
 * The error messages of a Chinese page (alerts and field errors) are Chinese: no English word of three or more
 * letters (TRL, PDF and the like are allowed), except those listed in known-failures.js.
 */
async function expectChineseErrors(page, where) {
  const texts = await page.locator('[role="alert"], .error, [id^="e-"]').allInnerTexts();
  const english = [...new Set(texts.flatMap((t) => t.match(/[A-Za-z]{3,}/g) || []))].filter((w) => !['TRL', 'PDF', 'GB', 'PNG', 'JPEG'].includes(w));
  record('english-error', where, page, english.length ? texts.filter((t) => /[A-Za-z]{3,}/.test(t)) : []);
  const allowed = known.englishErrors.includes(where);
  if (allowed) {
    expect.soft(english.length, `${where} no longer shows English in its errors: remove it from known-failures.js`).toBeGreaterThan(0);
  } else {
    expect.soft(english, `English words in the error messages of ${where} (${page.url()}): ${texts.join(' | ')}`).toEqual([]);
  }
}

/** No horizontal scroll: the document is no wider than the window. */
async function expectNoHorizontalScroll(page, where) {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, win: window.innerWidth }));
  const allowed = known.horizontalScroll.includes(where);
  if (widths.doc > widths.win) record('horizontal-scroll', where, page, [`${widths.doc}px > ${widths.win}px`]);
  if (allowed) {
    expect.soft(widths.doc, `${where} no longer scrolls sideways at ${widths.win}px: remove it from known-failures.js`).toBeGreaterThan(widths.win);
  } else {
    expect.soft(widths.doc, `${where} scrolls sideways at ${widths.win}px`).toBeLessThanOrEqual(widths.win);
  }
}

/** A valid 统一社会信用代码 (GB 32100-2015) from a registration authority, type, region and 9 characters. */
function creditCode(prefix2, region, nine) {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first = `${prefix2}${region}${nine}`;
  const sum = [...first].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i], 0);
  return first + alphabet[(31 - (sum % 31)) % 31];
}

/** Nine digits that differ on every run, so a journey can run again on the same database. */
function uniqueNine() {
  return String(Date.now() % 1_000_000_000).padStart(9, '0');
}

module.exports = {
  PASSWORD, shot, login, logout, nav, chooseRegion, chooseMaturity, rawEnumValues, expectNoRawEnums, expectAccessible, expectChineseErrors,
  expectNoHorizontalScroll, creditCode, uniqueNine,
};
