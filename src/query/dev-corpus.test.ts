// Views over the dev corpus, fed with its GOLD facts so they test the views
// on real news whatever the extractor's state. No company is named here:
// every check is on structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { DEV_CORPUS, loadGoldCorpus } from '../../testdata/query/gold.js';
import { tempStore } from '../../testdata/query/helpers.js';
import { companyKey, listCompanies } from '../store/index.js';
import { toHansAligned } from '../text/index.js';
import { companyProfile } from './company-profile.js';
import { pipeline } from './pipeline.js';
import { buildDigest, renderDigestText } from './digest.js';

const skip = fs.existsSync(DEV_CORPUS) ? false : 'the dev corpus (../shared/corpus/dev) is not here';

test('dev corpus: the pipeline lists accepted-on-STAR with raise and date, inquiry with sponsor, listed companies and a confidential HK filing', { skip }, () => {
  const { store } = tempStore();
  const loaded = loadGoldCorpus(store);
  assert.ok(loaded.facts > 300, `gold facts placed: ${loaded.facts}`);
  const rows = pipeline(store);
  assert.ok(rows.some((r) => r.venue === 'STAR' && r.stage === 'accepted' && r.raise && r.date), 'accepted on STAR with raise and date');
  assert.ok(rows.some((r) => r.stage === 'inquiry' && r.sponsors.length > 0), 'inquiry with sponsor');
  assert.ok(rows.filter((r) => r.stage === 'listed').length >= 5, 'listed companies');
  assert.ok(rows.some((r) => r.venue === 'HKEX' && r.stage === 'filed' && r.confidential), 'Hong Kong filing in confidence');
  // One row per company and venue.
  assert.equal(new Set(rows.map((r) => `${r.companyId}|${r.venue}`)).size, rows.length);
});

test('dev corpus: names in both scripts and legal with short names resolve to one company; overlapping names stay apart', { skip }, () => {
  const { store } = tempStore();
  loadGoldCorpus(store);
  const companies = listCompanies(store);
  const names = (c: (typeof companies)[number]) => [c.name, ...c.aliases];
  assert.ok(companies.some((c) => names(c).some((a) => names(c).some((b) => a !== b && toHansAligned(a) === toHansAligned(b)))), 'one company named in both scripts');
  assert.ok(companies.some((c) => names(c).some((n) => /股份有限公司$/.test(n)) && !/股份有限公司$/.test(c.name)), 'legal name under a short display name');
  // Containment alone never merges: every company's key stays its own.
  const keys = companies.map((c) => companyKey(c.name));
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(companies.some((a) => companies.some((b) => a.id !== b.id && companyKey(b.name).includes(companyKey(a.name)))), 'a pair with overlapping names exists, kept apart');
});

test('dev corpus: company pages show four periods of revenue and net profit in time order', { skip }, () => {
  const { store } = tempStore();
  loadGoldCorpus(store);
  let full = 0;
  for (const c of listCompanies(store)) {
    const t = companyProfile(store, `#${c.id}`).financials;
    const periods = t.periods.map((p) => p.period);
    assert.deepEqual(periods, [...periods].sort((a, b) => a.slice(0, 7).localeCompare(b.slice(0, 7)) || a.localeCompare(b)));
    const count = (m: string) => Object.keys(t.rows.find((r) => r.metric === m && !r.forecast)?.cells ?? {}).length;
    if (count('revenue') >= 4 && count('net_profit') >= 4) full++;
  }
  assert.ok(full >= 3, `companies with four periods of revenue and net profit: ${full}`);
});

test('dev corpus: the Traditional digest comes back as text with its titles, bodies and outlets', { skip }, () => {
  const { store } = tempStore();
  loadGoldCorpus(store);
  const original = fs.readFileSync(`${DEV_CORPUS}/000_59cf0dfdb9708b95.txt`, 'utf8');
  const text = renderDigestText(buildDigest(store, { tag: '科創' }));
  const lines = (s: string) => s.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  assert.deepEqual(lines(text), lines(original));
});
