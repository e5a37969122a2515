import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addArticle, factIn, tempStore } from '../../testdata/query/helpers.js';
import { saveFacts } from '../store/index.js';
import { pipeline } from './pipeline.js';
import { changes } from './changes.js';

function seed() {
  const { store } = tempStore();
  const a1 = addArticle(store, '北辰光电启动辅导', '2024年5月,北辰光电股份有限公司(简称“北辰光电”)与甲证券签署上市辅导协议。', { outlet: '甲报', publishedAt: '2024-05-20' }, '2024-05-21T08:00:00.000Z');
  saveFacts(store, a1.id, [factIn(a1, '北辰光电股份有限公司(简称“北辰光电”)与甲证券签署上市辅导协议', {
    kind: 'ipo', company: '北辰光电', company_aliases: ['北辰光电股份有限公司'], stage: 'tutoring_filed', venue: 'A', date: '2024-05', sponsors: ['甲证券'],
  })], { now: '2024-05-21T08:00:00.000Z' });
  const a2 = addArticle(store, '北辰光电科创板IPO获受理,拟募资12.5亿元', '6月20日,北辰光电科创板IPO获受理,保荐机构为甲证券,拟募资12.5亿元。公司投后估值80亿元。', { outlet: '乙报', publishedAt: '2025-06-21' }, '2025-06-21T08:00:00.000Z');
  saveFacts(store, a2.id, [
    factIn(a2, '6月20日,北辰光电科创板IPO获受理,保荐机构为甲证券,拟募资12.5亿元', {
      kind: 'ipo', company: '北辰光电', stage: 'accepted', venue: 'STAR', date: '2025-06-20', sponsors: ['甲证券'], raise: { value: 1.25e9, currency: 'CNY' },
    }),
    factIn(a2, '公司投后估值80亿元', { kind: 'valuation', company: '北辰光电', amount: { value: 8e9, currency: 'CNY' }, basis: 'post_money' }),
  ], { now: '2025-06-21T08:00:00.000Z' });
  const a3 = addArticle(store, '北辰光电進入問詢', '7月15日,北辰光電科創板IPO狀態變更為已問詢。預計年內上市。', { outlet: '丙報', publishedAt: '2025-07-16' }, '2025-07-16T08:00:00.000Z');
  saveFacts(store, a3.id, [
    factIn(a3, '7月15日,北辰光電科創板IPO狀態變更為已問詢', { kind: 'ipo', company: '北辰光電', stage: 'inquiry', venue: 'STAR', date: '2025-07-15' }),
    factIn(a3, '預計年內上市', { kind: 'ipo', company: '北辰光電', stage: 'listed', venue: 'STAR', forecast: true }),
  ], { now: '2025-07-16T08:00:00.000Z' });
  const a4 = addArticle(store, '衡山精密港股上市', '衡山精密已于港交所挂牌上市。此前,衡山精密曾以保密形式递交申请。云帆智能以保密形式向港交所递交上市申请。鹿鸣生物终止科创板IPO审核。鹿鸣生物曾于2023年3月获受理。', { outlet: '丁报' }, '2025-08-01T08:00:00.000Z');
  saveFacts(store, a4.id, [
    factIn(a4, '衡山精密已于港交所挂牌上市', { kind: 'ipo', company: '衡山精密', stage: 'listed', venue: 'HKEX' }),
    factIn(a4, '衡山精密曾以保密形式递交申请', { kind: 'ipo', company: '衡山精密', stage: 'filed', venue: 'HKEX', date: '2025-01', confidential: true }),
    factIn(a4, '云帆智能以保密形式向港交所递交上市申请', { kind: 'ipo', company: '云帆智能', stage: 'filed', venue: 'HKEX', confidential: true }),
    factIn(a4, '鹿鸣生物终止科创板IPO审核', { kind: 'ipo', company: '鹿鸣生物', stage: 'terminated', venue: 'STAR' }),
    factIn(a4, '鹿鸣生物曾于2023年3月获受理', { kind: 'ipo', company: '鹿鸣生物', stage: 'accepted', venue: 'STAR', date: '2023-03' }),
  ], { now: '2025-08-01T08:00:00.000Z' });
  return { store, a1, a2, a3, a4 };
}

