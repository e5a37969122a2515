import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import OpenCC from 'opencc-js';
import type { Article } from '../core/types.js';
import { detectFormat, expandInputs, readInput, readInputs, type InputResult } from './read-inputs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => path.join(root, 'testdata/ingest', name);
const devDir = path.resolve(root, '../shared/corpus/dev');
const noCorpus = !existsSync(devDir) && 'the dev corpus (../shared/corpus/dev) is not beside the repo';

function articlesOf(r: InputResult): readonly Article[] {
  if ('error' in r) assert.fail(`unexpected error: ${r.error.message}`);
  return r.articles;
}

/** Every article's title and body are exactly its text at their spans. */
function assertSpans(a: Article): void {
  assert.equal(a.text.slice(a.titleSpan.start, a.titleSpan.end), a.title);
  assert.equal(a.text.slice(a.bodySpan.start, a.bodySpan.end), a.body);
  assert.match(a.id, /^[0-9a-f]{16}$/);
}

function tmpDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
}

test('a digest gives one article per title/body pair, with tags and outlets in either kind of parentheses', () => {
  const r = readInput(fixture('digest-hant.txt'));
  const articles = articlesOf(r);
  assert.equal('format' in r && r.format, 'digest');
  assert.deepEqual(articles.map((a) => a.title), ['晨曦航電完成B輪融資', '霧凇材料擬衝刺科創板']);
  assert.deepEqual(articles.map((a) => a.outlet), ['航空產業週刊', '新材料觀察']);
  assert.deepEqual(articles[0].tags, ['科創', '融資']);
  assert.deepEqual(articles.map((a) => a.position), [0, 1]);
  for (const a of articles) {
    assertSpans(a);
    assert.equal(a.text, `${a.title}\n${a.body}`);
    assert.doesNotMatch(a.body, /[()（）]\s*$/);
    assert.equal(a.body, a.body.trimEnd());
    assert.equal(a.script, 'hant');
    assert.equal(a.format, 'digest');
  }
  assert.ok(articles[0].body.endsWith('資金將用於機載通訊模組研發。'));
});

test('a digest article carries the last year stated before it in the file, for dates that leave the year out', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'years.txt');
  writeFileSync(file, [
    '松原机电完成融资', '松原机电2024年完成A轮融资，2026年开年再获投资，预计2027年实现盈利。（财经日报）',
    '青禾医药递表港交所', '1月9日，青禾医药向港交所递交上市申请。（港股周刊）',
    '河图新材获受理', '2月3日，河图新材科创板IPO获受理。（上证报）',
  ].join('\n'));
  const articles = articlesOf(readInput(file));
  // A forecast's year (预计2027年) is no time of the news; an article that states no year passes the year on.
  assert.deepEqual(articles.map((a) => a.yearBefore), [undefined, 2026, 2026]);
});

test('the sample digest reads as 7 Simplified articles', () => {
  const articles = articlesOf(readInput(path.join(root, 'samples/digest.txt')));
  assert.equal(articles.length, 7);
  assert.ok(articles.every((a) => a.script === 'hans' && a.tags[0] === '科创' && a.outlet));
});

test('a plain article: first line is the title, the text is the whole file, spans point into it', () => {
  const file = fixture('plain-article.txt');
  const [a, ...rest] = articlesOf(readInput(file));
  assert.equal(rest.length, 0);
  assert.equal(a.format, 'plain');
  assert.equal(a.title, '澜舟传感完成数亿元C轮融资');
  assert.equal(a.text, readFileSync(file, 'utf8'));
  assert.ok(a.body.startsWith('本报记者 周一鸣'));
  assert.ok(a.body.endsWith('（完）'));
  assertSpans(a);
});

test('a plain article whose paragraphs end in parentheses is not taken for a digest', () => {
  const text = '甲公司获得新一轮融资\n本轮融资由乙资本领投，丙基金跟投（均为老股东）\n公司表示资金将用于研发（记者 王五）\n另据了解，公司计划明年启动上市辅导（来源：公司公告）\n';
  assert.equal(detectFormat(text, 'x.txt'), 'plain');
});

test('an excerpt that starts with a paragraph keeps it in the body and takes a short title from it', () => {
  const file = fixture('excerpt.txt');
  const [a] = articlesOf(readInput(file));
  const firstLine = readFileSync(file, 'utf8').split('\n')[0];
  assert.equal(a.text, readFileSync(file, 'utf8'));
  assert.ok(a.body.startsWith(firstLine), 'the first paragraph stays in the body');
  assert.ok(firstLine.startsWith(a.title) && a.title.length <= 60 && a.title.length > 10, a.title);
  assert.equal(a.titleSpan.start, 0);
  assertSpans(a);
});

