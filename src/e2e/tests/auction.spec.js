// The live auction (竞价), in Chinese: a registered bidder with a deposit outbids, and a visitor watching the same
// auction sees the new price and the bid in the history without reloading the page (the polled htmx fragment).
const { test, expect } = require('@playwright/test');
const { shot, login, expectNoRawEnums } = require('./lib');

/** An amount as the page writes it (1,234元 / 12.5万元 / 1.2亿元), in yuan. */
function yuan(text) {
  const m = /([\d,.]+)\s*(亿元|万元|元)/.exec(text);
  expect(m, `an amount in "${text}"`).toBeTruthy();
  const n = Number(m[1].replace(/,/g, ''));
  return Math.round(n * (m[2] === '亿元' ? 1e8 : m[2] === '万元' ? 1e4 : 1));
}

async function fact(page, name) {
  return page.locator('#auction-live dt', { hasText: name }).locator('xpath=following-sibling::dd[1]').innerText();
}

test('a bidder outbids and a watcher sees the new price without reloading', async ({ browser }, testInfo) => {
  const watcher = await (await browser.newContext()).newPage();
  await watcher.goto('/trades');
  const href = await watcher.getByRole('main').locator('a[href^="/auctions/"]').first().getAttribute('href');
  expect(href, 'an open auction on /trades').toBeTruthy();
  await watcher.goto(href);
  await expectNoRawEnums(watcher, 'auction');
  const rowsBefore = await watcher.locator('#auction-live tbody tr').count();
  await watcher.evaluate(() => { window.notReloaded = true; });

  const bidder = await (await browser.newContext()).newPage();
  await login(bidder, 'demo-enterprise');
  await bidder.goto(href);
  const minimum = yuan(await fact(bidder, '最低出价'));
  const bid = Math.ceil((minimum + 10000) / 10000) * 10000; // whole 万元, shown exactly
  await bidder.getByLabel('出价').fill(String(bid));
  await bidder.getByRole('button', { name: '出价', exact: true }).click();
  await expect(bidder.locator('#auction-live tbody tr')).toHaveCount(rowsBefore + 1);
  await shot(bidder, testInfo, 'auction-bid');

  await expect(watcher.locator('#auction-live tbody tr')).toHaveCount(rowsBefore + 1, { timeout: 10000 });
  expect(yuan(await fact(watcher, '当前价'))).toBe(bid);
  expect(await watcher.evaluate(() => window.notReloaded)).toBe(true);
  await shot(watcher, testInfo, 'auction-watched');
});
