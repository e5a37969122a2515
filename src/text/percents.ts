// Percentages (20.258%, 超70%, 同比增长34.27%, 百分之二十, 4%-11%) as spans into the original text.
import type { Qualifier } from '../core/types.js';
import { alternation, qualifierAfter, qualifierBefore, qualifiers } from './lexicon.js';
import { parsingView } from './normalize.js';
import { readChineseNumeral, scanQuantities } from './quantities.js';

/** A percentage in the text; `value` is in percent (`20.258` for 20.258%). */
export interface PercentMatch {
  readonly start: number;
  readonly end: number;
  /** The percentage; for a range (`4%-11%`, `4-11%`) its lower end. */
  readonly value: number;
  /** Bounds of a range (`2.5%至12.5%`). */
  readonly min?: number;
  readonly max?: number;
  readonly qualifier?: Qualifier;
  /** Direction stated just before: 增长/上涨/升 → up, 下降/减少/跌 → down. */
  readonly change?: 'up' | 'down';
}

const PERCENT_AFTER = /[ ]?%/y;
const RANGE_GAP = new RegExp(`^(?:[ ]?%)?[ ]?(?:${alternation(qualifiers.rangeSeparators)})[ ]?$`);
const CHANGE_WORDS: Record<string, 'up' | 'down'> = {};
for (const w of qualifiers.change.up) CHANGE_WORDS[w] = 'up';
for (const w of qualifiers.change.down) CHANGE_WORDS[w] = 'down';
const CHANGE_BEFORE = new RegExp(`(${alternation(Object.keys(CHANGE_WORDS))})(?:${alternation(qualifiers.change.between)})?[ ]?$`);
const SPELLED = /百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;

function changeBefore(view: string, pos: number): 'up' | 'down' | undefined {
  const m = CHANGE_BEFORE.exec(view.slice(Math.max(0, pos - 6), pos));
  return m ? CHANGE_WORDS[m[1]] : undefined;
}

interface Draft { start: number; end: number; value: number; min?: number; max?: number; lead: number; qualifier?: Qualifier }

function finish(view: string, d: Draft): PercentMatch {
  const before = qualifierBefore(view, d.lead);
  const qualifier = before?.qualifier ?? d.qualifier ?? qualifierAfter(view, d.end)?.qualifier;
  const change = changeBefore(view, before?.start ?? d.lead);
  const out: { -readonly [K in keyof PercentMatch]: PercentMatch[K] } = { start: d.start, end: d.end, value: d.value };
  if (d.min !== undefined) { out.min = d.min; out.max = d.max; }
  if (qualifier) out.qualifier = qualifier;
  if (change) out.change = change;
  return out;
}

/** Finds every percentage of `text`, in either script, with its qualifier, its stated direction and ranges folded into one match. */
export function findPercents(text: string): PercentMatch[] {
  const view = parsingView(text);
  const drafts: Draft[] = [];
  const qs = scanQuantities(view);
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    if (q.exponent !== 0) continue;
    PERCENT_AFTER.lastIndex = q.end;
    const pct = PERCENT_AFTER.exec(view);
    if (!pct) continue;
    const end = q.end + pct[0].length;
    const p = qs[i - 1];
    if (p && p.exponent === 0 && p.end <= q.start && RANGE_GAP.test(view.slice(p.end, q.start)) && p.value < q.value) {
      const last = drafts[drafts.length - 1];
      if (last && last.start === p.start) drafts.pop();
      drafts.push({ start: p.start, end, value: p.value, min: p.value, max: q.value, lead: p.start, qualifier: p.inside });
      continue;
    }
    drafts.push({ start: q.start, end, value: q.value, lead: q.start, qualifier: q.inside });
  }
  SPELLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPELLED.exec(view)) !== null) {
    const value = readChineseNumeral(m[1]);
    if (value === undefined || value > 1000) continue;
    drafts.push({ start: m.index, end: m.index + m[0].length, value, lead: m.index });
  }
  drafts.sort((a, b) => a.start - b.start);
  return drafts.map((d) => finish(view, d));
}
