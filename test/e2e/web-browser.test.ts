/** The web UI in real Chromium: the demo board, a search in Chinese, phone and desktop screenshots. */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { type Browser, chromium } from 'playwright-core';
import { ROOT, cliEnv, exited, startCli, tempDataDir } from './helpers.js';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
let browser: Browser;
let server: ChildProcess;
let url = '';

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const started = await startCli(['demo'], cliEnv(tempDataDir()), /ready: (http:\/\/127\.0\.0\.1:\d+)/);
  server = started.child;
  url = started.match[1] as string;
  // Playwright gives every launch a fresh temporary profile, so no --user-data-dir is passed.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (server) await exited(server);
});

describe('web UI in Chromium', () => {
  it('shows the Latest board with outlets and ages, newest first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    assert.equal(await page.locator('h1').first().textContent(), 'Latest');
    const cards = page.locator('.card');
    assert.equal(await cards.count(), 50);
    const first = await cards.first().locator('.outlet').textContent();
    assert.ok(first && first.length > 0);
    assert.match((await cards.first().locator('time').textContent()) ?? '', /ago$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-desktop.png'), fullPage: false });
    assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');
    await page.close();
  });

  it('pages through older items', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Older' }).click();
    assert.match(page.url(), /page=2/);
    assert.ok((await page.locator('.card').count()) > 0);
    await page.close();
  });

  it('finds a Chinese term from the search box', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('searchbox').fill('数据中心');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\?q=/);
    const results = page.locator('.card');
    assert.ok((await results.count()) > 0);
    assert.match((await page.locator('.lede').textContent()) ?? '', /results? for “数据中心”/);
    await page.close();
  });

  it('lists sources with their health', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/sources`);
    assert.equal(await page.locator('tbody tr').count(), 16);
    assert.equal(await page.locator('.state-ok').count(), 16);
    await page.close();
  });

  it('reads on a phone: no horizontal scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    await page.goto(url);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok((overflow as number) <= 0, `page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-phone.png') });
    await page.close();
  });
});
