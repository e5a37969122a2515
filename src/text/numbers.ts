// Numbers of a text with their 万/亿/兆 multipliers folded in, as spans into the original text.
import type { Qualifier } from '../core/types.js';
import { parsingView } from './normalize.js';
import { scanQuantities } from './quantities.js';

/** A number stated in the text: `3643.19万` → 36431900, `三千万` → 30000000, `-8.04` → -8.04. */
export interface NumberMatch {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** `over` for `100余`, `2000多万`. */
  readonly qualifier?: Qualifier;
}

/** Finds every number of `text` (Arabic with commas and full-width forms, Chinese numerals, mixed `3千万`), with units folded in; vague ones (`数亿`, `十几`) are left out. */
export function findNumbers(text: string): NumberMatch[] {
  const view = parsingView(text);
  return scanQuantities(view).map((q) => (q.inside ? { start: q.start, end: q.end, value: q.value, qualifier: q.inside } : { start: q.start, end: q.end, value: q.value }));
}
