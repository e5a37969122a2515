import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Ajv } from 'ajv';
import { tempStore, factIn } from '../../testdata/query/helpers.js';
import { readInput } from '../ingest/index.js';
import { insertArticle } from '../store/articles.js';
import { saveFacts, type Store } from '../store/index.js';
import { buildDigest, renderChangesAtom, renderDigest, renderDigestAtom, renderDigestJsonFeed, renderDigestText } from './digest.js';
import { changes } from './changes.js';

const DIGEST = new URL('../../testdata/query/digest.txt', import.meta.url);
const ESCAPE = new URL('../../testdata/query/digest-escape.jsonl', import.meta.url);

/** Reads a file as ingest does and stores its articles (extraction aside: facts are added by the tests). */
function ingest(store: Store, file: URL) {
  const result = readInput(file.pathname);
  if ('error' in result) throw result.error;
  for (const a of result.articles) insertArticle(store, a);
  return result.articles;
}

function seeded() {
  const { store } = tempStore();
  const articles = ingest(store, DIGEST);
  const [a1, a2, a3] = articles;
  saveFacts(store, a1.id, [factIn(a1, '远航机器人股份有限公司（简称“远航机器人”）科创板IPO申请获受理', {
    kind: 'ipo', company: '远航机器人', company_aliases: ['远航机器人股份有限公司'], stage: 'accepted', venue: 'STAR', date: '2025-09-03', raise: { value: 9.8e8, currency: 'CNY' },
  })]);
  saveFacts(store, a2.id, [factIn(a2, '松岭材料于9月5日向港交所递交上市申请', { kind: 'ipo', company: '松岭材料', stage: 'filed', venue: 'HKEX', date: '2025-09-05' })]);
  saveFacts(store, a3.id, [factIn(a3, '白塔医疗宣布完成5亿元C轮融资，投后估值达60亿元', {
    kind: 'financing', company: '白塔医疗', round: 'C', amount: { value: 5e8, currency: 'CNY' }, post_money: { value: 6e9, currency: 'CNY' },
  })]);
  return { store, articles };
}

test('digest --format text of an ingested digest reproduces its tag, titles, bodies and outlets', () => {
  const { store, articles } = seeded();
  assert.equal(articles.length, 3);
  assert.equal(renderDigestText(buildDigest(store)), fs.readFileSync(DIGEST, 'utf8'));
  assert.equal(renderDigestText(buildDigest(store, { tag: '科創' })).split('\n')[0], '#科創', 'the tag as asked, found in either script');
  // Filtered by company (any of its names): only its article.
  const one = buildDigest(store, { company: '远航机器人股份有限公司' });
  assert.deepEqual(one.articles.map((a) => a.title), ['远航机器人科创板IPO获受理，拟募资9.8亿元']);
});

test('a digest in Traditional script converts titles, bodies, outlets and facts', () => {
  const { store } = seeded();
  const text = renderDigest(buildDigest(store, { script: 'hant' }), 'text');
  assert.match(text, /^#科創\n遠航機器人/);
  assert.match(text, /\(乙日報\)/);
  const md = renderDigest(buildDigest(store, { script: 'hant' }), 'md');
  assert.match(md, /獲受理/);
});

test('md and html list each article\'s facts under it', () => {
  const { store } = seeded();
  const md = renderDigest(buildDigest(store), 'md');
  assert.match(md, /## 远航机器人科创板IPO获受理，拟募资9\.8亿元[\s\S]*- \*\*远航机器人\*\* 科创板 获受理，募资9\.8亿元/);
  const html = renderDigest(buildDigest(store), 'html');
  assert.match(html, /<li><strong>白塔医疗<\/strong> C轮融资，5亿元，投后估值60亿元/);
});

test('digest --format atom parses as an Atom feed with the required elements', () => {
  const { store } = seeded();
  const xml = renderDigestAtom(buildDigest(store, { tag: '科创' }), { feedUrl: 'https://example.org/feed.atom' });
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) }).parse(xml);
  const feed = doc.feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  for (const k of ['id', 'title', 'updated', 'author']) assert.ok(feed[k], `feed/${k}`);
  assert.match(feed.updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  assert.equal(feed.link[0]['@rel'], 'self');
  assert.equal(feed.entry.length, 3);
  for (const e of feed.entry) {
    for (const k of ['id', 'title', 'updated', 'content']) assert.ok(e[k], `entry/${k}`);
    assert.match(e.id, /^urn:kechuang:article:[0-9a-f]+$/);
    assert.equal(e.content['@type'], 'html');
  }
  const titles = feed.entry.map((e: { title: { '#text': string } }) => e.title['#text']);
  assert.ok(titles.includes('松岭材料港股递表'));
});

