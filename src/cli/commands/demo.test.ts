import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { tempStore } from '../../../testdata/query/helpers.js';
import { countFacts, openStore } from '../../store/index.js';
import { registerDemo, samplePath } from './demo.js';

test('kechuang demo ingests the shipped sample into the given store and prints the pipeline', async () => {
  assert.ok(fs.existsSync(samplePath()));
  assert.equal(path.basename(path.dirname(samplePath())), 'samples');
  const { store, file } = tempStore();
  store.close();
  const program = new Command('kechuang').exitOverride();
  registerDemo(program);
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'kechuang', 'demo', '--db', file]);
  } finally {
    process.stdout.write = write;
  }
  const m = /^ingested digest\.txt: (\d+) new article\(s\), 0 already known, (\d+) fact\(s\)/.exec(out);
  assert.ok(m, out);
  assert.ok(Number(m[1]) >= 3);
  const s = openStore(file);
  const facts = countFacts(s);
  s.close();
  assert.equal(facts, Number(m[2]));
  // With facts, the pipeline table follows; without (extraction found none), the view says so.
  assert.match(out, facts > 0 ? /company +venue +stage/ : /no IPO steps stored yet/);
});
