import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHansAligned } from '../../text/script.js';
import {
  SECURITIES_FIRMS, canonicalFirm, findSecuritiesFirms, findVenues, firmOf, isInvestorName,
  isInvestorTypeWord, isSecuritiesFirm, resolveVenue,
} from './index.js';

const written = (text: string): string[] => findSecuritiesFirms(text).map((m) => m.written);
const canonical = (text: string): string[] => findSecuritiesFirms(text).map((m) => m.canonical);
const venues = (text: string): [string, string | null][] => findVenues(text).map((m) => [m.written, m.venue]);

test('firms are found by short and full names in Simplified text, with spans into the text', () => {
  const text = '本次发行由中金公司担任保荐机构，华泰联合证券有限责任公司为联席主承销商。';
  const found = findSecuritiesFirms(text);
  assert.deepEqual(found.map((m) => [m.written, m.canonical, m.full]), [
    ['中金公司', '中金公司', '中国国际金融股份有限公司'],
    ['华泰联合证券有限责任公司', '华泰联合', '华泰联合证券有限责任公司'],
  ]);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.written);
});

test('firms are found in Traditional text and reported as written there', () => {
  const text = '保薦機構為中國國際金融股份有限公司，聯席保薦人為國泰海通證券、中信證券。';
  const found = findSecuritiesFirms(text);
  assert.deepEqual(found.map((m) => [m.written, m.canonical]), [
    ['中國國際金融股份有限公司', '中金公司'], ['國泰海通證券', '国泰海通'], ['中信證券', '中信证券'],
  ]);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.written);
});

test('Hong Kong script and full-width brackets are matched too', () => {
  assert.deepEqual(canonical('由滙豐及廣發融資（香港）有限公司擔任聯席保薦人'), ['汇丰', '广发控股(香港)']);
});

test('an investment arm is not the securities firm: 中金资本 is not 中金公司', () => {
  assert.deepEqual(written('中金资本、招银国际资本与中信证券投资有限公司参与本轮融资'), []);
  assert.deepEqual(written('中金資本領投'), []);
  assert.equal(isSecuritiesFirm('中金资本'), false);
});

test('a strict short name matches only before a boundary', () => {
  assert.deepEqual(canonical('中金担任独家保荐人'), ['中金公司']);
  assert.deepEqual(canonical('由中金、中信证券联合保荐'), ['中金公司', '中信证券']);
  assert.deepEqual(canonical('中金岭南与中金所'), []);
  assert.deepEqual(canonical('上海通用汽车在上海通过审批'), []);
});

test('the longest name wins and exchanges or newspapers are not firms', () => {
  assert.deepEqual(canonical('中信证券国际与申万宏源香港'), ['中信证券国际', '申万宏源香港']);
  assert.deepEqual(canonical('上海证券交易所受理，上海证券报报道，上海证券担任保荐机构'), ['上海证券']);
  assert.deepEqual(canonical('中信证券投资银行委员会'), ['中信证券']);
});

test('old names resolve to the merged firm and are flagged as former', () => {
  const found = findSecuritiesFirms('此前与海通证券签署辅导协议，后改由国泰君安担任，安信证券亦曾参与');
  assert.deepEqual(found.map((m) => [m.written, m.canonical, m.former]), [
    ['海通证券', '国泰海通', true], ['国泰君安', '国泰海通', true], ['安信证券', '国投证券', true],
  ]);
  assert.equal(findSecuritiesFirms('国泰海通证券')[0].former, false);
});

test('English names match as whole words only', () => {
  assert.deepEqual(canonical('Goldman Sachs, Morgan Stanley and CICC are the joint sponsors'), ['高盛', '摩根士丹利', '中金公司']);
  assert.deepEqual(canonical('UBSX and CICCA'), []);
});

test('canonicalFirm takes any name of a firm in either script, with its legal form varied', () => {
  assert.equal(canonicalFirm('中國國際金融股份有限公司'), '中金公司');
  assert.equal(canonicalFirm('中金'), '中金公司');
  assert.equal(canonicalFirm('中信证券有限公司'), '中信证券');
  assert.equal(canonicalFirm('  華泰聯合證券 '), '华泰联合');
  assert.equal(canonicalFirm('某某科技'), undefined);
  assert.equal(firmOf('建銀國際')?.kind, 'hk');
});

