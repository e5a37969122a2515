import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addArticle, factIn, tempStore } from '../../testdata/query/helpers.js';
import { companyKey, isUsableName, pickDisplayName } from './company-key.js';
import { companyAliases, correctCompanies, findCompany, listCompanies, rebuildCompanies, type Store } from './index.js';
import { listFacts, saveFacts } from './facts.js';

/** Which fact subjects share a company: sorted groups of `company` names, comparable across rebuilds. */
function groups(store: Store): string[][] {
  const by = new Map<number, Set<string>>();
  for (const f of listFacts(store)) {
    const s = by.get(f.companyId!) ?? new Set<string>();
    s.add(f.fact.company);
    by.set(f.companyId!, s);
  }
  return [...by.values()].map((s) => [...s].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

test('companyKey drops legal forms, bracketed seats and script differences but nothing else', () => {
  assert.equal(companyKey('华创微电子股份有限公司'), '华创微电子');
  assert.equal(companyKey('華創微電子（集團）股份有限公司'), '华创微电子');
  assert.equal(companyKey('华创微电子集团股份有限公司'), '华创微电子');
  assert.equal(companyKey('华创微电子(上海)有限公司'), '华创微电子');
  assert.equal(companyKey('(深圳)华创微电子有限公司'), '华创微电子');
  assert.equal(companyKey('HuaChuang Micro Co., Ltd.'), 'huachuangmicro');
  assert.equal(companyKey('“华创微电子”'), '华创微电子');
  // A bracket that is not a seat is part of the name.
  assert.equal(companyKey('华创(微电)有限公司'), '华创(微电)');
  assert.notEqual(companyKey('云帆智能'), companyKey('云帆'));
  assert.equal(isUsableName('公司'), false);
  assert.equal(isUsableName('该公司'), false);
  assert.equal(isUsableName('云'), false);
  assert.equal(isUsableName('云帆'), true);
});

test('the same company named in both scripts, by legal, short and English names becomes one company', () => {
  const { store } = tempStore();
  const a1 = addArticle(store, '华创微电子科创板IPO获受理', '华创微电子科技股份有限公司(简称“华创微电子”)科创板IPO获受理,拟募资20亿元。', { outlet: '甲报' });
  saveFacts(store, a1.id, [factIn(a1, '华创微电子科技股份有限公司(简称“华创微电子”)科创板IPO获受理', { kind: 'ipo', company: '华创微电子', company_aliases: ['华创微电子科技股份有限公司'], stage: 'accepted', venue: 'STAR' })]);
  const a2 = addArticle(store, '華創微電子進入問詢', '華創微電子的科創板IPO已進入問詢階段。', { outlet: '乙報' });
  saveFacts(store, a2.id, [factIn(a2, '華創微電子的科創板IPO已進入問詢階段', { kind: 'ipo', company: '華創微電子', stage: 'inquiry', venue: 'STAR' })]);
  const a3 = addArticle(store, 'HuaChuang Micro融资', '华创微电子(HuaChuang Micro)完成B轮融资。', { outlet: '丙报' });
  saveFacts(store, a3.id, [factIn(a3, '华创微电子(HuaChuang Micro)完成B轮融资', { kind: 'financing', company: '华创微电子', company_aliases: ['HuaChuang Micro'], round: 'B' })]);
  const a4 = addArticle(store, 'HuaChuang Micro Inc.估值', 'HuaChuang Micro Inc.估值达50亿元。', { outlet: '丁报' });
  saveFacts(store, a4.id, [factIn(a4, 'HuaChuang Micro Inc.估值达50亿元', { kind: 'valuation', company: 'HuaChuang Micro Inc.', amount: { value: 5e9, currency: 'CNY' }, basis: null })]);

  const companies = listCompanies(store);
  assert.equal(companies.length, 1);
  assert.equal(companies[0].name, '华创微电子');
  assert.equal(companies[0].facts, 4);
  assert.equal(companies[0].articles, 4);
  for (const name of ['華創微電子', '华创微电子科技股份有限公司', '華創微電子科技股份有限公司', 'HuaChuang Micro', 'huachuang micro']) {
    assert.equal(findCompany(store, name)?.id, companies[0].id, name);
  }
  // Rebuilding from scratch agrees with the incremental result, and keeps the id.
  rebuildCompanies(store);
  assert.deepEqual(listCompanies(store).map((c) => [c.id, c.name]), [[companies[0].id, '华创微电子']]);
});

test('companies whose names overlap stay apart until an article declares one an alias of the other', () => {
  const { store } = tempStore();
  const a1 = addArticle(store, '云帆智能递表', '云帆智能向港交所递交上市申请。云帆数据完成A轮融资。云帆获得新订单。');
  saveFacts(store, a1.id, [
    factIn(a1, '云帆智能向港交所递交上市申请', { kind: 'ipo', company: '云帆智能', stage: 'filed', venue: 'HKEX' }),
    factIn(a1, '云帆数据完成A轮融资', { kind: 'financing', company: '云帆数据', round: 'A', investors: ['云帆智能'] }),
    factIn(a1, '云帆获得新订单', { kind: 'market_cap', company: '云帆', amount: { value: 1e9, currency: 'CNY' } }),
  ]);
  assert.deepEqual(groups(store), [['云帆'], ['云帆数据'], ['云帆智能']]);
  // An investor or holder naming another company links nothing.
  const a2 = addArticle(store, '云帆数据股东', '云帆智能持有云帆数据20%股份。');
  saveFacts(store, a2.id, [factIn(a2, '云帆智能持有云帆数据20%股份', { kind: 'shareholding', company: '云帆数据', holder: '云帆智能', percent: 20 })]);
  assert.equal(groups(store).length, 3);
  // A generic word declared as alias links nothing either.
  const a3 = addArticle(store, '云帆智能公告', '云帆智能(以下简称“公司”)市值达100亿元。云帆数据(以下简称“公司”)市值50亿元。');
  saveFacts(store, a3.id, [
    factIn(a3, '云帆智能(以下简称“公司”)市值达100亿元', { kind: 'market_cap', company: '云帆智能', company_aliases: ['公司'], amount: { value: 1e10, currency: 'CNY' } }),
    factIn(a3, '云帆数据(以下简称“公司”)市值50亿元', { kind: 'market_cap', company: '云帆数据', company_aliases: ['公司'], amount: { value: 5e9, currency: 'CNY' } }),
  ]);
  assert.equal(groups(store).length, 3);
  // The declaration `(简称“云帆”)` joins the two companies already stored apart.
  const a4 = addArticle(store, '云帆智能更新招股书', '云帆智能科技有限公司(简称“云帆”)更新招股书。');
  saveFacts(store, a4.id, [factIn(a4, '云帆智能科技有限公司(简称“云帆”)更新招股书', { kind: 'ipo', company: '云帆智能', company_aliases: ['云帆智能科技有限公司', '云帆'], stage: 'filed', venue: 'HKEX' })]);
  assert.deepEqual(groups(store), [['云帆', '云帆智能'], ['云帆数据']]);
  const merged = findCompany(store, '云帆')!;
  assert.equal(merged.name, '云帆智能', 'the name most articles use');
  assert.deepEqual(groups((rebuildCompanies(store), store)), [['云帆', '云帆智能'], ['云帆数据']]);
});

test('user merge, alias and split survive re-ingest and later articles', () => {
  const { store } = tempStore();
  const a1 = addArticle(store, '北辰光电获受理', '北辰光电科创板IPO获受理。衡山精密递表港交所。');
  const facts1 = [
    factIn(a1, '北辰光电科创板IPO获受理', { kind: 'ipo', company: '北辰光电', company_aliases: ['北辰光电股份有限公司', '北辰'], stage: 'accepted', venue: 'STAR' }),
    factIn(a1, '衡山精密递表港交所', { kind: 'ipo', company: '衡山精密', stage: 'filed', venue: 'HKEX' }),
  ] as const;
  saveFacts(store, a1.id, facts1);
  const a2 = addArticle(store, '北辰进入问询', '北辰的IPO进入问询。');
  saveFacts(store, a2.id, [factIn(a2, '北辰的IPO进入问询', { kind: 'ipo', company: '北辰', stage: 'inquiry', venue: 'STAR' })]);
  assert.deepEqual(groups(store), [['北辰', '北辰光电'], ['衡山精密']]);

  // The user says `北辰` is another company and that 衡山精密 is 北辰光电.
  assert.throws(() => correctCompanies(store, 'split', '北辰光电', '南极'), /not a name/);
  correctCompanies(store, 'split', '北辰光电', '北辰');
  assert.deepEqual(groups(store), [['北辰'], ['北辰光电'], ['衡山精密']]);
  correctCompanies(store, 'merge', '北辰光电', '衡山精密');
  correctCompanies(store, 'alias', '北辰光电', 'Beichen Optics');
  const expected = [['北辰'], ['北辰光电', '衡山精密']];
  assert.deepEqual(groups(store), expected);
  assert.ok(companyAliases(store, findCompany(store, 'Beichen Optics')!.id).some((a) => a.alias === 'Beichen Optics' && a.origin === 'user'));

  // Re-ingest: the article's facts replaced, then a new article declaring 北辰 again.
  saveFacts(store, a1.id, facts1);
  assert.deepEqual(groups(store), expected);
  const a3 = addArticle(store, '北辰光电(简称“北辰”)过会', '北辰光电(简称“北辰”)审议通过。');
  saveFacts(store, a3.id, [factIn(a3, '北辰光电(简称“北辰”)审议通过', { kind: 'ipo', company: '北辰光电', company_aliases: ['北辰'], stage: 'approved', venue: 'STAR' })]);
  assert.deepEqual(groups(store), expected);
  rebuildCompanies(store);
  assert.deepEqual(groups(store), expected);
  assert.ok(findCompany(store, 'Beichen Optics'));
});

test('re-saving an article that lost an alias declaration takes the link back', () => {
  const { store } = tempStore();
  const a1 = addArticle(store, '启明医疗', '启明医疗(简称“启明”)获受理。启明进入问询。');
  saveFacts(store, a1.id, [
    factIn(a1, '启明医疗(简称“启明”)获受理', { kind: 'ipo', company: '启明医疗', company_aliases: ['启明'], stage: 'accepted', venue: 'STAR' }),
    factIn(a1, '启明进入问询', { kind: 'ipo', company: '启明', stage: 'inquiry', venue: 'STAR' }),
  ]);
  assert.equal(groups(store).length, 1);
  saveFacts(store, a1.id, [
    factIn(a1, '启明医疗(简称“启明”)获受理', { kind: 'ipo', company: '启明医疗', stage: 'accepted', venue: 'STAR' }),
    factIn(a1, '启明进入问询', { kind: 'ipo', company: '启明', stage: 'inquiry', venue: 'STAR' }),
  ]);
  assert.equal(groups(store).length, 2);
  saveFacts(store, a1.id, []);
  assert.equal(listCompanies(store).length, 0, 'companies without facts are gone');
});

test('the display name is the most used short name, counting every spelling of it together', () => {
  // 北辰光电 is used in two articles (once in each script), 北辰 in one.
  assert.equal(pickDisplayName([{ name: '北辰光电', articles: 1 }, { name: '北辰光電', articles: 1 }, { name: '北辰', articles: 1 }, { name: '北辰光电股份有限公司', articles: 0 }]), '北辰光电');
  assert.equal(pickDisplayName([{ name: '北辰光电股份有限公司', articles: 3 }, { name: '北辰光电', articles: 0 }]), '北辰光电', 'a legal name is never shown when a short one exists');
  assert.equal(pickDisplayName([{ name: 'Beichen', articles: 2 }, { name: '北辰光电', articles: 2 }]), '北辰光电', 'Chinese before English on a tie');
});
