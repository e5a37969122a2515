// The word lists of the text layer, loaded once from `data/*.json` (each file
// says where its words come from), with the small helpers that turn them into regexes.
import units from './data/units.json' with { type: 'json' };
import currencies from './data/currencies.json' with { type: 'json' };
import qualifiers from './data/qualifiers.json' with { type: 'json' };
import moneyContext from './data/money-context.json' with { type: 'json' };
import periods from './data/periods.json' with { type: 'json' };
import type { Qualifier } from '../core/types.js';

export { units, currencies, qualifiers, moneyContext, periods };

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** An alternation of `words`, longest first so that `超过` wins over `超`. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegex).join('|');
}

/** Qualifier words that come before a number (`约`, `超过`, `不到`). */
export const QUALIFIER_BEFORE = qualifiers.before as Readonly<Record<string, Qualifier>>;
/** Qualifier words that come after an amount (`以上`, `左右`). */
export const QUALIFIER_AFTER = qualifiers.after as Readonly<Record<string, Qualifier>>;
/** Qualifier words between a number and its unit (`100余亿元`). */
export const QUALIFIER_INSIDE = qualifiers.inside as Readonly<Record<string, Qualifier>>;

/** A regex, anchored at the end, that finds a before-qualifier ending right where a number starts. */
export const QUALIFIER_BEFORE_AT_END = new RegExp(`(?:${alternation(Object.keys(QUALIFIER_BEFORE))})[ ]?$`);
/** A sticky regex for an after-qualifier right behind an amount. */
export const QUALIFIER_AFTER_HERE = new RegExp(`[ ]?(?:${alternation(Object.keys(QUALIFIER_AFTER))})`, 'y');

/** Looks up the before-qualifier that ends at `end` in `view`, returning it and where it starts. */
export function qualifierBefore(view: string, end: number): { qualifier: Qualifier; start: number } | undefined {
  const from = Math.max(0, end - 4);
  const m = QUALIFIER_BEFORE_AT_END.exec(view.slice(from, end));
  if (!m) return undefined;
  const word = m[0].trim();
  return { qualifier: QUALIFIER_BEFORE[word], start: from + m.index };
}

/** Looks up the after-qualifier that starts at `pos` in `view`, returning it and where it ends. */
export function qualifierAfter(view: string, pos: number): { qualifier: Qualifier; end: number } | undefined {
  QUALIFIER_AFTER_HERE.lastIndex = pos;
  const m = QUALIFIER_AFTER_HERE.exec(view);
  if (!m) return undefined;
  return { qualifier: QUALIFIER_AFTER[m[0].trim()], end: pos + m[0].length };
}
