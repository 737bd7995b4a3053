// The market's main journey, in the Chinese interface, as each person would click through it.
const { test, expect } = require('@playwright/test');
const { shot, login, logout, nav, chooseRegion, chooseMaturity, expectNoRawEnums, creditCode, uniqueNine } = require('./lib');

const run = uniqueNine();
const researcher = `e2e-res-${run}`;
const institute = `陇原先进材料研究所${run.slice(-4)}`;
const resultTitle = `耐盐碱膜分离水处理技术${run.slice(-4)}`;
const needTitle = `盐碱地灌溉水膜分离处理需求${run.slice(-4)}`;
const RESEARCHER_PASSWORD = 'Lanzhou-2026!';
// The buyer is a demo enterprise (甘肃陇原膜科技有限公司, a membrane firm), the provider a demo provider.
const enterprise = 'demo-enterprise';
const enterpriseOrg = '甘肃陇原膜科技有限公司';
const providerOrg = '甘肃科信检测技术服务有限公司';
const programName = `创新券E2E项目${run.slice(-4)}`;
const orderText = `纳滤膜组件脱盐率检测${run.slice(-4)}`;
let caseUrl = '';
let figuresBefore = null;

/** A one-page PDF of the given text, printed by the browser itself (uploads must parse as a PDF). */
async function pdf(page, text) {
  const printer = await page.context().newPage();
  await printer.setContent(`<!DOCTYPE html><meta charset="utf-8"><h1>${text}</h1><p>甲方、乙方签字盖章。</p>`);
  const bytes = await printer.pdf({ format: 'A4' });
  await printer.close();
  return bytes;
}

/** The home page's figures of registered contracts and redeemed vouchers, to see them move. */
async function figures(page) {
  await page.goto('/');
  const overview = page.getByRole('region', { name: '市场概况' });
  const figure = async (heading) => (await overview.getByRole('article').filter({ has: page.getByRole('heading', { name: heading }) }).innerText()).replace(/\s+/g, ' ');
  return { contracts: await figure('技术合同登记'), vouchers: await figure('科技创新券') };
}

/** The card, row or list item in the page's main part that names the given text. */
function item(page, text) {
  return page.getByRole('main').locator('article, tr, li').filter({ hasText: text }).last();
}

const steps = [];

steps.push(['the public figures before the journey', async (page) => {
  figuresBefore = await figures(page);
}]);

async function visit(page, testInfo, name, where) {
  await shot(page, testInfo, name);
  await expectNoRawEnums(page, where);
}

steps.push(['an institute and its researcher register', async (page, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: '注册' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册账号');
  await page.getByRole('combobox', { name: '身份' }).selectOption({ label: '科研人员（高校院所）' });
  await page.getByLabel('用户名').fill(researcher);
  await page.getByLabel('密码').fill(RESEARCHER_PASSWORD);
  await page.getByLabel('姓名').fill('王研究员');
  await page.getByLabel('电子邮箱').fill(`${researcher}@example.org`);
  await page.getByLabel('机构名称').fill(institute);
  await page.getByRole('combobox', { name: '机构类型' }).selectOption({ label: '科研院所' });
  await page.getByLabel('统一社会信用代码').fill(creditCode('12', '620102', run));
  await chooseRegion(page.getByRole('group', { name: '所属机构' }));
  await page.getByLabel('联系人').fill('王研究员');
  await page.getByLabel('联系电话').fill('0931-8912345');
  await visit(page, testInfo, 'register-filled', 'register');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByRole('status').first()).toContainText('注册成功');
  await visit(page, testInfo, 'registered', 'login');
}]);

steps.push(['staff verify the new institute', async (page, testInfo) => {
  await login(page, 'demo-staff');
  await nav(page, '机构审核');
  await visit(page, testInfo, 'staff-organisations', 'staff-organisations');
  await page.getByRole('main').getByRole('link', { name: institute }).click();
  await visit(page, testInfo, 'staff-organisation', 'staff-organisation');
  await page.getByRole('button', { name: '认证通过' }).click();
  await expect(page.getByRole('main')).toContainText('已认证');
  await visit(page, testInfo, 'organisation-verified', 'staff-organisation');
}]);

