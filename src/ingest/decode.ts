// Bytes → text. Order matters: an explicit encoding wins, then a BOM, then
// strict UTF-8, then a charset the document declares, then GB18030 vs Big5
// (chardet ranks them; the decoding with fewer bad and rare characters wins).
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ArgumentError, InputError } from '../core/errors.js';

/** Text decoded from a file and the encoding that decoded it. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

const REPLACEMENT = '\uFFFD';

/** Decodes a file's bytes into text, strictly: undecodable bytes fail with a DECODE_FAILED naming the byte offset. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding) return { text: decodeStrict(buf, normaliseEncoding(encoding), file), encoding: normaliseEncoding(encoding) };

  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeStrict(buf.subarray(3), 'utf-8', file, 3), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeStrict(buf.subarray(2), 'utf-16le', file, 2), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeStrict(buf.subarray(2), 'utf-16be', file, 2), encoding: 'utf-16be' };

  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError('DECODE_FAILED', file, 'contains a NUL byte: binary, or UTF-16 without a BOM (pass --encoding)', { byte: nul });

  const utf8Bad = firstInvalidUtf8(buf);
  if (utf8Bad < 0) return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8' };

  const declared = declaredCharset(buf);
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    const text = iconv.decode(buf, declared);
    if (!text.includes(REPLACEMENT)) return { text, encoding: declared.toLowerCase() };
  }

  let best: { text: string; encoding: string; bad: number; score: number } | undefined;
  for (const enc of chineseCandidates(buf)) {
    const text = iconv.decode(buf, enc);
    const bad = countOf(text, REPLACEMENT);
    const score = commonShare(text);
    if (!best || bad < best.bad || (bad === best.bad && score > best.score)) best = { text, encoding: enc, bad, score };
  }
  if (best && best.bad === 0) return { text: best.text, encoding: best.encoding };
  throw new InputError('DECODE_FAILED', file, 'not valid UTF-8, GB18030 or Big5 (pass --encoding if you know it)', { byte: utf8Bad });
}

/** Lower-cases and checks an encoding name given by the user (`--encoding`). */
export function normaliseEncoding(name: string): string {
  const n = name.trim().toLowerCase();
  if (!iconv.encodingExists(n)) throw new ArgumentError(`unknown encoding: ${name}`, { encoding: name });
  return n === 'utf8' ? 'utf-8' : n;
}

/** Decodes with one encoding and fails at the first byte it cannot map. `base` offsets a stripped BOM. */
function decodeStrict(buf: Buffer, encoding: string, file: string, base = 0): string {
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(buf);
    if (bad >= 0) throw new InputError('DECODE_FAILED', file, 'not valid UTF-8', { byte: base + bad });
    return stripBom(new TextDecoder('utf-8').decode(buf));
  }
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && buf.length % 2 === 1) {
    throw new InputError('DECODE_FAILED', file, `odd number of bytes for ${encoding.toUpperCase()}`, { byte: base + buf.length - 1 });
  }
  const text = iconv.decode(buf, encoding, { stripBOM: true });
  const at = text.indexOf(REPLACEMENT);
  if (at >= 0 && !isLiteralReplacement(buf, text, at, encoding)) {
    // Everything before the first replacement decoded cleanly, so re-encoding it gives its byte length.
    const byte = base + iconv.encode(text.slice(0, at), encoding).length;
    throw new InputError('DECODE_FAILED', file, `not valid ${encoding.toUpperCase()}`, { byte });
  }
  return text;
}

function isLiteralReplacement(buf: Buffer, text: string, at: number, encoding: string): boolean {
  const prefix = iconv.encode(text.slice(0, at + 1), encoding);
  return prefix.length <= buf.length && buf.subarray(0, prefix.length).equals(prefix);
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return -1;
  } catch {
    // The text before the first U+FFFD that stands for bad bytes decoded cleanly: its UTF-8 length is the offset.
    const text = new TextDecoder('utf-8').decode(buf);
    let from = 0;
    for (;;) {
      const at = text.indexOf(REPLACEMENT, from);
      if (at < 0) return -1;
      const byte = Buffer.byteLength(text.slice(0, at), 'utf8');
      if (!(buf[byte] === 0xef && buf[byte + 1] === 0xbf && buf[byte + 2] === 0xbd)) return byte;
      from = at + 1;
    }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A charset named by an HTML meta tag or an XML declaration in the first bytes. */
function declaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m?.[1];
}

/** GB18030 and Big5, in the order chardet ranks them. */
function chineseCandidates(buf: Buffer): string[] {
  const ranked = chardet.analyse(buf).map((m) => m.name.toLowerCase());
  const rank = (enc: string) => {
    const i = ranked.findIndex((n) => (enc === 'big5' ? n === 'big5' : n === 'gb18030' || n === 'gbk' || n === 'gb2312'));
    return i < 0 ? ranked.length : i;
  };
  return ['gb18030', 'big5'].sort((a, b) => rank(a) - rank(b));
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

const commonCache = new Map<string, boolean>();

/** Whether a character is in GB2312 (levels 1–2) or Big5's frequent-character block: a wrong decoding yields few of them. */
function isCommonHan(ch: string): boolean {
  let v = commonCache.get(ch);
  if (v === undefined) {
    const gb = iconv.encode(ch, 'gbk');
    const big5 = iconv.encode(ch, 'big5');
    v = (gb.length === 2 && gb[0] >= 0xb0 && gb[0] <= 0xf7 && gb[1] >= 0xa1)
      || (big5.length === 2 && big5[0] >= 0xa4 && big5[0] <= 0xc6 && String(iconv.decode(big5, 'big5')) === ch);
    commonCache.set(ch, v);
  }
  return v;
}

/** Share of common Han characters among the non-ASCII letters of a text (punctuation left out). */
function commonShare(text: string): number {
  let common = 0; let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) continue;
    total++;
    if (c >= 0x4e00 && c <= 0x9fff && isCommonHan(ch)) common++;
  }
  return total === 0 ? 0 : common / total;
}