test('CRLF text is kept as is and titles carry no carriage return', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'crlf.txt');
  writeFileSync(file, '寒露科技完成A轮融资\r\n寒露科技宣布完成1亿元A轮融资。\r\n资金用于研发。\r\n');
  const [a] = articlesOf(readInput(file));
  assert.equal(a.title, '寒露科技完成A轮融资');
  assert.equal(a.body, '寒露科技宣布完成1亿元A轮融资。\r\n资金用于研发。');
  assert.equal(a.text, readFileSync(file, 'utf8'));
  assertSpans(a);
});

test('a date line and a 来源 line at the top give the publication date and outlet', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'dated.txt');
  writeFileSync(file, '立冬电子科创板IPO获受理\n[2025-03-04 09:12] 来源:芯片日报 编辑:某某\n3月4日，立冬电子科创板IPO获受理。\n');
  const [a] = articlesOf(readInput(file));
  assert.equal(a.publishedAt, '2025-03-04');
  assert.equal(a.outlet, '芯片日报');
});

test('JSON Lines: one article per object, body from body/text/content, HTML stripped, tags and dates read', () => {
  const r = readInput(fixture('articles.jsonl'));
  const articles = articlesOf(r);
  assert.equal(articles.length, 3);
  assert.deepEqual(articles.map((a) => a.title), ['赤焰能源完成2亿元A轮融资', '北辰智算科创板IPO获受理', '流云数据启动上市辅导']);
  assert.equal(articles[0].outlet, '绿色财经');
  assert.equal(articles[0].url, 'https://example.com/a/1');
  assert.equal(articles[0].publishedAt, '2025-04-02');
  assert.deepEqual(articles[0].tags, ['融资', '能源']);
  assert.equal(articles[1].body, '北辰智算科创板IPO申请获受理，拟募资15亿元。');
  assert.equal(articles[1].publishedAt, '2025-05-06T09:30:00+08:00');
  assert.equal(articles[2].body, '流云数据与申港证券签署上市辅导协议。');
  assert.deepEqual(articles[2].tags, ['辅导', 'IPO']);
  for (const a of articles) { assertSpans(a); assert.equal(a.format, 'jsonl'); }
});

test('a JSON Lines file with a bad line fails naming that line', () => {
  const r = readInput(fixture('broken.jsonl'));
  assert.ok('error' in r);
  assert.equal(r.error.code, 'FORMAT_INVALID');
  assert.equal(r.error.place?.line, 3);
  assert.match(r.error.message, /broken\.jsonl:3: invalid JSON/);
});

test('RSS 2.0: items become articles, HTML descriptions become text, pubDate becomes ISO', () => {
  const r = readInput(fixture('feed.rss'));
  const articles = articlesOf(r);
  assert.equal('format' in r && r.format, 'rss');
  assert.deepEqual(articles.map((a) => a.title), ['青鸾航天完成新一轮融资', '磐石存储科创板IPO已问询']);
  assert.equal(articles[0].body, '青鸾航天宣布完成10亿元C轮融资。\n本轮由国风投领投。');
  assert.equal(articles[1].body, '磐石存储科创板上市审核状态变更为已问询。');
  assert.equal(articles[0].publishedAt, '2025-03-04T08:00:00+08:00');
  assert.equal(articles[0].url, 'https://example.com/news/1');
  assert.deepEqual(articles[0].tags, ['融资', '航天']);
  assert.equal(articles[0].outlet, '科创快讯');
  articles.forEach(assertSpans);
});

test('Atom: entries become articles; HTML titles and contents become text; published wins over updated', () => {
  const r = readInput(fixture('feed.atom'));
  const articles = articlesOf(r);
  assert.equal('format' in r && r.format, 'atom');
  assert.deepEqual(articles.map((a) => a.title), ['光年芯片登陆科创板', '云岫生物递表港交所']);
  assert.equal(articles[0].body, '光年芯片今日登陆科创板，首日收盘市值约320亿元。\n公司主营存储控制芯片。');
  assert.equal(articles[0].publishedAt, '2025-05-30T09:30:00+08:00');
  assert.equal(articles[1].publishedAt, '2025-06-01T08:00:00Z');
  assert.equal(articles[0].url, 'https://example.com/atom/1');
  assert.equal(articles[1].url, 'https://example.com/atom/2');
  assert.deepEqual(articles[0].tags, ['上市']);
  assert.equal(articles[1].outlet, '硬科技周报');
  articles.forEach(assertSpans);
});