test('the firm data is Simplified, complete enough and carries Traditional forms', () => {
  const mainland = SECURITIES_FIRMS.filter((f) => f.kind === 'mainland');
  assert.ok(mainland.length >= 110, `mainland firms: ${mainland.length}`);
  for (const f of SECURITIES_FIRMS) {
    for (const n of [f.name, f.full, ...f.aliases, ...f.former]) assert.equal(toHansAligned(n), n, `not Simplified: ${n}`);
    assert.equal(canonicalFirm(f.nameHant), f.name);
    assert.equal(canonicalFirm(f.fullHant), f.name);
  }
  assert.equal(SECURITIES_FIRMS.find((f) => f.name === '中金公司')?.nameHant, '中金公司');
  assert.equal(SECURITIES_FIRMS.find((f) => f.name === '国泰海通')?.fullHant, '國泰海通證券股份有限公司');
});

test('venues are found in both scripts, Taiwan phrasing included', () => {
  assert.deepEqual(venues('2016年在上海主機板上市'), [['上海主機板', 'SSE_MAIN']]);
  assert.deepEqual(venues('科創板IPO獲受理'), [['科創板', 'STAR']]);
  assert.deepEqual(venues('向港交所递表'), [['港交所', 'HKEX']]);
  assert.deepEqual(venues('於聯交所主板上市'), [['聯交所主板', 'HKEX']]);
  assert.deepEqual(venues('拟于创业板、北交所、纽交所或纳斯达克上市'), [['创业板', 'CHINEXT'], ['北交所', 'BSE'], ['纽交所', 'NYSE'], ['纳斯达克', 'NASDAQ']]);
  assert.deepEqual(venues('沪市主板与深主板'), [['沪市主板', 'SSE_MAIN'], ['深主板', 'SZSE_MAIN']]);
  assert.deepEqual(venues('滬市主機板與深主機板，主機板'), [['滬市主機板', 'SSE_MAIN'], ['深主機板', 'SZSE_MAIN'], ['主機板', null]]);
  assert.deepEqual(venues('香港创业板'), [['香港创业板', 'HKEX']]);
});

test('a bare main board or exchange leaves the venue to context', () => {
  const [board] = findVenues('主板方面');
  assert.equal(board.venue, null);
  assert.equal(board.mainBoard, true);
  const [exchange] = findVenues('上交所受理');
  assert.equal(exchange.venue, null);
  assert.equal(exchange.exchange, 'SSE');
  assert.equal(exchange.mainBoard, false);
});

test('phrases that only contain a venue word are not venues', () => {
  assert.deepEqual(venues('纳入港股通，纳斯达克指数上涨，中美股市波动，半导体類股走强'), []);
});

test('resolveVenue combines board, exchange and market cues', () => {
  assert.equal(resolveVenue(findVenues('深交所主板方面')), 'SZSE_MAIN');
  assert.equal(resolveVenue(findVenues('深交所审核，主板')), 'SZSE_MAIN');
  assert.equal(resolveVenue(findVenues('上交所受理')), null);
  assert.equal(resolveVenue(findVenues('新三板挂牌公司申报北交所')), 'BSE');
  assert.equal(resolveVenue(findVenues('A股上市')), 'A');
  assert.equal(resolveVenue(findVenues('新三板挂牌')), 'OTHER');
  assert.equal(resolveVenue(findVenues('公司主营芯片')), null);
});

test('investor names are told from categories and from companies', () => {
  for (const n of ['某某资本', '某某創投', '某某产业投资基金', 'Example Ventures', 'Example Capital Partners', '某某股权投资合伙企业(有限合伙)', '某某投资管理有限公司', '招商证券']) {
    assert.equal(isInvestorName(n), true, n);
  }
  for (const n of ['资本', '产业资本', '老股东', '某某科技有限公司', 'Capital', '']) assert.equal(isInvestorName(n), false, n);
  assert.equal(isInvestorTypeWord('老股東'), true);
  assert.equal(isInvestorTypeWord('某某资本'), false);
});

// Real news: every sponsor the dev gold names that the lexicon knows is found exactly as written.
const DEV = path.resolve(process.cwd(), '../shared/corpus/dev');
test('every known sponsor of the dev gold is found as written in its article', { skip: !existsSync(DEV) && 'no dev corpus' }, () => {
  let checked = 0;
  for (const file of readdirSync(DEV).filter((f) => f.endsWith('.gold.jsonl'))) {
    const text = readFileSync(path.join(DEV, file.replace('.gold.jsonl', '.txt')), 'utf8');
    const found = new Set(written(text));
    for (const line of readFileSync(path.join(DEV, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const fact = JSON.parse(line) as { sponsors?: string[] };
      for (const s of fact.sponsors ?? []) {
        if (!isSecuritiesFirm(s)) continue;
        assert.ok(found.has(s), `${file}: ${s}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 30, `checked ${checked}`);
});
