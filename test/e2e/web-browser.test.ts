/**
 * The reader in real Chromium against the built CLI's demo: the board, a filter, a story, a citation
 * followed to its source sentence, a helpful vote (and one forged by another site, refused), a Chinese search, the recap; axe-core finds no
 * serious or critical accessibility problem; screenshots at desktop and phone widths.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { ROOT, cliEnv, exited, startCli, tempDataDir } from './helpers.js';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
let browser: Browser;
let server: ChildProcess;
let url = '';
let storyPath = '';

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const started = await startCli(['demo'], cliEnv(tempDataDir()), /ready: (http:\/\/127\.0\.0\.1:\d+)/);
  server = started.child;
  url = started.match[1] as string;
  // Playwright gives every launch a fresh temporary profile, so no --user-data-dir is passed.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (server) await exited(server);
});

/** Opens a page that records console errors (a CSP violation would show there). */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${url}${path}`);
  return { page, errors };
}

/** Runs axe-core on a page and returns its serious and critical violations. */
async function seriousViolations(path: string): Promise<string[]> {
  // The app's CSP rightly refuses injected script, so this one context bypasses it for the checker.
  const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}${path}`);
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  await context.close();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the reader in Chromium', () => {
  it("shows the Latest board: story cards with outlets, freshness, hook and Editor's Brief", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context, '/');
    assert.equal(await page.locator('h1').first().textContent(), 'Latest');
    const cards = page.locator('.story-card');
    assert.ok((await cards.count()) >= 10);
    assert.ok(((await cards.first().locator('.outlets').textContent()) ?? '').length > 0);
    assert.match((await cards.first().locator('.freshness time').textContent()) ?? '', /^collected (just now|\d+[mhd] ago)$/);
    assert.ok((await page.locator('.story-card .points li').count()) >= 3);
    assert.ok(await page.locator('svg.chart[role="img"]').first().isVisible());
    const wider = await page.evaluate(
      "Math.max(...[...document.querySelectorAll('.story-list')].map((list) => list.scrollWidth - list.clientWidth))",
    );
    assert.ok((wider as number) <= 0, `a story card runs ${wider}px past its column`);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-desktop.png') });
    const withBrief = page.locator('.story-card:has(.points) .story-title a').first();
    storyPath = new URL((await withBrief.getAttribute('href')) ?? '/', url).pathname;
    assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');
    await context.close();
  });

  it('filters a board by language with the GET form, and pages', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page } = await open(context, '/');
    await page.selectOption('#f-language', 'zh');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/language=zh/);
    assert.match((await page.locator('.lede').first().textContent()) ?? '', /matching Language: 中文/);
    const languages = await page.locator('.story-card .languages').allTextContents();
    assert.ok(languages.length > 0 && languages.every((text) => text.includes('中文')));
    await page.goto(`${url}/boards/energy-power`);
    assert.equal(await page.locator('h1').textContent(), 'Energy & Power');
    assert.equal(await page.locator('.board-bar a[aria-current="page"]').textContent(), 'Energy & Power');
    await context.close();
  });

  it('opens a story and follows a citation to the source sentence it rests on', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context, '/');
    await page.locator(`.story-title a[href="${storyPath}"]`).first().click();
    await page.waitForURL(new RegExp(`${storyPath}$`));
    assert.ok(await page.getByRole('heading', { name: "Editor's Brief" }).isVisible());
    await page.screenshot({ path: join(SCREENSHOTS, 'story-desktop.png') });
    const marker = page.locator('.editors-brief a.cite').first();
    const outlet = await marker.getAttribute('title');
    await marker.click();
    await page.waitForURL(/#cite-/);
    // The marker lands on the cited sentence, or on its anchor inside a larger cited passage of the same source.
    const hash = new URL(page.url()).hash.slice(1);
    assert.equal(await page.locator(':target').getAttribute('id'), hash);
    const target = page.locator('.cited:target, .cited:has(> .cite-target:target)');
    assert.equal(await target.count(), 1);
    assert.ok(await target.isVisible());
    assert.ok(((await target.locator('blockquote').textContent()) ?? '').trim().length > 20, 'the cited sentence is shown');
    assert.equal(await target.locator('.outlet').textContent(), outlet);
    assert.match((await target.getByRole('link', { name: /Read original/ }).getAttribute('href')) ?? '', /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('counts a "helpful" vote', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page } = await open(context, storyPath);
    const before = Number(await page.locator('[data-count="helpful"]').textContent());
    await page.getByRole('button', { name: /^Yes/ }).click();
    await page.waitForURL(/feedback=thanks/);
    assert.equal(Number(await page.locator('[data-count="helpful"]').textContent()), before + 1);
    assert.match((await page.locator('#feedback .notice').textContent()) ?? '', /vote was counted/);
    await context.close();
  });

  it('refuses a vote that another site’s page posts to the story, and counts nothing', async () => {
    const storyUrl = `${url}${storyPath}`;
    // Another site: "localhost" is a different site from 127.0.0.1, as another domain would be.
    const attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        `<form method="post" action="${storyUrl}/feedback"><input type="hidden" name="kind" value="helpful"><button>Win</button></form>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      const { page } = await open(context, storyPath);
      const before = Number(await page.locator('[data-count="helpful"]').textContent());
      await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      const [answer] = await Promise.all([page.waitForResponse(`${storyUrl}/feedback`), page.getByRole('button', { name: 'Win' }).click()]);
      assert.equal(answer.status(), 403);
      assert.match((await page.locator('body').textContent()) ?? '', /sent from another site/);
      await page.goto(storyUrl);
      assert.equal(Number(await page.locator('[data-count="helpful"]').textContent()), before);
    } finally {
      await context.close();
      attacker.close();
    }
  });

  it('records a "Report a problem" with its reason and comment', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await open(context, storyPath);
    await page.locator('#feedback summary', { hasText: 'Report a problem' }).click();
    await page.getByLabel('Outdated').check();
    await page.getByLabel(/What should we look at/).fill('The date in the second point moved.');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForURL(/feedback=reported/);
    assert.match((await page.locator('#feedback .notice').textContent()) ?? '', /report was recorded/);
    assert.match((await page.locator('#feedback').textContent()) ?? '', /1 outdated/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads a story on a phone, with the copy-link enhancement and no horizontal scroll', async () => {
    const context = await browser.newContext(PHONE);
    const { page, errors } = await open(context, storyPath);
    assert.ok(await page.getByRole('button', { name: 'Copy link' }).isVisible(), 'the script ran under the CSP');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok((overflow as number) <= 0, `story page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: join(SCREENSHOTS, 'story-phone.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads the board on a phone without horizontal scroll', async () => {
    const context = await browser.newContext(PHONE);
    const { page } = await open(context, '/');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok((overflow as number) <= 0, `board is ${overflow}px wider than the phone`);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-phone.png') });
    await context.close();
  });

  it('finds a Chinese term from the search box', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page } = await open(context, '/');
    await page.getByRole('searchbox').fill('数据中心');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\?q=/);
    assert.match((await page.locator('.lede').textContent()) ?? '', /results? for “数据中心”/);
    assert.ok((await page.locator('.story-card, .article-list li').count()) > 0);
    await context.close();
  });

  it('reads the weekly recap: ranked stories with cited points', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page } = await open(context, '/recap?period=week');
    assert.match((await page.locator('h1').textContent()) ?? '', /recap/i);
    assert.ok((await page.locator('.recap-item').count()) > 0);
    await page.locator('.recap-item a.cite').first().click();
    assert.ok(await page.locator(':target.reference').isVisible());
    await context.close();
  });

  it('lists the sources with their health', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page } = await open(context, '/sources');
    assert.equal(await page.locator('tbody tr').count(), 16);
    assert.equal(await page.locator('tbody .state-ok').count(), 16);
    await context.close();
  });

  it('passes an automated accessibility check on the board, story, search and recap pages', async () => {
    for (const path of ['/', '/boards/energy-power', storyPath, `/search?q=${encodeURIComponent('数据中心')}`, '/recap']) {
      assert.deepEqual(await seriousViolations(path), [], `axe on ${path}`);
    }
  });
});
