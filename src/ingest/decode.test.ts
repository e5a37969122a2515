import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import OpenCC from 'opencc-js';
import { ArgumentError, InputError } from '../core/errors.js';
import { decodeBytes, firstInvalidUtf8 } from './decode.js';

const hans = readFileSync(new URL('../../samples/digest.txt', import.meta.url), 'utf8');
const hant = String(OpenCC.Converter({ from: 'cn', to: 'tw' })(hans));

function decodeError(fn: () => unknown): InputError {
  try { fn(); } catch (e) { if (e instanceof InputError) return e; throw e; }
  assert.fail('expected a DECODE_FAILED error');
}

test('UTF-8 without a BOM decodes as is', () => {
  assert.deepEqual(decodeBytes(Buffer.from(hans), 'a.txt'), { text: hans, encoding: 'utf-8' });
});

test('UTF-8 with a BOM decodes without the BOM', () => {
  const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(hans)]), 'a.txt');
  assert.equal(r.text, hans);
});

test('UTF-16 LE and BE with a BOM are detected', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(hant, 'utf-16le')]), 'le.txt');
  assert.deepEqual(le, { text: hant, encoding: 'utf-16le' });
  const be = decodeBytes(iconv.encode(hans, 'utf-16be', { addBOM: true }), 'be.txt');
  assert.deepEqual(be, { text: hans, encoding: 'utf-16be' });
});

test('GBK-encoded Simplified text is detected as GB18030 and decodes exactly', () => {
  const r = decodeBytes(iconv.encode(hans, 'gbk'), 'gbk.txt');
  assert.equal(r.encoding, 'gb18030');
  assert.equal(r.text, hans);
});

test('GB18030 four-byte characters decode', () => {
  const text = '科创板企业𠀾研发投入持续增长，营业收入同比增长超过三成。';
  const r = decodeBytes(iconv.encode(text, 'gb18030'), 'gb18030.txt');
  assert.equal(r.text, text);
});

test('Big5-encoded Traditional text is detected as Big5 and decodes exactly', () => {
  const r = decodeBytes(iconv.encode(hant, 'big5'), 'big5.txt');
  assert.equal(r.encoding, 'big5');
  assert.equal(r.text, hant);
});

test('a short Big5 line is still told apart from GB18030', () => {
  const line = '晨曦航電宣布完成3億元B輪融資，資金將用於研發。';
  assert.equal(decodeBytes(iconv.encode(line, 'big5'), 'x.txt').text, line);
  const simplified = '晨曦航电宣布完成3亿元B轮融资，资金将用于研发。';
  assert.equal(decodeBytes(iconv.encode(simplified, 'gbk'), 'y.txt').text, simplified);
});

test('an explicit encoding overrides detection', () => {
  const bytes = iconv.encode(hant, 'big5');
  const forced = decodeBytes(bytes, 'big5.txt', 'GBK');
  assert.equal(forced.encoding, 'gbk');
  assert.notEqual(forced.text, hant);
  assert.equal(decodeBytes(bytes, 'big5.txt', 'big5').text, hant);
});

test('an unknown encoding name is an argument error', () => {
  assert.throws(() => decodeBytes(Buffer.from('x'), 'a.txt', 'klingon-8'), ArgumentError);
});

test('bytes that no encoding decodes fail naming the file and the byte offset', () => {
  const head = Buffer.from('科创板消息'); // 15 bytes of UTF-8
  const bytes = Buffer.concat([head, Buffer.from([0xff, 0xff, 0x80]), Buffer.from('后文')]);
  const e = decodeError(() => decodeBytes(bytes, 'bad.txt'));
  assert.equal(e.code, 'DECODE_FAILED');
  assert.equal(e.place?.byte, 15);
  assert.match(e.message, /^bad\.txt at byte 15: /);
});

test('a forced UTF-8 decoding of GBK bytes fails at the first non-UTF-8 byte', () => {
  const bytes = Buffer.concat([Buffer.from('IPO: '), iconv.encode('科创板', 'gbk')]);
  const e = decodeError(() => decodeBytes(bytes, 'gbk.txt', 'utf-8'));
  assert.equal(e.code, 'DECODE_FAILED');
  assert.equal(e.place?.byte, 5);
});

test('a forced GBK decoding names the first byte GBK cannot map', () => {
  const bytes = Buffer.concat([iconv.encode('科创', 'gbk'), Buffer.from([0xff]), iconv.encode('板', 'gbk')]);
  const e = decodeError(() => decodeBytes(bytes, 'x.txt', 'gbk'));
  assert.equal(e.place?.byte, 4);
});

test('a NUL byte (binary, or UTF-16 without BOM) fails with its offset', () => {
  const e = decodeError(() => decodeBytes(iconv.encode('IPO科创板', 'utf-16le'), 'nobom.txt'));
  assert.equal(e.code, 'DECODE_FAILED');
  assert.equal(e.place?.byte, 1);
});

test('firstInvalidUtf8 skips a literal U+FFFD and finds the real bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('a\uFFFDb'), Buffer.from([0xc3])]);
  assert.equal(firstInvalidUtf8(bytes), 5);
  assert.equal(firstInvalidUtf8(Buffer.from('全部有效')), -1);
});
