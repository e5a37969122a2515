// Sentences and clauses of a text, as spans into it: split on 。！？；!?; and line breaks,
// never inside a quotation (「」“”『』"") on one line, clauses never inside brackets or numbers.
import type { Span } from '../core/types.js';

/** A sentence of the text, without its closing punctuation, and its clauses (split on ，,：:). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly clauses: readonly Span[];
}

const TERMINATOR = 1; const LINE_BREAK = 2; const CLAUSE_BREAK = 4; const STRONG_END = 8; const MARK = 16; const CLOSING_QUOTE = 32; const SPACE = 64;
// One flag byte per UTF-16 code unit: the loops below touch only the characters that matter.
const FLAGS = new Uint8Array(65536);
const flag = (chars: string, f: number): void => { for (const ch of chars) FLAGS[ch.charCodeAt(0)] |= f; };
flag('。！？；!?;｡︒', TERMINATOR);
flag('\n\r\u2028\u2029\u0085', LINE_BREAK);
flag('，,：:﹐﹕', CLAUSE_BREAK);
flag('。！？!?｡', STRONG_END);
flag(' \t\v\f\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff\n\r\u2028\u2029\u0085', SPACE);
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '﹁': '﹂', '﹃': '﹄', '"': '"' };
const BRACKETS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '《': '》', '〈': '〉', '[': ']', '〔': '〕', '{': '}' };
const CLOSERS = new Map<string, string>([...Object.entries(QUOTES), ...Object.entries(BRACKETS)].map(([o, c]) => [c, o]));
flag(Object.keys(QUOTES).join('') + Object.values(QUOTES).join('') + Object.keys(BRACKETS).join('') + Object.values(BRACKETS).join(''), MARK);
// The ASCII quote opens as often as it closes: it is never taken for a stray closing quote.
flag(Object.values(QUOTES).join('').replace('"', ''), CLOSING_QUOTE);
// A quotation or bracket that has not closed within this many characters is a stray mark.
const MAX_PAIR = 600;
const MAX_DEPTH = 32;

interface Pairs {
  /** Per offset from `from`: > 0 inside a quotation. */
  readonly quoted: Int32Array;
  /** Per offset from `from`: > 0 inside a quotation or bracket. */
  readonly enclosed: Int32Array;
  /** Per offset from `from`: 1 where a closing quote closes a pair. */
  readonly closes: Uint8Array;
}

// Pairs quotes and brackets within each line; unmatched marks are ignored.
function pairUp(text: string, from: number, to: number): Pairs {
  const n = to - from;
  const quoted = new Int32Array(n + 1);
  const enclosed = new Int32Array(n + 1);
  const closes = new Uint8Array(n + 1);
  let stack: Array<{ ch: string; at: number }> = [];
  let asciiQuotes = 0;
  for (let i = from; i < to; i++) {
    const f = FLAGS[text.charCodeAt(i)];
    if ((f & (LINE_BREAK | MARK)) === 0) continue;
    if (f & LINE_BREAK) { if (stack.length) { stack = []; asciiQuotes = 0; } continue; }
    const ch = text[i];
    const opener = CLOSERS.get(ch);
    let closed = false;
    if (opener !== undefined && (ch !== '"' || asciiQuotes > 0)) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k].ch !== opener) k--;
      if (k >= 0) {
        const open = stack[k];
        for (let d = k; d < stack.length; d++) if (stack[d].ch === '"') asciiQuotes--;
        stack.length = k;
        closed = true;
        if (i - open.at <= MAX_PAIR) {
          enclosed[open.at + 1 - from]++; enclosed[i - from]--;
          if (QUOTES[opener] !== undefined) { quoted[open.at + 1 - from]++; quoted[i - from]--; closes[i - from] = 1; }
        }
      }
    }
    if (!closed && (QUOTES[ch] !== undefined || BRACKETS[ch] !== undefined)) {
      // Marks nested this deep are not quotations: forget the oldest, keeping the scan linear.
      if (stack.length >= MAX_DEPTH) { if (stack[0].ch === '"') asciiQuotes--; stack.shift(); }
      stack.push({ ch, at: i });
      if (ch === '"') asciiQuotes++;
    }
  }
  for (let i = 1; i <= n; i++) { quoted[i] += quoted[i - 1]; enclosed[i] += enclosed[i - 1]; }
  return { quoted, enclosed, closes };
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  while (start < end && FLAGS[text.charCodeAt(start)] & SPACE) start++;
  while (end > start && FLAGS[text.charCodeAt(end - 1)] & SPACE) end--;
  return end > start ? { start, end } : undefined;
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const HAN = /[\u3400-\u9fff]/;