steps.push(['the researcher posts a result and submits it for review', async (page, testInfo) => {
  await login(page, researcher, RESEARCHER_PASSWORD);
  await nav(page, '我的发布');
  await page.getByRole('link', { name: '发布科技成果' }).click();
  await page.getByLabel(/^名称/).fill(resultTitle);
  await page.getByLabel(/^成果简介/).fill('一种耐盐碱、抗污染的纳滤膜分离技术，用于苦咸水和盐碱地灌溉水处理。');
  await page.getByLabel(/^详细描述/).fill('采用界面聚合制备的复合纳滤膜，脱盐率高，通量稳定，已在甘肃河西地区完成中试。');
  await page.getByRole('combobox', { name: /^技术领域/ }).selectOption({ label: '资源与环境' });
  await page.getByLabel(/^关键词/).fill('纳滤膜,盐碱地,水处理');
  await chooseMaturity(page.getByRole('main'), 6);
  await page.getByRole('checkbox', { name: '转让' }).check();
  await page.getByRole('checkbox', { name: '许可' }).check();
  await page.getByLabel(/^价格/).fill('80');
  await chooseRegion(page.getByRole('main'));
  await page.getByLabel(/^联系人/).fill('王研究员');
  await page.getByLabel(/^联系电话/).fill('0931-8912345');
  await visit(page, testInfo, 'result-form', 'listing-form');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await visit(page, testInfo, 'result-saved', 'my-listings');
  await item(page, resultTitle).getByRole('button', { name: '提交审核' }).click();
  await expect(item(page, resultTitle)).toContainText('待审核');
  await visit(page, testInfo, 'result-submitted', 'my-listings');
}]);

steps.push(['staff publish the result', async (page, testInfo) => {
  await login(page, 'demo-staff');
  await nav(page, '信息审核');
  await visit(page, testInfo, 'staff-listings', 'staff-listings');
  await item(page, resultTitle).getByRole('button', { name: '审核通过并发布' }).click();
  // Decided in place: the card stays and says what became of it.
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(item(page, resultTitle)).toContainText('已发布');
  await page.goto('/results');
  await page.getByRole('search').getByLabel('搜索').fill('盐碱地 纳滤膜');
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
  await expect(page.getByRole('link', { name: resultTitle })).toBeVisible();
  await visit(page, testInfo, 'result-public', 'results');
}]);

steps.push(['the enterprise posts a need and staff publish it', async (page, testInfo) => {
  await login(page, enterprise);
  await nav(page, '我的发布');
  await page.getByRole('link', { name: '发布技术需求' }).click();
  const form = page.getByRole('main');
  await form.getByLabel(/^名称/).fill(needTitle);
  await form.getByLabel(/^详细描述/).fill('河西地区盐碱地灌溉用水含盐量高，需要耐盐碱、抗污染的纳滤膜分离水处理技术。日处理苦咸水500吨，出水满足农田灌溉标准；希望以技术转让或许可方式合作，纳滤膜组件可在本地生产。');
  await form.getByRole('combobox', { name: /^技术领域/ }).selectOption({ label: '资源与环境' });
  await form.getByLabel(/^关键词/).fill('纳滤膜,盐碱地,水处理');
  await chooseMaturity(form, 5);
  const modes = form.getByRole('group', { name: /合作方式/ });
  await modes.getByRole('checkbox', { name: '转让' }).check();
  await modes.getByRole('checkbox', { name: '许可' }).check();
  await form.getByLabel(/^预算上限/).fill('100');
  await chooseRegion(form);
  await form.getByLabel(/^联系人/).fill('李经理');
  await form.getByLabel(/^联系电话/).fill('0931-8123456');
  await visit(page, testInfo, 'need-form', 'listing-form');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await item(page, needTitle).getByRole('button', { name: '提交审核' }).click();
  await expect(item(page, needTitle)).toContainText('待审核');
  await visit(page, testInfo, 'need-submitted', 'my-listings');
  await logout(page);

  await login(page, 'demo-staff');
  await nav(page, '信息审核');
  await item(page, needTitle).getByRole('button', { name: '审核通过并发布' }).click();
  await expect(item(page, needTitle)).toContainText('已发布');
  await visit(page, testInfo, 'need-published', 'staff-listings');
}]);

