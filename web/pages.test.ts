// The dashboard's pages in process: what they show, where their links lead,
// the 繁/简 switch, and untrusted article text that must stay text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Hono } from 'hono';
import { listArticles, type Store } from '../src/store/index.js';
import { createApp } from '../src/server/app.js';
import { HAVE_DEV_CORPUS, filledStore } from '../testdata/server/store.js';

let store: Store;
let app: Hono;
let dir: string;

before(() => {
  const filled = filledStore();
  store = filled.store;
  dir = filled.dir;
  app = createApp({ store });
});
after(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function page(url: string, status = 200, headers: Record<string, string> = {}): Promise<{ doc: Document; html: string; res: Response }> {
  const res = await app.request(url, { headers });
  const html = await res.text();
  assert.equal(res.status, status, `${url} → ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  return { doc: parseHTML(html).document as unknown as Document, html, res };
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

/** Asserts a page holds no markup from article text: only our own scripts, no images, no event handlers. */
function assertInert(doc: Document): void {
  for (const s of doc.querySelectorAll('script')) assert.match(s.getAttribute('src') ?? '', /^\/static\/[\w.]+\.js$/, 'only our static scripts');
  assert.equal(doc.querySelectorAll('img, iframe, object, embed').length, 0, 'no images or frames');
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) assert.doesNotMatch(attr.name, /^on/i, `no ${attr.name} handler on <${el.tagName}>`);
  }
  for (const a of doc.querySelectorAll('a[href]')) assert.doesNotMatch(a.getAttribute('href')!, /^\s*javascript:/i);
}

test('pipeline page: a row per company and venue linking to the company, filters by venue and stage, sorts by date both ways', { skip: HAVE_DEV_CORPUS ? false : 'needs the dev corpus beside the repo for enough rows' }, async () => {
  const { doc } = await page('/');
  const rows = [...doc.querySelectorAll('table.pipeline tbody tr')];
  assert.ok(rows.length > 0);
  const ours = rows.find((r) => r.querySelector('td.company a')?.textContent === '星河微电子')!;
  assert.ok(ours, 'the fixture company has a row');
  assert.equal(ours.querySelector('td.company a')!.getAttribute('href'), `/company/${encodeURIComponent('星河微电子')}`);
  assert.equal(ours.getAttribute('data-stage'), 'accepted');
  assert.match(ours.querySelector('td.src a')!.getAttribute('href')!, /^\/article\/[0-9a-f]+\?hl=\d+-\d+#f-\d+-\d+$/);
  const star = (await page('/?venue=STAR')).doc;
  const venues = [...star.querySelectorAll('table.pipeline tbody tr')].map((r) => r.getAttribute('data-venue'));
  assert.ok(venues.length > 0 && venues.every((v) => v === 'STAR'));
  assert.equal(star.querySelector('select[name=venue] option[selected]')!.getAttribute('value'), 'STAR');
  const accepted = (await page('/?stage=accepted')).doc;
  assert.ok([...accepted.querySelectorAll('table.pipeline tbody tr')].every((r) => r.getAttribute('data-stage') === 'accepted'));
  const dates = (d: Document) => texts(d, 'table.pipeline tbody td.date time');
  const desc = dates(doc);
  const asc = dates((await page('/?sort=date')).doc);
  assert.ok(desc.length > 1);
  assert.deepEqual(asc, [...desc].sort());
  assert.deepEqual(desc, [...desc].sort().reverse());
  const bad = await page('/?stage=dreaming', 400);
  assert.match(bad.doc.querySelector('p.error')!.textContent!, /unknown stage/);
});

test('company page: aliases, timeline, chart data of revenue and net profit, figure table, and quotes linking to the highlighted sentence', async () => {
  const { doc } = await page(`/company/${encodeURIComponent('星河微电子')}`);
  assert.equal(doc.querySelector('h1')!.textContent, '星河微电子');
  assert.ok(texts(doc, '.aliases .alias').some((a) => a.includes('星河微电子（杭州）股份有限公司')));
  assert.ok(doc.querySelector('ol.timeline li[data-stage="accepted"]'));
  const chart = JSON.parse(doc.querySelector('#fin-chart')!.getAttribute('data-chart')!);
  assert.deepEqual(chart.periods, ['2022年', '2023年', '2024年']);
  assert.equal(chart.unit, '亿元');
  assert.deepEqual(chart.series.map((s: any) => [s.metric, s.values]), [['revenue', [2.1, 3.35, 5.02]], ['net_profit', [-0.82, -0.21, 0.46]]]);
  assert.ok(doc.querySelector('script[src="/static/echarts.min.js"]'), 'ECharts is loaded from the app');
  assert.ok(texts(doc, 'table.figures td').some((t) => t.includes('5.02亿元')));
  const link = doc.querySelector('#facts blockquote.quote a')!;
  const quote = link.textContent!;
  const href = link.getAttribute('href')!;
  const m = /^\/article\/([0-9a-f]+)\?hl=(\d+)-(\d+)#f-\2-\3$/.exec(href);
  assert.ok(m, href);
  const article = (await page(href.replace(/#.*/, ''))).doc;
  assert.ok(article.getElementById(`f-${m[2]}-${m[3]}`), 'the anchor of the quote exists');
  assert.equal(texts(article, 'mark.fact.current').join(''), quote, 'the quoted sentence is the highlighted one');
  await page(`/company/${encodeURIComponent('并不存在的公司')}`, 404);
});

test('article page: every fact span in a <mark>, facts listed beside with links to their span', async () => {
  const a = listArticles(store).find((x) => x.title.startsWith('星河微电子'))!;
  const { doc } = await page(`/article/${a.id}`);
  const items = [...doc.querySelectorAll('aside .fact-item')];
  assert.ok(items.length >= 3);
  const marked = new Set([...doc.querySelectorAll('mark.fact')].flatMap((m) => m.getAttribute('data-facts')!.split(' ')));
  for (const item of items) {
    assert.ok(marked.has(item.getAttribute('data-fact')!), `fact ${item.getAttribute('data-fact')} is marked in the text`);
    assert.ok(doc.getElementById(item.getAttribute('data-span')!), 'its anchor exists');
  }
  assert.equal(doc.querySelectorAll('mark.current').length, 0, 'nothing is current without ?hl');
  await page('/article/ffffffffffffffff', 404);
  await page('/article/%3Cscript%3E', 404);
});

test('article text with <script> and <img onerror> shows as text on every page and adds no markup; a javascript: URL is not linked', async () => {
  const xss = listArticles(store).find((a) => a.title.includes('__xssTitle'))!;
  const { doc, html } = await page(`/article/${xss.id}`);
  assertInert(doc);
  assert.match(doc.querySelector('article h1')!.textContent!, /^<script>window.__xssTitle=1<\/script>险峰科技/);
  assert.ok(doc.querySelector('article .text')!.textContent!.includes('<img src=x onerror="window.__xssBodyImg=1;alert(\'img\')">'));
  assert.ok(html.includes('&lt;script&gt;window.__xssBody=1'));
  for (const url of ['/', `/company/${encodeURIComponent('险峰科技')}`, '/articles', `/search?q=${encodeURIComponent('险峰科技')}`, '/changes?since=2000', '/companies']) {
    assertInert((await page(url)).doc);
  }
  const link = listArticles(store).find((a) => a.url?.startsWith('javascript:'))!;
  const linked = await page(`/article/${link.id}`);
  assertInert(linked.doc);
  assert.equal(linked.doc.querySelector('article .meta a'), null, 'no link for a javascript: URL');
  // The search box echoes the query as an attribute value, escaped.
  const echoed = await page(`/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
  assertInert(echoed.doc);
  assert.equal(echoed.doc.querySelector('input[name=q]')!.getAttribute('value'), '"><script>alert(1)</script>');
});

test('繁/简 switch: ?script=hant converts text but not anchors or links, is remembered in a cookie, and ?script=orig forgets it', async () => {
  const a = listArticles(store).find((x) => x.title.startsWith('星河微电子'))!;
  const orig = await page(`/article/${a.id}`);
  const hant = await page(`/article/${a.id}?script=hant`);
  assert.equal(hant.doc.documentElement.getAttribute('lang'), 'zh-Hant');
  assert.match(hant.doc.querySelector('article h1')!.textContent!, /^星河微電子科創板IPO獲受理/);
  const ids = (d: Document) => [...d.querySelectorAll('.anchor')].map((e) => e.id);
  assert.deepEqual(ids(hant.doc), ids(orig.doc), 'offset anchors unchanged');
  const hrefs = (d: Document) => [...d.querySelectorAll('a')].filter((e) => !e.closest('.script-switch')).map((e) => e.getAttribute('href'));
  assert.deepEqual(hrefs(hant.doc), hrefs(orig.doc), 'links (offsets, names) unchanged');
  assert.equal(texts(hant.doc, 'mark.fact').join('').length, texts(orig.doc, 'mark.fact').join('').length, 'marks cover the same characters');
  const cookie = hant.res.headers.get('set-cookie')!;
  assert.match(cookie, /^kechuang_script=hant;/);
  assert.equal(texts(hant.doc, '.script-switch a').join(''), '原文简繁', 'the switch keeps its labels');
  const remembered = await page('/', 200, { Cookie: 'kechuang_script=hant' });
  assert.ok(texts(remembered.doc, 'td.company a').includes('星河微電子'));
  const hans = await page(`/search?q=${encodeURIComponent('雲岫')}&script=hans`);
  assert.ok(texts(hans.doc, '.hit h3').some((t) => t.startsWith('云岫机器人完成B轮融资')), 'Traditional article shown in Simplified');
  const back = await page('/?script=orig', 200, { Cookie: 'kechuang_script=hant' });
  assert.match(back.res.headers.get('set-cookie')!, /kechuang_script=;.*Max-Age=0/);
  assert.ok(texts(back.doc, 'td.company a').includes('星河微电子'));
});

test('search page: a Simplified query finds the Traditional article with the matches marked; no query shows the box', async () => {
  const { doc } = await page(`/search?q=${encodeURIComponent('云岫机器人')}`);
  const hit = [...doc.querySelectorAll('li.hit')].find((h) => h.querySelector('h3')!.textContent!.startsWith('雲岫機器人'))!;
  assert.ok(hit, 'the Traditional article is a hit');
  assert.ok(texts(hit as unknown as Document, 'mark').includes('雲岫機器人'));
  const empty = await page('/search');
  assert.equal(empty.doc.querySelectorAll('li.hit').length, 0);
  assert.ok(empty.doc.querySelector('form.search-big input[name=q]'));
  const none = await page(`/search?q=${encodeURIComponent('绝无此词组合')}`);
  assert.ok(none.doc.querySelector('p.empty'));
});

test('changes, companies and articles pages list what is stored; a bad date is a 400 page, an unknown path a 404 page', async () => {
  const changes = (await page('/changes?since=2000-01-01')).doc;
  assert.ok(texts(changes, 'li.change h2').includes('星河微电子'));
  assert.equal(changes.querySelector('input[name=since]')!.getAttribute('value'), '2000-01-01');
  assert.equal((await page('/changes?since=2999')).doc.querySelectorAll('li.change').length, 0);
  await page('/changes?since=someday', 400);
  const companies = (await page('/companies')).doc;
  assert.ok(texts(companies, 'td.company a').includes('云岫机器人') || texts(companies, 'td.company a').includes('雲岫機器人'));
  const articles = (await page('/articles?limit=2')).doc;
  assert.equal(articles.querySelectorAll('ol.articles li').length, 2);
  assert.ok(articles.querySelector('nav.pager a'), 'a next-page link');
  await page('/articles?limit=0', 400);
  const missing = await page('/no/such/page', 404);
  assert.ok(missing.doc.querySelector('p.error'));
});

test('static files: the script, stylesheet and ECharts come from the app; nothing else under /static', async () => {
  for (const [name, type] of [['app.js', /javascript/], ['style.css', /css/], ['echarts.min.js', /javascript/], ['favicon.svg', /svg/]] as const) {
    const res = await app.request(`/static/${name}`);
    assert.equal(res.status, 200, name);
    assert.match(res.headers.get('content-type')!, type);
  }
  assert.equal((await app.request('/static/..%2Fpackage.json')).status, 404);
  assert.equal((await app.request('/static/../package.json')).status, 404);
  assert.equal((await app.request('/static/nothing.js')).status, 404);
});
