// Amounts of money (75亿元, 2100亿港元, 20亿至35亿元, 每股19.8港元) as spans into the original text.
import type { Currency, Money, Qualifier } from '../core/types.js';
import { alternation, currencies, moneyContext, qualifierAfter, qualifierBefore, qualifiers } from './lexicon.js';
import { parsingView } from './normalize.js';
import { scaleDecimal, scanQuantities, type Quantity } from './quantities.js';

/** An amount of money in the text; `money` is in whole currency units. */
export interface MoneyMatch {
  readonly start: number;
  readonly end: number;
  readonly money: Money;
  /** No currency word on this amount: CNY (or the currency of the list it stands in) was assumed from context (`募资83.9亿`). */
  readonly bare?: boolean;
  /** A price per share (`每股20.5元`, `26.45元/股`), not a total. */
  readonly perShare?: boolean;
}

const SUFFIX: Readonly<Record<string, Currency>> = currencies.suffix;
const PREFIX: Readonly<Record<string, Currency>> = currencies.prefix;
const CURRENCY_WORDS = alternation(Object.keys(SUFFIX));
const CURRENCY_AFTER = new RegExp(`[ ]?(${CURRENCY_WORDS})`, 'y');
const AFTER_YUAN = new RegExp(`[ ]?(?:${alternation(currencies.afterYuan)})`, 'y');
const NOT_AFTER_YUAN = new RegExp(`(?:${alternation(currencies.notAfterYuan)})`, 'y');
const CURRENCY_BEFORE = new RegExp(`(${alternation(Object.keys(PREFIX))})[ ]?$`);
const SLASH_AFTER = /[ ]?\/[ ]?(股)?/y;
const PERCENT_AFTER = /[ ]?%/y;
const PER_SHARE_BEFORE = new RegExp(`(${alternation(moneyContext.perShareBefore)})[^，,。；;：:、!?！？\\d]{0,6}$`);
const PER_SHARE_AFTER = /[ ]?每股/y;
const CUE_BEFORE = new RegExp(alternation(moneyContext.cuesBefore));
const CUE_AFTER = new RegExp(`[ ]?(?:${alternation(moneyContext.cuesAfter)})`, 'y');
const SEPARATORS = alternation(qualifiers.rangeSeparators);
const RANGE_GAP = new RegExp(`^[ ]?(?:(${CURRENCY_WORDS})(?:[ ]?(?:${alternation(currencies.afterYuan)}))?[ ]?)?(?:${SEPARATORS})[ ]?$`);
const LIST_GAP = /^[ ]?(?:、|,|，|和|及|与|以及|或|、及)[ ]?$/;
const FROM_BEFORE = /从[ ]?$/;
// What may follow an amount with no currency word for it still to be money.
const BARE_FOLLOW = /[ ]?(?:$|[^\u3400-\u9fffA-Za-z0-9]|的|和|及|与|或|至|到)/y;
const CLAUSE_BREAK = /[。；;！？!?\n，,：:]/;

interface Reading {
  readonly q: Quantity;
  /** Where the amount starts: a currency prefix (`US$`) or the number. */
  readonly start: number;
  readonly end: number;
  readonly currency?: Currency;
  readonly bare: boolean;
  readonly perShare: boolean;
  readonly unitPrice: boolean;
  readonly qualifier?: Qualifier;
}

function clauseBefore(view: string, pos: number): string {
  let i = pos;
  const stop = Math.max(0, pos - 24);
  while (i > stop && !CLAUSE_BREAK.test(view[i - 1])) i--;
  return view.slice(i, pos);
}

/** How a text writes money: the currency 元 alone (and an amount with no currency word) stands for. */
export interface MoneyOptions {
  /** `HKD` in Hong Kong writing, where 元 is the Hong Kong dollar and the renminbi is written 人民币; else `CNY`. */
  readonly yuan?: Currency;
}