steps.push(['the enterprise finds the result among its matches, with why, and opens a case', async (page, testInfo) => {
  await login(page, enterprise);
  await nav(page, '我的发布');
  await page.getByRole('main').getByRole('link', { name: needTitle }).click();
  await visit(page, testInfo, 'need-detail', 'need-detail (owner)');
  await page.getByRole('link', { name: /匹配/ }).first().click();
  // The matching pass runs in the background (every 2 s): reload until the new result is ranked.
  const match = page.getByRole('main').locator('article').filter({ has: page.getByRole('link', { name: resultTitle }) });
  await expect(async () => {
    await page.reload();
    await expect(match).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(match.getByRole('listitem').filter({ hasText: '同一技术领域' })).toBeVisible();
  await expect(match.getByRole('listitem').filter({ hasText: /共同关键词.*盐碱地/ })).toBeVisible();
  await visit(page, testInfo, 'matches', 'matches');
  await match.getByRole('button', { name: '发起对接' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('#');
  caseUrl = page.url();
  await visit(page, testInfo, 'case-opened', 'case');
}]);

steps.push(['the two sides talk and agree', async (page, testInfo) => {
  await login(page, enterprise);
  await page.goto(caseUrl);
  for (const next of ['已联系', '洽谈中', '达成一致']) {
    await page.getByRole('combobox', { name: /下一步|进展/ }).selectOption({ label: next });
    await page.getByRole('button', { name: '更新进展' }).click();
    await expect(page.getByRole('main')).toContainText(next);
  }
  await visit(page, testInfo, 'case-agreed', 'case');
}]);

steps.push(['the seller drafts the contract, uploads it and submits it', async (page, testInfo) => {
  await login(page, researcher, RESEARCHER_PASSWORD);
  await page.goto(caseUrl);
  await page.getByRole('link', { name: '登记技术合同' }).click();
  const form = page.getByRole('main');
  await form.getByRole('combobox', { name: /^合同类型/ }).selectOption({ label: '技术转让' });
  await form.getByLabel(/^项目名称/).fill(`${resultTitle}转让`);
  await form.getByRole('combobox', { name: /卖方.*类型|卖方主体/ }).selectOption({ index: 2 });
  // A contract started from the case knows its buyer.
  await expect(form.getByLabel(/^买方统一社会信用代码/)).toHaveValue(/^[0-9A-Z]{18}$/);
  await form.getByRole('combobox', { name: /买方.*类型|买方主体/ }).selectOption({ index: 1 });
  const today = new Date().toISOString().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  await form.getByLabel(/^签订日期/).fill(today);
  await form.getByLabel(/^有效期起/).fill(today);
  await form.getByLabel(/^有效期止/).fill(nextYear);
  await form.getByLabel(/^合同金额/).fill('60');
  await form.getByLabel(/^技术交易额/).fill('60');
  await visit(page, testInfo, 'contract-form', 'contract-form');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${resultTitle}转让`);
  await page.getByLabel(/上传合同文本/).setInputFiles({ name: '技术转让合同.pdf', mimeType: 'application/pdf', buffer: await pdf(page, '技术转让合同') });
  await page.getByRole('button', { name: '上传', exact: true }).click();
  await visit(page, testInfo, 'contract-uploaded', 'contract');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('main')).toContainText('待登记');
  await visit(page, testInfo, 'contract-submitted', 'contract');
}]);

steps.push(['the buyer confirms the contract', async (page, testInfo) => {
  await login(page, enterprise);
  await nav(page, '技术合同');
  await page.getByRole('main').getByRole('link', { name: `${resultTitle}转让` }).click();
  await page.getByRole('button', { name: '确认此合同' }).click();
  await visit(page, testInfo, 'contract-confirmed', 'contract');
}]);

steps.push(['staff register the contract', async (page, testInfo) => {
  await login(page, 'demo-staff');
  await nav(page, '合同登记审核');
  await visit(page, testInfo, 'staff-contracts', 'staff-contracts');
  await page.getByRole('main').getByRole('link', { name: `${resultTitle}转让` }).click();
  await page.getByRole('button', { name: '准予登记' }).click();
  await expect(page.getByRole('main')).toContainText('已登记');
  await visit(page, testInfo, 'contract-registered', 'contract');
}]);

steps.push(['staff open a voucher program', async (page, testInfo) => {
  await login(page, 'demo-staff');
  await nav(page, '创新券管理');
  const form = page.getByRole('main').locator('form').filter({ has: page.getByRole('button', { name: '创建项目并拨入预算' }) });
  const today = new Date();
  const inDays = (n) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('项目名称', { exact: true }).fill(programName);
  await form.getByLabel('年度', { exact: true }).fill(String(today.getFullYear()));
  await form.getByLabel(/总预算/).fill('200000');
  await form.getByLabel(/单张面额/).fill('20000');
  await form.getByLabel(/抵扣比例/).fill('50');
  await form.getByLabel('使用截止日期').fill(inDays(60));
  await form.getByLabel('兑现截止日期').fill(inDays(90));
  await visit(page, testInfo, 'program-form', 'staff-vouchers');
  await form.getByRole('button', { name: '创建项目并拨入预算' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(programName);
  await page.getByRole('button', { name: /开放申报/ }).click();
  await expect(page.getByRole('button', { name: '关闭申报' })).toBeVisible();
  await visit(page, testInfo, 'program-open', 'voucher-program');
}]);

steps.push(['the enterprise applies for a voucher and staff approve it', async (page, testInfo) => {
  await login(page, enterprise);
  await nav(page, '科技创新券');
  await page.getByRole('main').getByRole('link', { name: programName }).click();
  await page.getByLabel('用途说明').fill('委托检测机构对纳滤膜组件进行脱盐率和通量检测。');
  await page.getByRole('button', { name: '提交申请' }).click();
  await visit(page, testInfo, 'voucher-applied', 'voucher-program');
  await logout(page);

  await login(page, 'demo-staff');
  await page.goto('/vouchers');
  await page.getByRole('main').getByRole('link', { name: programName }).click();
  await item(page, enterpriseOrg).getByRole('button', { name: '通过' }).click();
  await expect(item(page, enterpriseOrg)).toContainText('已通过');
  await visit(page, testInfo, 'voucher-approved', 'voucher-program');
}]);

steps.push(['the enterprise orders a service from a provider and pays part with the voucher', async (page, testInfo) => {
  await login(page, enterprise);
  await nav(page, '科技创新券');
  await page.getByRole('link', { name: /我的创新券与服务订单/ }).click();
  const form = page.getByRole('main').locator('form').filter({ has: page.getByRole('button', { name: '创建订单' }) });
  const provider = form.getByRole('combobox', { name: '服务机构' });
  await provider.selectOption({ label: (await provider.locator('option', { hasText: providerOrg }).first().textContent()).trim() });
  await form.getByLabel('服务内容').fill(orderText);
  await form.getByLabel(/合同金额/).fill('20000');
  await visit(page, testInfo, 'order-form', 'voucher-workspace');
  await form.getByRole('button', { name: '创建订单' }).click();
  const order = item(page, orderText);
  const voucherCode = (await item(page, programName).locator('code').first().textContent()).trim();
  await order.getByRole('combobox').selectOption({ label: voucherCode });
  await order.getByRole('textbox', { name: /金额/ }).fill('10000');
  await order.getByRole('button', { name: '使用创新券' }).click();
  await expect(item(page, orderText)).toContainText('1万元');
  await visit(page, testInfo, 'order-with-voucher', 'voucher-workspace');
}]);

steps.push(['the provider delivers and claims with a proof', async (page, testInfo) => {
  await login(page, 'demo-provider');
  await page.goto('/vouchers');
  await page.getByRole('link', { name: /我的创新券与服务订单/ }).click();
  await item(page, orderText).getByRole('button', { name: '确认服务完成' }).click();
  const order = item(page, orderText);
  await order.getByRole('textbox', { name: '发票号码' }).fill(`E2E${run}`);
  await order.getByLabel('凭证').setInputFiles({ name: '检测报告.pdf', mimeType: 'application/pdf', buffer: await pdf(page, '检测报告') });
  await visit(page, testInfo, 'claim-form', 'voucher-workspace');
  await order.getByRole('button', { name: '提交兑现' }).click();
  await expect(item(page, orderText)).toContainText('兑现');
  await visit(page, testInfo, 'claimed', 'voucher-workspace');
}]);

steps.push(['staff pay the claim and the figures show it', async (page, testInfo) => {
  await login(page, 'demo-staff');
  await nav(page, '创新券管理');
  await item(page, `E2E${run}`).getByRole('button', { name: '核准兑付' }).click();
  await expect(item(page, `E2E${run}`)).toContainText('已通过');
  await visit(page, testInfo, 'claim-paid', 'staff-vouchers');
  await logout(page);

  // The home page keeps one reading of its figures for a few seconds (techmarket.stats.home-max-age).
  await expect(async () => {
    const now = await figures(page);
    expect(now.contracts).not.toEqual(figuresBefore.contracts);
    expect(now.vouchers).not.toEqual(figuresBefore.vouchers);
  }).toPass({ timeout: 30_000 });
  await visit(page, testInfo, 'home-after', 'home');
  await page.getByRole('link', { name: '查看全部市场数据' }).click();
  await visit(page, testInfo, 'stats-after', 'stats');
}]);

test('the market journey: from a registered institute to the figures', async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  for (const [name, body] of steps) {
    await test.step(name, async () => {
      // Each person on their own browser, as on their own machine.
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await body(page, testInfo);
      } catch (e) {
        // What the person saw when the step failed: a screenshot and the page's accessibility tree.
        await page.screenshot({ path: testInfo.outputPath(`failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
        const tree = await page.locator('main').ariaSnapshot({ timeout: 2000 }).catch(() => '(no main)');
        await testInfo.attach(`page at failure: ${name}`, { body: `${page.url()}\n${tree}`, contentType: 'text/plain' });
        console.log(`--- ${name} failed at ${page.url()}\n${tree}`);
        throw e;
      } finally {
        await context.close();
      }
    });
  }
});