test('feeds escape untrusted article text and drop unsafe links', () => {
  const { store } = tempStore();
  const [a] = ingest(store, ESCAPE);
  const digest = buildDigest(store);
  const xml = renderDigestAtom(digest);
  assert.equal(XMLValidator.validate(xml), true);
  const entry = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed.entry;
  assert.equal(entry.title['#text'], a.title, 'the title survives as text');
  assert.ok(!entry.content['#text'].includes('<script>'), 'HTML content has the tag escaped');
  assert.ok(entry.content['#text'].includes('&lt;script&gt;'));
  assert.ok(!/href=("|&quot;)javascript:/.test(xml), 'a javascript: URL is never linked');
  assert.ok(xml.includes('javascript:'), 'the text that holds it is kept as text');
  const html = renderDigest(digest, 'html');
  assert.ok(!html.includes('<script>') && !html.includes('<b>'));
  const md = renderDigest(digest, 'md');
  assert.ok(!md.includes('<script>') && !md.includes('](javascript'));
  assert.equal(JSON.parse(renderDigestJsonFeed(digest)).items[0].title, a.title);
});

// The part of JSON Feed 1.1 (jsonfeed.org/version/1.1) kechuang emits; extensions start with `_`.
const JSON_FEED_SCHEMA = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', pattern: '^https?://' },
    feed_url: { type: 'string', pattern: '^https?://' },
    description: { type: 'string' },
    language: { type: 'string' },
    authors: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string' } }, additionalProperties: false } },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: { type: 'string' },
          url: { type: 'string', pattern: '^https?://' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          summary: { type: 'string' },
          date_published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' },
          date_modified: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' },
          tags: { type: 'array', items: { type: 'string' } },
          authors: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
          language: { type: 'string' },
        },
        patternProperties: { '^_': {} },
        additionalProperties: false,
      },
    },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
};

test('digest --format json validates as JSON Feed 1.1', () => {
  const { store } = seeded();
  const validate = new Ajv({ allErrors: true }).compile(JSON_FEED_SCHEMA);
  const feed: any = JSON.parse(renderDigest(buildDigest(store), 'json', { siteUrl: 'https://example.org/', feedUrl: 'https://example.org/feed.json' }));
  const valid = (validate as (d: unknown) => boolean)(feed);
  assert.ok(valid, JSON.stringify(validate.errors));
  assert.equal(feed.items.length, 3);
  assert.equal(feed.items[0]._kechuang.facts.length, 1);
  // The schema is not vacuous: a feed of the wrong version fails it.
  assert.equal(validate({ ...feed, version: 'https://jsonfeed.org/version/1' }), false);
});

test('changes render as an Atom feed, one entry per company', () => {
  const { store } = seeded();
  const xml = renderChangesAtom(changes(store, { since: '2025-09-01' }));
  assert.equal(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(xml).feed;
  assert.equal(feed.entry.length, 3);
  assert.ok(feed.entry.some((e: { title: { '#text': string } }) => e.title['#text'] === '松岭材料：港交所 递表'));
});
