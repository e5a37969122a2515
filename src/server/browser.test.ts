// The dashboard in a real browser: Debian's headless Chromium driven by
// playwright-core (never a downloaded browser), against `startServer` on a
// random port over a store filled with the dev corpus and our fixtures.
// With KECHUANG_SCREENSHOTS=DIR it also writes the README's screenshots
// (from our own fixtures only) into DIR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listArticles, openStore } from '../store/index.js';
import { ingestFiles } from '../pipeline/index.js';
import { DEV_DIGEST, FIXTURES, HAVE_DEV_CORPUS, filledStore } from '../../testdata/server/store.js';
import { startServer, type RunningServer } from './serve.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// In CI the browser tests must run: a missing browser fails them there.
const skip = !fs.existsSync(CHROMIUM) && !process.env.CI
  ? `${CHROMIUM} is missing: install Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk) to run the browser tests`
  : false;
if (skip) process.stderr.write(`browser tests skipped: ${skip}\n`);

let browser: Browser;
let server: RunningServer;
let dir: string;
let devDigestIds: string[] = [];
let xssId = '';
/** Console errors (CSP violations included), page errors and dialogs seen in any page. */
const trouble: string[] = [];

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.on('console', (m) => { if (m.type() === 'error') trouble.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => trouble.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { trouble.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return page;
}

before(async () => {
  if (skip) return;
  const filled = filledStore();
  dir = filled.dir;
  devDigestIds = listArticles(filled.store).filter((a) => a.file === DEV_DIGEST).map((a) => a.id);
  xssId = listArticles(filled.store).find((a) => a.title.includes('__xssTitle'))!.id;
  filled.store.close();
  server = await startServer({ db: filled.file, port: 0, host: '127.0.0.1', log: (m) => trouble.push(`server: ${m}`) });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('browser: pipeline → company with its chart drawn → article from a fact with the quoted sentence highlighted', { skip, timeout: 60_000 }, async () => {
  const page = await newPage();
  await page.goto(`${server.url}/`);
  const rows = page.locator('table.pipeline tbody tr');
  assert.ok(await rows.count() > (HAVE_DEV_CORPUS ? 10 : 0), 'the pipeline lists the dev corpus');
  await page.locator('td.company a', { hasText: '星河微电子' }).first().click();
  await page.waitForURL(/\/company\//);
  assert.equal(await page.locator('h1').textContent(), '星河微电子');
  // ECharts (served by the app under the CSP) draws SVG bars for six figures.
  await page.locator('#fin-chart[data-drawn="true"] svg').waitFor();
  const bars = await page.locator('#fin-chart svg path').count();
  assert.ok(bars >= 6, `chart paths: ${bars}`);
  const box = await page.locator('#fin-chart svg').boundingBox();
  assert.ok(box && box.width > 300 && box.height > 200, 'the chart has a size');
  assert.ok((await page.locator('#fin-chart svg text').allTextContents()).some((t) => t.includes('营业收入')), 'legend names revenue');
  assert.ok(await page.locator('ol.timeline li').count() >= 1, 'the timeline is drawn');
  // From a fact's quote to the article with that sentence highlighted.
  const quoteLink = page.locator('#facts blockquote.quote a').first();
  const quote = (await quoteLink.textContent())!;
  await quoteLink.click();
  await page.waitForURL(/\/article\/[0-9a-f]+\?hl=\d+-\d+#f-\d+-\d+$/);
  const current = page.locator('mark.fact.current');
  assert.equal((await current.allTextContents()).join(''), quote);
  assert.ok(await current.first().isVisible());
  const background = await current.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the highlight is painted');
  await page.close();
});

test('browser: the 繁/简 switch converts the page and is remembered; a Simplified search finds the Traditional articles', { skip, timeout: 60_000 }, async () => {
  const page = await newPage();
  await page.goto(`${server.url}/company/${encodeURIComponent('星河微电子')}`);
  await page.locator('.script-switch a[data-script="hant"]').click();
  await page.waitForURL(/script=hant/);
  assert.equal(await page.locator('h1').textContent(), '星河微電子');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hant');
  // Remembered: the next page is Traditional without asking again.
  await page.goto(`${server.url}/changes?since=2000`);
  assert.ok((await page.locator('nav.main').textContent())!.includes('最新變動'));
  await page.locator('.script-switch a[data-script="orig"]').click();
  await page.waitForURL(/script=orig/);
  assert.ok((await page.locator('nav.main').textContent())!.includes('最新变动'));
  // Search typed in Simplified; the article is stored in Traditional.
  await page.locator('header form.search input[name=q]').fill('云岫机器人');
  await page.locator('header form.search input[name=q]').press('Enter');
  await page.waitForURL(/\/search\?q=/);
  const titles = await page.locator('li.hit h3').allTextContents();
  assert.ok(titles.some((t) => t.startsWith('雲岫機器人')), `hits: ${titles.join(' | ')}`);
  assert.ok((await page.locator('li.hit mark').allTextContents()).includes('雲岫機器人'));
  if (HAVE_DEV_CORPUS) {
    await page.goto(`${server.url}/search?q=${encodeURIComponent('科创板')}&limit=200`);
    const found = await page.locator('li.hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')));
    assert.ok(found.some((id) => devDigestIds.includes(id!)), 'a Traditional article of the dev digest is found by 科创板');
  }
  await page.close();
});

test('browser: an article whose title and body hold <script> and <img onerror> shows them as text and runs nothing', { skip, timeout: 60_000 }, async () => {
  const page = await newPage();
  const before = trouble.length;
  for (const url of [`/article/${xssId}`, `/search?q=${encodeURIComponent('险峰科技')}`, `/company/${encodeURIComponent('险峰科技')}`, '/']) {
    await page.goto(`${server.url}${url}`);
    await page.waitForLoadState('load');
    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return ['__xssTitle', '__xssImg', '__xssBody', '__xssBodyImg', '__xssBold'].filter((k) => w[k] !== undefined);
    });
    assert.deepEqual(flags, [], `no injected script ran on ${url}`);
    assert.equal(await page.locator('img').count(), 0, `no image element on ${url}`);
  }
  await page.goto(`${server.url}/article/${xssId}`);
  assert.match((await page.locator('article h1').textContent())!, /^<script>window\.__xssTitle=1<\/script>险峰科技/);
  assert.ok((await page.locator('article .text').textContent())!.includes('<img src=x onerror="window.__xssBodyImg=1;alert(\'img\')">'));
  await page.locator('article .text').hover();
  assert.deepEqual(trouble.slice(before), [], 'no dialog, error or CSP violation');
  await page.close();
});

test('browser: no page logged an error, a CSP violation or a dialog', { skip }, () => {
  assert.deepEqual(trouble, []);
});

const shots = process.env.KECHUANG_SCREENSHOTS;
test('screenshots of the pipeline, a company and an article page from our own fixtures', { skip: skip || (shots ? false : 'set KECHUANG_SCREENSHOTS=DIR to write them'), timeout: 60_000 }, async () => {
  const shotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const file = path.join(shotDir, 'k.db');
  const store = openStore(file);
  ingestFiles(store, ['digest.txt', 'hant.txt', 'showcase.txt'].map((f) => path.join(FIXTURES, f)));
  store.close();
  const own = await startServer({ db: file, port: 0, host: '127.0.0.1' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 640 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    await page.goto(`${own.url}/`);
    await page.screenshot({ path: path.join(shots!, 'screenshot-pipeline.png') });
    await page.setViewportSize({ width: 1280, height: 1280 });
    await page.goto(`${own.url}/company/${encodeURIComponent('星河微电子')}`);
    await page.locator('#fin-chart[data-drawn="true"] svg').waitFor();
    await page.screenshot({ path: path.join(shots!, 'screenshot-company.png') });
    // The article behind the company's first quote, that sentence highlighted.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('#facts blockquote.quote a').first().click();
    await page.waitForURL(/\/article\//);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots!, 'screenshot-article.png') });
    await page.close();
  } finally {
    await own.close();
    fs.rmSync(shotDir, { recursive: true, force: true });
  }
});