test('an HTML page: main text without navigation, title without the site name, date, outlet, url and tags from meta', () => {
  const [a] = articlesOf(readInput(fixture('article.html')));
  assert.equal(a.format, 'html');
  assert.equal(a.title, '远望激光科创板IPO获受理');
  assert.equal(a.outlet, '创投日报');
  assert.equal(a.publishedAt, '2025-08-12T10:20:00+08:00');
  assert.equal(a.url, 'https://example.com/2025/08/12/laser.html');
  assert.deepEqual(a.tags, ['IPO']);
  assert.ok(a.body.startsWith('8月12日，上交所官网显示'), a.body.slice(0, 40));
  assert.match(a.body, /补充流动资金/);
  assert.doesNotMatch(a.body, /首页|广告|版权所有/);
  assertSpans(a);
});

test('an HTML page with its date only in JSON-LD gets that date', () => {
  const [a] = articlesOf(readInput(fixture('article-jsonld.html')));
  assert.equal(a.title, '霜降科技完成Pre-IPO轮融资');
  assert.equal(a.publishedAt, '2025-09-30');
  assert.equal(a.outlet, '前沿资本');
  assert.match(a.body, /投后估值达到120亿元/);
});

test('formats are recognised by content whatever the extension', () => {
  const dir = tmpDir();
  const cases: [string, string][] = [['feed.rss', 'rss'], ['feed.atom', 'atom'], ['articles.jsonl', 'jsonl'], ['article.html', 'html'], ['digest-hant.txt', 'digest']];
  for (const [name, format] of cases) {
    const renamed = path.join(dir, `${name}.dat`);
    copyFileSync(fixture(name), renamed);
    const r = readInput(renamed);
    assert.equal('format' in r && r.format, format, name);
  }
});

test('GBK, Big5 and UTF-16 files are read like UTF-8 ones; --encoding overrides detection', () => {
  const dir = tmpDir();
  const digest = readFileSync(path.join(root, 'samples/digest.txt'), 'utf8');
  const hant = String(OpenCC.Converter({ from: 'cn', to: 'tw' })(digest));
  writeFileSync(path.join(dir, 'a-gbk.txt'), iconv.encode(digest, 'gbk'));
  writeFileSync(path.join(dir, 'b-big5.txt'), iconv.encode(hant, 'big5'));
  writeFileSync(path.join(dir, 'c-utf16le.txt'), iconv.encode(hant, 'utf-16le', { addBOM: true }));
  writeFileSync(path.join(dir, 'd-utf16be.txt'), iconv.encode(digest, 'utf-16be', { addBOM: true }));
  writeFileSync(path.join(dir, 'e-bom.txt'), '\uFEFF' + digest);
  const results = [...readInputs([dir])];
  assert.deepEqual(results.map((r) => 'encoding' in r && r.encoding), ['gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-8']);
  const utf8 = articlesOf(readInput(path.join(root, 'samples/digest.txt')));
  for (const r of results) {
    const articles = articlesOf(r);
    assert.equal(articles.length, 7, r.file);
    assert.equal(articles[0].title, r.file.includes('big5') || r.file.includes('utf16le') ? String(OpenCC.Converter({ from: 'cn', to: 'tw' })(utf8[0].title)) : utf8[0].title);
  }
  // Same content, same ids, whatever the encoding.
  assert.deepEqual(articlesOf(results[0]).map((a) => a.id), utf8.map((a) => a.id));

  const forced = readInput(path.join(dir, 'b-big5.txt'), { encoding: 'gbk' });
  assert.notEqual(articlesOf(forced)[0].title, articlesOf(results[1])[0].title);
});

test('a file that cannot be decoded is an error naming the file and byte offset', () => {
  const dir = tmpDir();
  const file = path.join(dir, 'broken.txt');
  writeFileSync(file, Buffer.concat([Buffer.from('标题\n正文'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('。')]));
  const r = readInput(file);
  assert.ok('error' in r);
  assert.equal(r.error.code, 'DECODE_FAILED');
  assert.equal(r.error.place?.byte, 13);
  assert.ok(r.error.message.startsWith(`${file} at byte 13`));
});

test('directories are read recursively in sorted order, skipping hidden files, gold files and other extensions', () => {
  const dir = tmpDir();
  mkdirSync(path.join(dir, 'b-sub'));
  mkdirSync(path.join(dir, '.hidden'));
  copyFileSync(fixture('plain-article.txt'), path.join(dir, 'c.txt'));
  copyFileSync(fixture('excerpt.txt'), path.join(dir, 'a.txt'));
  copyFileSync(fixture('feed.rss'), path.join(dir, 'b-sub', 'feed.xml'));
  copyFileSync(fixture('excerpt.txt'), path.join(dir, '.hidden', 'x.txt'));
  writeFileSync(path.join(dir, 'a.gold.jsonl'), '{"kind":"ipo"}\n');
  writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50]));
  assert.deepEqual(expandInputs([dir]).map((e) => path.relative(dir, e.file)), ['a.txt', path.join('b-sub', 'feed.xml'), 'c.txt']);
});