test('the pipeline shows one row per company and venue at its latest step, with sponsors, raise, valuation and sources', () => {
  const { store, a3 } = seed();
  const rows = pipeline(store);
  const row = (c: string) => rows.filter((r) => r.company === c);
  const bc = row('北辰光电');
  assert.equal(bc.length, 1, 'the A-share tutoring folds into the one A-share board (STAR)');
  assert.equal(bc[0].venue, 'STAR');
  assert.equal(bc[0].stage, 'inquiry', 'forecast listing left out');
  assert.equal(bc[0].date, '2025-07-15');
  assert.deepEqual(bc[0].sponsors, ['甲证券'], 'sponsor carried from the earlier step');
  assert.equal(bc[0].raiseText, '12.5亿元');
  assert.equal(bc[0].valuation?.text, '80亿元');
  assert.equal(bc[0].sources, 3);
  assert.equal(bc[0].latestSource.articleId, a3.id);
  assert.equal(bc[0].latestSource.outlet, '丙報');
  assert.equal(bc[0].evidence.quote, '7月15日,北辰光電科創板IPO狀態變更為已問詢');

  const hs = row('衡山精密');
  assert.equal(hs.length, 1);
  assert.equal(hs[0].stage, 'listed', 'an undated listing is further along than a dated filing');
  const yf = row('云帆智能');
  assert.equal(yf[0].stage, 'filed');
  assert.equal(yf[0].confidential, true);
  assert.equal(row('鹿鸣生物')[0].stage, 'terminated');
});

test('pipeline filters by venue, stage and date', () => {
  const { store } = seed();
  assert.deepEqual(pipeline(store, { venue: 'HKEX' }).map((r) => r.company).sort(), ['云帆智能', '衡山精密']);
  assert.deepEqual(pipeline(store, { stage: 'terminated' }).map((r) => r.company), ['鹿鸣生物']);
  // Since a date: dated rows by their step date, undated by their source (ingested 2025-08-01).
  assert.deepEqual(pipeline(store, { since: '2025-07' }).map((r) => r.company).sort(), ['云帆智能', '北辰光电', '衡山精密', '鹿鸣生物']);
  assert.deepEqual(pipeline(store, { since: '2025-09-01' }).map((r) => r.company), []);
});

test('a later date wins over stage order', () => {
  const { store } = tempStore();
  const a = addArticle(store, '鹿鸣生物重新辅导', '2024年3月鹿鸣生物撤回辅导备案。2024年9月鹿鸣生物重新辅导备案。');
  saveFacts(store, a.id, [
    factIn(a, '2024年3月鹿鸣生物撤回辅导备案', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_withdrawn', venue: 'STAR', date: '2024-03' }),
    factIn(a, '2024年9月鹿鸣生物重新辅导备案', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_filed', venue: 'STAR', date: '2024-09' }),
  ]);
  const [row] = pipeline(store);
  assert.equal(row.stage, 'tutoring_filed');
  assert.equal(row.date, '2024-09');
});

test('changes since a date list new facts and the stage moves per company', () => {
  const { store } = seed();
  const c = changes(store, { since: '2025-07-01' });
  const bc = c.companies.find((x) => x.company === '北辰光电')!;
  assert.deepEqual(bc.stageChanges.map((s) => [s.venue, s.from?.stage, s.to.stage]), [['STAR', 'accepted', 'inquiry']]);
  assert.equal(bc.facts.length, 2, 'the inquiry step and the forecast');
  const ln = c.companies.find((x) => x.company === '鹿鸣生物')!;
  assert.deepEqual(ln.stageChanges.map((s) => [s.from, s.to.stage]), [[null, 'terminated']]);
  assert.equal(changes(store, { since: '2026-01-01' }).companies.length, 0);
  assert.throws(() => changes(store, { since: 'yesterday' }), /ISO date/);
});

test('a fresh start stated after an exit in the same article is the latest step', () => {
  const { store } = tempStore();
  const a = addArticle(store, '鹿鸣生物重启IPO', '鹿鸣生物撤回了此前提交的辅导备案,并办理了新的辅导备案登记。');
  saveFacts(store, a.id, [
    factIn(a, '鹿鸣生物撤回了此前提交的辅导备案', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_withdrawn', venue: 'STAR' }),
    factIn(a, '并办理了新的辅导备案登记', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_filed', venue: 'STAR' }),
  ]);
  assert.equal(pipeline(store)[0].stage, 'tutoring_filed');
  // The other way round (filed, then withdrawn) the withdrawal stands.
  const b = addArticle(store, '白塔医疗撤回辅导', '白塔医疗曾办理辅导备案。白塔医疗近日撤回辅导备案。');
  saveFacts(store, b.id, [
    factIn(b, '白塔医疗曾办理辅导备案', { kind: 'ipo', company: '白塔医疗', stage: 'tutoring_filed', venue: 'STAR' }),
    factIn(b, '白塔医疗近日撤回辅导备案', { kind: 'ipo', company: '白塔医疗', stage: 'tutoring_withdrawn', venue: 'STAR' }),
  ]);
  assert.equal(pipeline(store, { stage: 'tutoring_withdrawn' })[0]?.company, '白塔医疗');
});
