// Finds every number of a parsing view — Arabic or Chinese, with its sign, its
// 余/多 and its 万/亿/兆 multiplier — once; money, percents and lists read them.
import type { Qualifier } from '../core/types.js';
import { alternation, currencies, units, QUALIFIER_INSIDE } from './lexicon.js';

/** A number found in a parsing view, with its multiplier folded in. */
export interface Quantity {
  /** Start of the sign, or of the number where there is none. */
  readonly start: number;
  /** End of the multiplier (or of 余/多, or of the number). */
  readonly end: number;
  readonly numStart: number;
  readonly numEnd: number;
  /** The bare number as an unsigned decimal string (`3643.19` of `3643.19万`). */
  readonly digits: string;
  readonly negative: boolean;
  /** Power of ten of the multiplier (`万` 4, `亿` 8, `万亿`/`兆` 12); 0 when none. */
  readonly exponent: number;
  /** Signed value with the multiplier folded in. */
  readonly value: number;
  /** `over` for `100余亿`, `2000多万`. */
  readonly inside?: Qualifier;
  /** Written with Chinese numerals (`三千万`, `千亿`). */
  readonly chinese: boolean;
}

const DIGIT: Readonly<Record<string, number>> = units.digits;
const SMALL: Readonly<Record<string, number>> = units.smallMultipliers;
const BIG: Readonly<Record<string, number>> = units.bigMultipliers;
const ENGLISH: Readonly<Record<string, number>> = units.englishMagnitudes;

const CURRENCY_WORDS = Object.keys(currencies.suffix);
const MEASURE = new RegExp(`[ ]?(?:${alternation([...units.measureWords, ...CURRENCY_WORDS])})`, 'y');
const ZHAO_FOLLOW = new RegExp(`[ ]?(?:${alternation([...units.zhaoFollowers, ...CURRENCY_WORDS])})`, 'y');
const VAGUE_BEFORE = new RegExp(`(?:${alternation(units.vagueBefore)})$`);
const VAGUE_AFTER = new RegExp(`(?:${alternation(units.vagueAfter)})`, 'y');
const CURRENCY_CODE_BEFORE = /(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|TWD)[ ]?$/;
const CURRENCY_CODE_AFTER = /[ ]?(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|TWD)(?![A-Za-z])/y;

const ARABIC = /(负|[-+])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
const NUMERAL_CHARS = Object.keys(DIGIT).join('') + Object.keys(SMALL).join('') + Object.keys(BIG).join('');
const CHINESE = new RegExp(`[${NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`, 'g');
const LONE_BIG = /^(?:万|亿|万亿)$/;
const LONE_BIG_BEFORE = /^[超逾过近破上]$/;
const CHINESE_DIGIT_ONLY = /^[零〇一二三四五六七八九]+$/;
// 余/多 then a multiplier; 千 before an SI unit (千克, 千瓦) is a prefix, not a multiplier.
const SUFFIX = /(?:[ ]?([余多]))?(?:[ ]?([百千]?(?:万亿|万|亿|兆)|[百千](?![克米瓦卡赫帕焦伏安字]))|[ ]?(thousand|million|billion|trillion|mn|bn)(?![A-Za-z]))?/diy;
const CHINESE_SUFFIX = /([余多])?(万亿|万|亿|兆)?/y;
// A '-' right after these is a dash between two amounts, not a minus sign.
const NOT_BEFORE_SIGN = /[0-9A-Za-z.%)\]】）万亿千百十兆~\-]/;
// …or a currency word that closes an amount (20亿元-35亿元); after a leading one (人民币-0.05亿元) it is a sign.
const AMOUNT_BEFORE_DASH = new RegExp(`[0-9万亿千百十兆][ ]?(?:${alternation(CURRENCY_WORDS)})[ ]?$`);
const ASCII_LETTER = /[A-Za-z_]/;
const HAN = /[\u3400-\u9fff]/;

function powerOf(multiplier: string): number {
  let e = 0;
  for (const ch of multiplier) e += SMALL[ch] ?? BIG[ch] ?? 0;
  return e;
}

/** Multiplies a decimal string by 10^exp exactly (no float drift: `8.04` × 10^8 is 804000000). */
export function scaleDecimal(digits: string, exp: number): number {
  if (exp === 0) return Number(digits);
  const dot = digits.indexOf('.');
  const int = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  const padded = frac.padEnd(exp, '0');
  const rest = padded.slice(exp);
  return Number(int + padded.slice(0, exp) + (rest ? '.' + rest : ''));
}