test('a missing path is reported as INPUT_NOT_FOUND and the other inputs are still read', () => {
  const results = [...readInputs(['/no/such/file.txt', fixture('excerpt.txt')])];
  assert.ok('error' in results[0] && results[0].error.code === 'INPUT_NOT_FOUND');
  assert.equal(articlesOf(results[1]).length, 1);
});

test('- reads stdin bytes as a file named -', () => {
  const [r] = [...readInputs(['-'], { stdin: readFileSync(fixture('articles.jsonl')) })];
  assert.equal(r.file, '-');
  const articles = articlesOf(r);
  assert.equal(articles.length, 3);
  assert.ok(articles.every((a) => a.file === '-'));
});

test('the dev corpus digest reads as 8 articles tagged 科創 with their titles and outlets in order', { skip: noCorpus }, () => {
  const file = path.join(devDir, '000_59cf0dfdb9708b95.txt');
  const articles = articlesOf(readInput(file));
  assert.equal(articles.length, 8);
  assert.ok(articles.every((a) => a.tags.length === 1 && a.tags[0] === '科創'));
  assert.deepEqual(articles.map((a) => a.outlet), ['上海證券報', '投資家', '路邊消息社', '量子位', 'ETF進化論', '華爾街見聞', '第一財經', '21世紀經濟報導']);
  // Titles are the odd content lines after the tag line; the first names the company of the first gold fact.
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(1);
  assert.deepEqual(articles.map((a) => a.title), lines.filter((_, i) => i % 2 === 0).map((l) => l.trim()));
  const firstGold = JSON.parse(readFileSync(path.join(devDir, '000_59cf0dfdb9708b95.gold.jsonl'), 'utf8').split('\n')[0]) as { company: string };
  assert.equal(articles[0].title, `${firstGold.company}科創板IPO新動態`);
  for (const a of articles) {
    assertSpans(a);
    assert.doesNotMatch(a.body, /\)\s*$/);
  }
});

test('every news-*.txt of the dev corpus reads as exactly one plain article whose text is the file', { skip: noCorpus }, () => {
  const files = readdirSync(devDir).filter((f) => /^news-.*\.txt$/.test(f));
  assert.ok(files.length >= 40);
  for (const name of files) {
    const file = path.join(devDir, name);
    const r = readInput(file);
    const articles = articlesOf(r);
    assert.equal(articles.length, 1, name);
    assert.equal(articles[0].format, 'plain', name);
    assert.equal(articles[0].text, readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), name);
    assert.ok(articles[0].title.length > 0 && articles[0].body.length > 0, name);
    assertSpans(articles[0]);
  }
});

test('bylines and photo captions above the title are skipped, a short title that merely mentions them is not', () => {
  const dir = tmpDir();
  const a = path.join(dir, 'a.txt');
  writeFileSync(a, '受访者供图\n■本报记者 李四\n白露科技完成A轮融资\n白露科技宣布完成A轮融资。\n');
  assert.equal(articlesOf(readInput(a))[0].title, '白露科技完成A轮融资');
  const b = path.join(dir, 'b.txt');
  writeFileSync(b, '一张图看懂科创板新规\n新规共十条。\n');
  assert.equal(articlesOf(readInput(b))[0].title, '一张图看懂科创板新规');
  const c = path.join(dir, 'c.txt');
  writeFileSync(c, '记者调查：科创板新规\n新规共十条。\n');
  assert.equal(articlesOf(readInput(c))[0].title, '记者调查：科创板新规');
});

test('a dated header line with its outlet or weekday comes before the title, not as it', () => {
  const dir = tmpDir();
  for (const [name, header] of [['a.txt', '2025-10-14 来源：证券时报'], ['b.txt', '2025年12月3日 星期三 09:15'], ['c.txt', '2025-09-18 明報']]) {
    writeFileSync(path.join(dir, name), `${header}\n青松仪器科创板IPO获受理\n\n正文第一段，青松仪器的申请于10月13日获受理。\n`);
    const [a] = articlesOf(readInput(path.join(dir, name)));
    assert.equal(a.title, '青松仪器科创板IPO获受理', header);
    assertSpans(a);
  }
});