function read(view: string, q: Quantity, prevEnd: number, yuan: Currency): Reading {
  let end = q.end;
  let currency: Currency | undefined;
  let perShare = false;
  let unitPrice = false;
  PERCENT_AFTER.lastIndex = end;
  if (PERCENT_AFTER.test(view)) return { q, start: q.start, end, bare: false, perShare, unitPrice: true };
  CURRENCY_AFTER.lastIndex = end;
  const c = CURRENCY_AFTER.exec(view);
  if (c) {
    const after = end + c[0].length;
    NOT_AFTER_YUAN.lastIndex = after;
    if (!(c[1].endsWith('元') && c[1].length === 1 && NOT_AFTER_YUAN.test(view))) {
      currency = SUFFIX[c[1]];
      end = after;
      if (c[1] === '元') {
        AFTER_YUAN.lastIndex = end;
        const y = AFTER_YUAN.exec(view);
        if (y) end += y[0].length;
        // 元 alone is the local currency; 人民币 before or after it says renminbi wherever it is written.
        else if (!CURRENCY_BEFORE.test(view.slice(Math.max(prevEnd, q.start - 5), q.start))) currency = yuan;
      }
      SLASH_AFTER.lastIndex = end;
      const slash = SLASH_AFTER.exec(view);
      if (slash) {
        if (slash[1]) { perShare = true; end += slash[0].length; } else unitPrice = true;
      }
      PER_SHARE_AFTER.lastIndex = end;
      if (PER_SHARE_AFTER.test(view)) perShare = true;
    }
  }
  let start = q.start;
  // 人民币5亿元, 约为人民币-0.07亿元: a leading currency word sits between a qualifier and the number.
  const p = CURRENCY_BEFORE.exec(view.slice(Math.max(prevEnd, q.start - 5), q.start));
  const prefixStart = p ? q.start - p[0].length : q.start;
  if (p && !currency) { currency = PREFIX[p[1]]; start = prefixStart; }
  const before = qualifierBefore(view, prefixStart);
  const after = currency ? qualifierAfter(view, end) : undefined;
  const qualifier = before?.qualifier ?? q.inside ?? after?.qualifier;
  const lead = before?.start ?? start;
  if (!perShare) {
    const m = PER_SHARE_BEFORE.exec(view.slice(Math.max(0, lead - 12), lead));
    if (m && (m[1] === '每股' || q.exponent < 4)) perShare = true;
  }
  let bare = false;
  if (!currency && q.exponent >= 4) {
    BARE_FOLLOW.lastIndex = q.end;
    CUE_AFTER.lastIndex = q.end;
    const cueAfter = CUE_AFTER.test(view);
    if (cueAfter || (BARE_FOLLOW.test(view) && CUE_BEFORE.test(clauseBefore(view, lead)))) { currency = yuan; bare = true; }
  }
  return { q, start, end, currency, bare, perShare, unitPrice, qualifier };
}

function money(value: { value: number } | { min: number; max: number }, currency: Currency, qualifier?: Qualifier): Money {
  return qualifier ? { ...value, currency, qualifier } : { ...value, currency };
}

function match(start: number, end: number, m: Money, bare: boolean, perShare: boolean): MoneyMatch {
  const out: { start: number; end: number; money: Money; bare?: boolean; perShare?: boolean } = { start, end, money: m };
  if (bare) out.bare = true;
  if (perShare) out.perShare = true;
  return out;
}

/** Finds every amount of money in `text`, in either script: currency words and symbols, 万/亿/兆, qualifiers (约/超/不到), ranges (20亿至35亿元), signs, per-share prices; unit prices (`元/千tokens`) and vague amounts (`数亿元`) are left out. */
export function findMoney(text: string, opts: MoneyOptions = {}): MoneyMatch[] {
  const view = parsingView(text);
  const qs = scanQuantities(view);
  const readings: Reading[] = [];
  let prevEnd = 0;
  for (const q of qs) {
    const r = read(view, q, prevEnd, opts.yuan ?? 'CNY');
    readings.push(r);
    prevEnd = Math.max(prevEnd, r.end);
  }
  // A number with 亿/万 but no currency takes the currency of the list it stands in (`3.5亿、4.2亿和7.2亿美元`).
  for (let i = readings.length - 2; i >= 0; i--) {
    const r = readings[i];
    const next = readings[i + 1];
    if (r.unitPrice || r.q.exponent < 4 || !next.currency || (r.currency && !r.bare)) continue;
    if (!LIST_GAP.test(view.slice(r.q.end, next.start))) continue;
    readings[i] = { ...r, currency: next.currency, bare: true };
  }
  const out: MoneyMatch[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (!r.currency || r.unitPrice) continue;
    const p = i > 0 ? readings[i - 1] : undefined;
    if (p && !p.unitPrice && !consumed.has(i - 1) && p.q.end <= r.start) {
      const gap = RANGE_GAP.exec(view.slice(p.q.end, r.start));
      const gapCurrency = gap?.[1] ? SUFFIX[gap[1]] : undefined;
      const sameCurrency = !gapCurrency || gapCurrency === r.currency;
      const notFrom = !FROM_BEFORE.test(view.slice(Math.max(0, p.start - 2), p.start));
      if (gap && sameCurrency && notFrom && p.q.inside === undefined) {
        const min = p.q.exponent === 0 && !gapCurrency && r.q.exponent > 0
          ? (p.q.negative ? -1 : 1) * scaleDecimal(p.q.digits, r.q.exponent)
          : p.q.value;
        if (min < r.q.value) {
          if (out.length && out[out.length - 1].start === p.start) out.pop();
          consumed.add(i - 1);
          consumed.add(i);
          const qualifier = qualifierBefore(view, p.start)?.qualifier ?? r.qualifier;
          out.push(match(p.start, r.end, money({ min, max: r.q.value }, r.currency, qualifier), p.bare && r.bare, p.perShare || r.perShare));
          continue;
        }
      }
    }
    out.push(match(r.start, r.end, money({ value: r.q.value }, r.currency, r.qualifier), r.bare, r.perShare));
  }
  return out;
}