// Strict reading of a Chinese numeral: two digits in a row (一二, 十一五) are
// ambiguous and refused, a leading big unit only stands alone (万亿, 兆).
function parseChinese(run: string): number | undefined {
  let total = 0; let section = 0; let digit: number | null = null; let lastSmall = 99; let lastBig = 99;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i];
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const small = SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall || digit === 0) return undefined;
      const m = digit ?? (section === 0 ? 1 : undefined);
      if (m === undefined) return undefined;
      section += m * 10 ** small; digit = null; lastSmall = small;
      continue;
    }
    const big = BIG[ch];
    if (big === undefined) return undefined;
    const s = section + (digit ?? 0);
    if (total > 0 && total < 10 ** big && s === 0) total *= 10 ** big; // 万亿, 三万亿
    else {
      if (big >= lastBig) return undefined;
      if (s === 0) { if (i !== 0 || !/^[万亿兆]+$/.test(run)) return undefined; total = 10 ** big; }
      else total += s * 10 ** big;
    }
    lastBig = Math.min(lastBig, big); section = 0; digit = null; lastSmall = 99;
  }
  return total + section + (digit ?? 0);
}

function zhaoOk(view: string, pos: number): boolean {
  ZHAO_FOLLOW.lastIndex = pos;
  if (ZHAO_FOLLOW.test(view)) return true;
  const next = view[pos];
  return next === undefined || !(HAN.test(next) || ASCII_LETTER.test(next) || (next >= '0' && next <= '9'));
}

function followedByMeasure(view: string, pos: number): boolean {
  MEASURE.lastIndex = pos;
  return MEASURE.test(view);
}

function scanArabic(view: string, out: Quantity[]): void {
  ARABIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARABIC.exec(view)) !== null) {
    const sign = m[1] ?? '';
    let start = m.index;
    const numStart = m.index + sign.length;
    const numEnd = numStart + m[2].length;
    let negative = sign === '-' || sign === '负';
    if (sign === '-' || sign === '+') {
      const before = view[start - 1];
      if (before !== undefined && (NOT_BEFORE_SIGN.test(before) || AMOUNT_BEFORE_DASH.test(view.slice(Math.max(0, start - 8), start)))) { start = numStart; negative = false; }
    }
    const prev = view[start - 1];
    if (prev !== undefined) {
      if (ASCII_LETTER.test(prev) && !CURRENCY_CODE_BEFORE.test(view.slice(Math.max(0, start - 4), start))) continue;
      if ((prev === '-' || prev === '.' || prev === '/') && ASCII_LETTER.test(view[start - 2] ?? '')) continue;
      if (prev === '.' ) continue;
    }
    if (view[numEnd] === '.' && /\d/.test(view[numEnd + 1] ?? '')) { ARABIC.lastIndex = numEnd + 2; skipDigits(view); continue; }
    SUFFIX.lastIndex = numEnd;
    const s = SUFFIX.exec(view) as RegExpExecArray & { indices: Array<[number, number] | undefined> };
    let end = numEnd;
    let exponent = 0;
    let inside: Qualifier | undefined;
    if (s[1]) { inside = QUALIFIER_INSIDE[s[1]]; end = s.indices[1]![1]; }
    if (s[2]) {
      const afterMultiplier = s.indices[2]![1];
      if (!s[2].includes('兆') || zhaoOk(view, afterMultiplier)) { exponent = powerOf(s[2]); end = afterMultiplier; }
    } else if (s[3]) {
      exponent = ENGLISH[s[3].toLowerCase()]; end = s.indices[3]![1];
    }
    const next = view[end];
    if (next !== undefined && ASCII_LETTER.test(next)) {
      CURRENCY_CODE_AFTER.lastIndex = end;
      if (!CURRENCY_CODE_AFTER.test(view)) continue;
    }
    const digits = m[2].replace(/,/g, '');
    const magnitude = scaleDecimal(digits, exponent);
    if (!Number.isFinite(magnitude)) continue;
    out.push({ start, end, numStart, numEnd, digits, negative, exponent, value: negative ? -magnitude : magnitude, inside, chinese: false });
    ARABIC.lastIndex = end;
  }
}

// After a refused `1.2.3`, skips the rest of the dotted run so its pieces are not read as numbers.
function skipDigits(view: string): void {
  let i = ARABIC.lastIndex;
  while (i < view.length && /[\d.]/.test(view[i])) i++;
  ARABIC.lastIndex = i;
}

