// Lists of figures after 分别为/依次为 (`分别为1.2、3.4和5.6亿元`), each item completed with the
// unit and currency the list states once, so they can be paired with a list of periods.
import type { Currency, Money, Qualifier } from '../core/types.js';
import { alternation, currencies, qualifierBefore, QUALIFIER_BEFORE } from './lexicon.js';
import type { MoneyMatch } from './money.js';
import { parsingView } from './normalize.js';
import type { PercentMatch } from './percents.js';
import { scaleDecimal, scanQuantities, type Quantity } from './quantities.js';

/** Figures listed after 分别为/依次为, in order: money items in `items`, or percentages in `percents`. */
export interface ValueListMatch {
  /** From the cue word (分别) to the end of the last item. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'money' | 'percent';
  /** The amounts, when `kind` is `money` (empty otherwise). */
  readonly items: readonly MoneyMatch[];
  /** The percentages, when `kind` is `percent` (empty otherwise). */
  readonly percents: readonly PercentMatch[];
}

const SUFFIX: Readonly<Record<string, Currency>> = currencies.suffix;
const CUE = /分别|依次/g;
const CURRENCY_AFTER = new RegExp(`[ ]?(${alternation(Object.keys(SUFFIX))})(?:[ ]?(?:${alternation(currencies.afterYuan)}))?`, 'y');
const PERCENT_AFTER = /[ ]?%/y;
// Between the cue and the first figure: a few words (实现营收, 为), no figure, no clause break.
const LEAD_GAP = new RegExp(`^[^\\d，,。；;！？!?\\n、%]{0,10}$`);
const ITEM_GAP = new RegExp(`^[ ]?(?:、|,|，|和|及|与|以及|、及|或)[ ]?(?:${alternation(Object.keys(QUALIFIER_BEFORE))})?[ ]?$`);
// A word right after a number (家, 辆) makes it a count; list joiners (和, 及) do not.
const QUALIFIER_IN_LEAD = new RegExp(alternation(Object.keys(QUALIFIER_BEFORE)));
const HAN_AFTER = /[ ]?(?![和及与或以])[\u3400-\u9fff]/y;

interface Item { q: Quantity; end: number; currency?: Currency; percent: boolean; qualifier?: Qualifier }

function readItem(view: string, q: Quantity): Item | undefined {
  const qualifier = qualifierBefore(view, q.start)?.qualifier ?? q.inside;
  PERCENT_AFTER.lastIndex = q.end;
  const p = PERCENT_AFTER.exec(view);
  if (p) return { q, end: q.end + p[0].length, percent: true, qualifier };
  CURRENCY_AFTER.lastIndex = q.end;
  const c = CURRENCY_AFTER.exec(view);
  if (c) return { q, end: q.end + c[0].length, currency: SUFFIX[c[1]], percent: false, qualifier };
  HAN_AFTER.lastIndex = q.end;
  // 3家, 5辆: a count, not a figure of the list.
  if (HAN_AFTER.test(view) && q.exponent === 0) return undefined;
  return { q, end: q.end, percent: false, qualifier };
}

function withQualifier<T extends object>(o: T, qualifier?: Qualifier): T {
  return qualifier ? { ...o, qualifier } : o;
}

/** Finds the lists of figures that follow 分别为/分別為/依次为 (`A、B、C及D`, `A、B和C`, `A,B,C`), each money or percent, with a unit or currency given only on the last item carried to every item. */
export function findValueLists(text: string): ValueListMatch[] {
  const view = parsingView(text);
  const qs = scanQuantities(view);
  const out: ValueListMatch[] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = CUE.exec(view)) !== null) {
    const cueEnd = m.index + m[0].length;
    while (k < qs.length && qs[k].start < cueEnd) k++;
    if (k >= qs.length) break;
    const lead = qualifierBefore(view, qs[k].start)?.start ?? qs[k].start;
    if (lead < cueEnd || !LEAD_GAP.test(view.slice(cueEnd, lead))) continue;
    const items: Item[] = [];
    for (let i = k; i < qs.length; i++) {
      const item = readItem(view, qs[i]);
      if (!item) break;
      if (items.length && !ITEM_GAP.test(view.slice(items[items.length - 1].end, qs[i].start))) break;
      items.push(item);
    }
    if (items.length < 2) continue;
    // 分别约为A、B: a qualifier before the list holds for each item.
    const shared = QUALIFIER_IN_LEAD.exec(view.slice(cueEnd, lead));
    if (shared) for (const it of items) it.qualifier ??= QUALIFIER_BEFORE[shared[0]];
    const list = complete(m.index, items);
    if (list) { out.push(list); CUE.lastIndex = list.end; }
  }
  return out;
}

function complete(start: number, items: Item[]): ValueListMatch | undefined {
  const end = items[items.length - 1].end;
  const percentCount = items.filter((i) => i.percent).length;
  if (items[items.length - 1].percent || percentCount * 2 > items.length) {
    const percents: PercentMatch[] = items.map((i) => withQualifier({ start: i.q.start, end: i.end, value: i.q.value }, i.qualifier));
    return { start, end, kind: 'percent', items: [], percents };
  }
  if (percentCount > 0) return undefined;
  // Unit and currency are carried back from the next item that states them, else forward.
  const exponents = items.map((i) => i.q.exponent);
  const currencyOf: Array<Currency | undefined> = items.map((i) => i.currency);
  for (let n = items.length - 2; n >= 0; n--) {
    if (exponents[n] === 0 && !items[n].currency && !items[n].q.chinese) exponents[n] = exponents[n + 1];
    currencyOf[n] ??= currencyOf[n + 1];
  }
  for (let n = 1; n < items.length; n++) currencyOf[n] ??= currencyOf[n - 1];
  const anyCurrency = currencyOf.some((c) => c !== undefined);
  if (!anyCurrency && exponents.some((e) => e < 4)) return undefined;
  const moneyItems: MoneyMatch[] = items.map((i, n) => {
    const magnitude = scaleDecimal(i.q.digits, exponents[n]);
    const money: Money = withQualifier({ value: i.q.negative ? -magnitude : magnitude, currency: currencyOf[n] ?? 'CNY' }, i.qualifier);
    const match: MoneyMatch = i.currency ? { start: i.q.start, end: i.end, money } : { start: i.q.start, end: i.end, money, bare: true };
    return match;
  });
  return { start, end, kind: 'money', items: moneyItems, percents: [] };
}
