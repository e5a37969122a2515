import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Command } from 'commander';
import { addArticle, factIn, tempStore } from '../../../testdata/query/helpers.js';
import { findCompany, openStore, saveFacts } from '../../store/index.js';
import { registerCompany } from './company.js';
import { registerPipeline } from './pipeline.js';

/** Runs the given commands in-process and returns what they printed on stdout. */
async function run(args: string[]): Promise<string> {
  const program = new Command('kechuang').exitOverride();
  registerCompany(program);
  registerPipeline(program);
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'kechuang', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

test('kechuang company NAME shows the page and company merge/split change it, with --db before or after the arguments', async () => {
  const { store, file } = tempStore();
  const a = addArticle(store, '北辰光电获受理', '北辰光电科创板IPO获受理。北辰完成B轮融资。', { outlet: '甲报' });
  saveFacts(store, a.id, [
    factIn(a, '北辰光电科创板IPO获受理', { kind: 'ipo', company: '北辰光电', stage: 'accepted', venue: 'STAR' }),
    factIn(a, '北辰完成B轮融资', { kind: 'financing', company: '北辰', round: 'B' }),
  ]);
  store.close();
  assert.match(await run(['company', '北辰光電', '--db', file]), /^北辰光电 {2}\(#\d+, 1 article, 1 facts\)/);
  assert.match(await run(['company', '--db', file, 'merge', '北辰光电', '北辰']), /北辰光电 and 北辰 are now one company: 北辰 \(#\d+\)/);
  const merged = JSON.parse(await run(['company', '北辰', '--json', '--db', file]));
  assert.equal(merged.facts.length, 2);
  assert.match(await run(['company', 'split', '北辰光电', '北辰', '--db', file, '--json']), /"action": "split"/);
  const s = openStore(file);
  assert.notEqual(findCompany(s, '北辰')!.id, findCompany(s, '北辰光电')!.id);
  s.close();
  assert.match(await run(['pipeline', '--db', file]), /北辰光电 +STAR +accepted 获受理/);
  assert.equal(path.basename(file), 'k.db');
});