function scanChinese(view: string, arabic: readonly Quantity[], out: Quantity[]): void {
  CHINESE.lastIndex = 0;
  let k = 0;
  let m: RegExpExecArray | null;
  while ((m = CHINESE.exec(view)) !== null) {
    const start = m.index;
    while (k < arabic.length && arabic[k].end <= start) k++;
    if (k < arabic.length && arabic[k].start < start + m[0].length) continue; // part of 3千万
    const prev = view[start - 1];
    if (prev !== undefined && /[0-9A-Za-z.]/.test(prev)) continue;
    // 超亿元, 过亿, 上亿元: a lone 万/亿 after such a word is one of it, and at least that.
    if (LONE_BIG.test(m[0]) && LONE_BIG_BEFORE.test(prev ?? '') && followedByMeasure(view, start + m[0].length)) {
      const end = start + m[0].length;
      const value = 10 ** powerOf(m[0]);
      out.push({ start, end, numStart: start, numEnd: end, digits: '1', negative: false, exponent: powerOf(m[0]), value, inside: prev === '超' || prev === '逾' || prev === '近' ? undefined : 'over', chinese: true });
      continue;
    }
    if (VAGUE_BEFORE.test(view.slice(Math.max(0, start - 2), start))) continue;
    const dot = m[0].indexOf('点');
    const run = dot < 0 ? m[0] : m[0].slice(0, dot);
    const fraction = dot < 0 ? '' : [...m[0].slice(dot + 1)].map((c) => DIGIT[c]).join('');
    let numEnd = start + m[0].length;
    VAGUE_AFTER.lastIndex = numEnd;
    if (VAGUE_AFTER.test(view)) continue;
    let digits: string;
    let chineseValue: number | undefined;
    const hasDigit = [...run].some((c) => DIGIT[c] !== undefined);
    if (CHINESE_DIGIT_ONLY.test(run) && run.length > 1) {
      // 二〇二五年: digit by digit, and only as a year.
      if (view[numEnd] !== '年' || run.length !== 4) continue;
      digits = [...run].map((c) => DIGIT[c]).join('');
    } else {
      let body = run;
      // A trailing 兆 that is not 10^12 here (兆赫, 兆瓦) is not part of the number.
      if (body.endsWith('兆') && !zhaoOk(view, start + body.length)) {
        body = body.slice(0, -1);
        if (!body || fraction) continue;
        numEnd = start + body.length;
      }
      chineseValue = parseChinese(body);
      if (chineseValue === undefined) continue;
      const bare = !hasDigit;
      if (bare) {
        const leadsSmall = SMALL[body[0]] !== undefined;
        const aloneBig = body === '万亿' || body === '兆';
        if (!leadsSmall && !aloneBig) continue;
        if (aloneBig && !zhaoOk(view, numEnd)) continue;
      }
      digits = String(chineseValue) + (fraction ? '.' + fraction : '');
    }
    CHINESE_SUFFIX.lastIndex = numEnd;
    const s = CHINESE_SUFFIX.exec(view)!;
    let end = numEnd;
    let exponent = 0;
    let inside: Qualifier | undefined;
    if (s[1]) { inside = QUALIFIER_INSIDE[s[1]]; end += 1; }
    if (s[2] && (s[1] || fraction || !/[万亿兆]$/.test(run))) {
      if (!s[2].includes('兆') || zhaoOk(view, end + s[2].length)) { exponent = powerOf(s[2]); end += s[2].length; }
    }
    const structured = hasDigit && /[十百千拾佰仟万亿兆]/.test(run);
    if (!structured && !fraction && exponent === 0 && !followedByMeasure(view, end)) continue;
    const magnitude = scaleDecimal(digits, exponent);
    out.push({ start, end, numStart: start, numEnd, digits, negative: false, exponent, value: magnitude, inside, chinese: true });
    CHINESE.lastIndex = end;
  }
}

let lastView: string | undefined;
let lastQuantities: readonly Quantity[] = [];

/** Finds every number of a parsing view, in text order, each with its multiplier folded in. */
export function scanQuantities(view: string): readonly Quantity[] {
  if (view === lastView) return lastQuantities;
  const arabic: Quantity[] = [];
  scanArabic(view, arabic);
  const chinese: Quantity[] = [];
  scanChinese(view, arabic, chinese);
  const all = arabic.concat(chinese).sort((a, b) => a.start - b.start);
  lastView = view;
  lastQuantities = all;
  return all;
}

/** Reads a Chinese numeral with an optional `点` fraction (`三十五点五` → 35.5); undefined when it is not a well-formed numeral. */
export function readChineseNumeral(s: string): number | undefined {
  const dot = s.indexOf('点');
  const run = dot < 0 ? s : s.slice(0, dot);
  const value = parseChinese(run);
  if (value === undefined || run === '') return undefined;
  if (dot < 0) return value;
  const fraction = [...s.slice(dot + 1)].map((c) => DIGIT[c]);
  if (fraction.length === 0 || fraction.some((d) => d === undefined)) return undefined;
  return Number(`${value}.${fraction.join('')}`);
}
