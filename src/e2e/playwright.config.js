// Real-browser journeys against a running platform (BASE_URL), in Debian's Chromium: never a downloaded browser.
const { defineConfig } = require('@playwright/test');

const out = process.env.E2E_OUTPUT || '../../target/e2e';

module.exports = defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.js',
  globalTeardown: './global-teardown.js',
  outputDir: `${out}/results`,
  timeout: 300_000,
  expect: { timeout: 10_000 },
  // Two browsers at a time on a 2-core machine: the market journey (one long test, its steps in order)
  // beside the independent page checks.
  workers: Number(process.env.E2E_WORKERS || 2),
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: `${out}/report`, open: 'never' }], ['json', { outputFile: `${out}/results.json` }]],
  use: {
    baseURL: process.env.BASE_URL || 'http://localhost:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The journeys take their own screenshots, of every step, in each person's browser.
    screenshot: 'off',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
