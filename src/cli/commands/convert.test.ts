import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { runCli, runCliInProcess } from '../../../testdata/ingest/run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
let n = 0;
function file(content: string | Buffer): string {
  const f = path.join(tmp, `in-${n++}.txt`);
  writeFileSync(f, content);
  return f;
}

const cli = runCliInProcess;

test('kechuang convert --to hans reads a file and undoes Taiwan phrasing', async () => {
  const r = await cli(['convert', '--to', 'hans', file('腦機介面類股走強，產業規模達到1.8兆元。\n')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '脑机接口板块走强，产业规模达到1.8万亿元。\n');
});

test('kechuang convert decodes a Big5 file', async () => {
  const r = await cli(['convert', '--to', 'hans', file(iconv.encode('科創板IPO處理程序已啟動，相關資料顯示進展順利。', 'big5'))]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '科创板IPO进程已启动，相关资料显示进展顺利。');
});

test('kechuang convert --to hant gives plain, Taiwan or Hong Kong forms', async () => {
  const f = file('里面的台湾软件');
  assert.equal((await cli(['convert', '--to', 'hant', f])).stdout, '裏面的臺灣軟件');
  assert.equal((await cli(['convert', '--to', 'hant', '--variant', 'tw', f])).stdout, '裡面的臺灣軟件');
  assert.equal((await cli(['convert', '--to', 'hant', '--variant', 'hk', f])).stdout, '裏面的台灣軟件');
});

test('kechuang convert --phrases keep converts characters only', async () => {
  assert.equal((await cli(['convert', '--to', 'hans', '--phrases', 'keep', file('主機板')])).stdout, '主机板');
});

test('kechuang convert exits 2 on a bad --to or variant and 4 on a missing file, with one clear line', async () => {
  const bad = await cli(['convert', '--to', 'latin', file('x')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--to must be hans or hant.*\[BAD_ARGUMENT\]/);
  assert.equal((await cli(['convert', '--to', 'hant', '--variant', 'cn', file('x')])).code, 2);
  const missing = await cli(['convert', '--to', 'hans', 'no/such.txt']);
  assert.equal(missing.code, 4);
  assert.equal(missing.stderr, 'kechuang: no/such.txt: no such file [INPUT_NOT_FOUND]\n');
});

test('kechuang convert reads stdin when the file is - or absent', () => {
  // A child process: stdin cannot be fed to this one.
  const dash = runCli(['convert', '--to', 'hans', '-'], { input: '上海主機板上市' });
  assert.equal(dash.code, 0, dash.stderr);
  assert.equal(dash.stdout, '上海主板上市');
  const none = runCli(['convert', '--to', 'hant', '--variant', 'tw'], { input: '软件里面' });
  assert.equal(none.stdout, '軟件裡面');
});