/** Whether the space at `i` stands between two words of Chinese (Han, then Han or a count like 2只), not inside `2025 年 3 月`. */
function spaceParts(text: string, i: number): boolean {
  if (!HAN.test(text[i - 1] ?? '')) return false;
  let j = i;
  while (text[j] === ' ' || text[j] === '\u3000') j++;
  if (HAN.test(text[j] ?? '')) return true;
  const count = /^\d+(?:\.\d+)?([\u3400-\u9fff])/.exec(text.slice(j, j + 12));
  return count !== null && !/[年月日号]/.test(count[1]) && !/[年月日号]$/.test(text.slice(i - 1, i));
}

function clausesOf(text: string, s: Span, pairs: Pairs, from: number): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    // "本周8家企业获受理 5家上会4家过关 科创板新股X首日涨近两倍": a headline's spaces between words part its clauses.
    if ((c === 32 || c === 0x3000) && pairs.enclosed[i - from] === 0 && spaceParts(text, i)) {
      const part = trimmed(text, start, i);
      if (part) out.push(part);
      start = i + 1;
      continue;
    }
    if ((FLAGS[c] & CLAUSE_BREAK) === 0 || pairs.enclosed[i - from] > 0) continue;
    // 1,000 and 09:36 are numbers, not two clauses.
    if ((c === 44 || c === 58) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    const part = trimmed(text, start, i);
    if (part) out.push(part);
    start = i + 1;
  }
  const last = trimmed(text, start, s.end);
  if (last) out.push(last);
  return out.length ? out : [s];
}

/** Splits `text` (or the part of it in `range`) into sentences with their clauses, as offsets into `text`; the closing punctuation and surrounding whitespace are left out of each span. */
export function splitSentences(text: string, range?: Span): Sentence[] {
  const from = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const to = Math.max(from, Math.min(range?.end ?? text.length, text.length));
  const pairs = pairUp(text, from, to);
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    const s = trimmed(text, start, end);
    if (s) out.push({ start: s.start, end: s.end, clauses: clausesOf(text, s, pairs, from) });
  };
  let segStart = from;
  let i = from;
  while (i < to) {
    const f = FLAGS[text.charCodeAt(i)];
    if ((f & (LINE_BREAK | TERMINATOR | MARK)) === 0) { i++; continue; }
    if (f & LINE_BREAK) { push(segStart, i); segStart = ++i; continue; }
    // A quotation that ends a sentence (他说：“好。”) keeps its closing quote.
    if (pairs.closes[i - from] && FLAGS[text.charCodeAt(i - 1)] & STRONG_END) { push(segStart, i + 1); segStart = ++i; continue; }
    if (f & TERMINATOR && pairs.quoted[i - from] === 0) {
      let j = i + 1;
      while (j < to && (FLAGS[text.charCodeAt(j)] & TERMINATOR || (FLAGS[text.charCodeAt(j)] & CLOSING_QUOTE && !pairs.closes[j - from]))) j++;
      push(segStart, i);
      segStart = i = j;
      continue;
    }
    i++;
  }
  push(segStart, to);
  return out;
}
