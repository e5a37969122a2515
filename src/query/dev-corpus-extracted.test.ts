// The views over the dev corpus as the extractor reads it (not the gold facts):
// what a user sees after `kechuang ingest ../shared/corpus/dev`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { DEV_CORPUS } from '../../testdata/query/gold.js';
import { tempStore } from '../../testdata/query/helpers.js';
import { ingestFiles } from '../pipeline/index.js';
import { listCompanies } from '../store/index.js';
import { companyProfile } from './company-profile.js';
import { pipeline } from './pipeline.js';

const skip = fs.existsSync(DEV_CORPUS) ? false : 'the dev corpus (../shared/corpus/dev) is not here';

test('dev corpus, extracted: the pipeline lists accepted-on-STAR with raise and date, inquiry with sponsor, listed companies and a confidential HK filing', { skip }, () => {
  const { store } = tempStore();
  const report = ingestFiles(store, [DEV_CORPUS]);
  assert.equal(report.failures.length, 0);
  const rows = pipeline(store);
  assert.ok(rows.some((r) => r.venue === 'STAR' && r.stage === 'accepted' && r.raise && r.date), 'accepted on STAR with raise and date');
  assert.ok(rows.some((r) => r.stage === 'inquiry' && r.sponsors.length > 0), 'inquiry with sponsor');
  assert.ok(rows.filter((r) => r.stage === 'listed').length >= 3, 'listed companies');
  assert.ok(rows.some((r) => r.venue === 'HKEX' && r.stage === 'filed' && r.confidential), 'Hong Kong filing in confidence');
  let full = 0;
  for (const c of listCompanies(store)) {
    const t = companyProfile(store, `#${c.id}`).financials;
    const count = (m: string) => Object.keys(t.rows.find((r) => r.metric === m && !r.forecast)?.cells ?? {}).length;
    if (count('revenue') >= 4 && (count('net_profit') >= 4 || count('net_profit_attributable') >= 4)) full++;
  }
  assert.ok(full >= 2, `companies with four periods of revenue and net profit: ${full}`);
});
